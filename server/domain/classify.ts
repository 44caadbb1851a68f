/**
 * The two east/west classifications the analyses need (ARCHITECTURE.md, "Domain facts"):
 * - `germany`: inside Germany, the former GDR (`east`) against the old Federal Republic (`west`);
 *   Berlin as a whole is `berlin`, on neither side. Decided from the AGS state code where known,
 *   else from the ISO 3166-2 state code.
 * - `bloc`: in Europe, the former Eastern bloc (`east`) against the West (`west`) and the rest
 *   (`other`: neutral and non-European countries); see blocs.ts. A German place's bloc follows
 *   its `germany` side (the GDR was in the Eastern bloc); Berlin's is null.
 */
import { berlinDistrict } from './berlin-districts.ts';
import { blocOfCountry, type Bloc } from './blocs.ts';

export type GermanySide = 'east' | 'west' | 'berlin';

/** AGS state codes: 01 SH … 10 SL west; 11 Berlin; 12 BB, 13 MV, 14 SN, 15 ST, 16 TH east. */
const STATE_BY_AGS: Record<string, string> = {
  '01': 'DE-SH',
  '02': 'DE-HH',
  '03': 'DE-NI',
  '04': 'DE-HB',
  '05': 'DE-NW',
  '06': 'DE-HE',
  '07': 'DE-RP',
  '08': 'DE-BW',
  '09': 'DE-BY',
  '10': 'DE-SL',
  '11': 'DE-BE',
  '12': 'DE-BB',
  '13': 'DE-MV',
  '14': 'DE-SN',
  '15': 'DE-ST',
  '16': 'DE-TH',
};
const EAST_STATES = new Set(['DE-BB', 'DE-MV', 'DE-SN', 'DE-ST', 'DE-TH']);

export function stateOfAgs(ags: string): string | null {
  return STATE_BY_AGS[ags.slice(0, 2)] ?? null;
}

type Classifiable = { country: string | null; ags: string | null; admin1: string | null; germany?: GermanySide | null; name?: string };

/**
 * A side set on the record by the importer (decided by the gazetteer, Berlin's district table or
 * the GDR boundary; see server/import/germany.ts) wins; else the AGS state code, else admin1. A
 * place in Berlin named like one of its boroughs ("Pankow", in DE-BE) takes the borough's side from
 * the district table; Berlin itself, and a borough that straddled the Wall, is on neither side.
 */
export function germanySide(place: Classifiable): GermanySide | null {
  if (place.country !== 'DE') return null;
  if (place.germany) return place.germany;
  const state = (place.ags ? stateOfAgs(place.ags) : null) ?? place.admin1;
  if (!state) return null;
  if (state === 'DE-BE') return (place.name ? berlinDistrict(place.name)?.side : null) ?? 'berlin';
  return EAST_STATES.has(state) ? 'east' : 'west';
}

export function blocOf(place: Classifiable): Bloc | null {
  if (place.country === 'DE') {
    const side = germanySide(place);
    return side === 'berlin' || side === null ? null : side;
  }
  return place.country ? blocOfCountry(place.country) : null;
}
