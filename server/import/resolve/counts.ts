/**
 * The counts of the import summary that the batch implies: German places by side and by the rule
 * that decided it, and partnership ends by country (../report.ts).
 */
import { germanySide } from '../../domain/classify.ts';
import type { PartnershipRecord } from '../../domain/model.ts';
import type { GermanyCounts } from '../report.ts';
import type { Place } from './types.ts';

export function bump(map: Record<string, number>, key: string, by = 1): void {
  map[key] = (map[key] ?? 0) + by;
}

/** The touched German places by side (their own, else the AGS's or admin1's) and by deciding rule. */
export function countGermany(places: readonly Place[]): GermanyCounts {
  const germany: GermanyCounts = { east: 0, west: 0, berlin: 0, unknown: 0, by: {} };
  for (const p of places) {
    if (!p.touched || p.country !== 'DE') continue;
    const side = p.germany ?? germanySide(p);
    if (side === 'east') germany.east++;
    else if (side === 'west') germany.west++;
    else if (side === 'berlin') germany.berlin++;
    else germany.unknown++;
    bump(germany.by, p.germanyRule ?? (p.ags ? 'ags' : p.admin1 ? 'admin1' : 'none'));
  }
  return germany;
}

/**
 * Partnership ends by the country of their place (`places` gives the countries), most first,
 * then by code; and the ends whose country is unknown.
 */
export function countCountries(
  partnerships: readonly PartnershipRecord[],
  places: readonly Place[],
): { countries: Record<string, number>; unknownCountryEnds: number } {
  const countries: Record<string, number> = {};
  let unknownCountryEnds = 0;
  const countryOf = new Map(places.map((p) => [p.id, p.country]));
  for (const p of partnerships) {
    for (const id of [p.a, p.b]) {
      const c = countryOf.get(id) ?? null;
      if (c) bump(countries, c);
      else unknownCountryEnds++;
    }
  }
  const sorted = Object.fromEntries(Object.entries(countries).sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])));
  return { countries: sorted, unknownCountryEnds };
}
