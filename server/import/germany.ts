/**
 * East or West for a German place, in the order the project documents (docs/importing.md):
 * 1. the AGS key's state code, where the file gives the AGS (or admin1, the ISO state code);
 * 2. Berlin: "Berlin" itself is `berlin` (on neither side); a named district takes its side from
 *    the district table (server/domain/berlin-districts.ts);
 * 3. the gazetteer (the Destatis directory), by name and position (never farther than
 *    MATCH_KM from the place's own point): the matched municipality's (or district's) state code;
 * 4. the coordinates against the GDR boundary (server/domain/gdr-boundary.ts);
 * else unknown.
 */
import { berlinDistrictOfName, type BerlinDistrict } from '../domain/berlin-districts.ts';
import { germanySide, stateOfAgs, type GermanySide } from '../domain/classify.ts';
import { sideOfCoordinates } from '../domain/gdr-boundary.ts';
import type { Gazetteer, GazetteerMatch } from './gazetteer.ts';
import { foldAscii } from '../../contract/names.ts';

export type SideRule = 'ags' | 'admin1' | 'berlin-districts' | 'gazetteer' | 'coordinates';

export interface GermanPlaceFacts {
  name: string;
  ags: string | null;
  admin1: string | null;
  lat: number | null;
  lon: number | null;
  /** The postcode the file gives (a hint for the gazetteer, never a side by itself). */
  postcode?: string | null;
}

export interface GermanDecision {
  side: GermanySide | null;
  rule: SideRule | null;
  berlinDistrict: BerlinDistrict | null;
  match: GazetteerMatch | null;
}

export function decideGermany(place: GermanPlaceFacts, gazetteer: Gazetteer | null): GermanDecision {
  const none: GermanDecision = { side: null, rule: null, berlinDistrict: null, match: null };
  if (place.ags && stateOfAgs(place.ags)) {
    // the directory's record of that key still gives what the place lacks (Berlin's population)
    const entry = gazetteer?.byAgs(place.ags) ?? null;
    const match = entry && { entry, how: 'ags' as const, distanceKm: null };
    return { ...none, side: germanySide({ country: 'DE', ags: place.ags, admin1: null }), rule: 'ags', match };
  }
  if (foldAscii(place.name) === 'berlin') return { ...none, side: 'berlin', rule: 'berlin-districts' };
  const district = berlinDistrictOfName(place.name);
  if (district) return { ...none, side: district.side, rule: 'berlin-districts', berlinDistrict: district };
  // The gazetteer also enriches a place whose state the file gives (it attaches the AGS).
  const match = gazetteer?.match(place.name, place.lat, place.lon, { state: place.admin1, postcode: place.postcode ?? null }) ?? null;
  if (place.admin1) {
    const side = germanySide({ country: 'DE', ags: null, admin1: place.admin1 });
    if (side) return { ...none, side, rule: 'admin1', match };
  }
  if (match) return { ...none, side: germanySide({ country: 'DE', ags: null, admin1: match.entry.state }), rule: 'gazetteer', match };
  if (place.lat !== null && place.lon !== null) return { ...none, side: sideOfCoordinates(place.lat, place.lon), rule: 'coordinates' };
  return none;
}
