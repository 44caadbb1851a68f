/**
 * The points of the places a name denotes in a country, for settleCountry (../geocode-check.ts):
 * Germany's from the directory (when given), other countries' from the file's own places of that
 * name whose point lies in the country they name.
 */
import { toIsoCountry } from '../../domain/countries.ts';
import type { Gazetteer } from '../gazetteer.ts';
import { wrongCountry, type Namesakes } from '../geocode-check.ts';
import { nameKey } from '../../../contract/names.ts';
import { haversineKm } from '../../domain/geo.ts';
import type { ParsedFile } from '../types.ts';
import { MERGE_KM } from './match.ts';

export function namesakeIndex(parsed: Pick<ParsedFile, 'places'>, gazetteer: Gazetteer | null): Namesakes {
  const byName = new Map<string, { lat: number; lon: number }[]>();
  const seen = new Set<string>();
  for (const r of parsed.places) {
    if (!r.countryRaw || r.lat === null || r.lon === null) continue;
    const point = `${r.name}|${r.countryRaw}|${r.lat}|${r.lon}`;
    if (seen.has(point)) continue;
    seen.add(point);
    const country = toIsoCountry(r.countryRaw, { lat: r.lat, lon: r.lon });
    if (!country || (country === 'DE' && gazetteer) || wrongCountry(country, r.lat, r.lon) !== null) continue;
    const key = `${nameKey(r.name)}|${country}`;
    const list = byName.get(key) ?? [];
    if (!list.some((p) => haversineKm(p.lat, p.lon, r.lat!, r.lon!) <= MERGE_KM)) list.push({ lat: r.lat, lon: r.lon });
    byName.set(key, list);
  }
  return (name, country) => {
    if (country === 'DE' && gazetteer) {
      // "Mariazell (Eschbronn)": a part of the municipality in the parenthesis
      const parent = /\(([^)]+)\)\s*$/.exec(name)?.[1];
      return [...gazetteer.candidates(name), ...(parent ? gazetteer.candidates(parent) : [])].flatMap(({ entry }) =>
        entry.lat !== null && entry.lon !== null && entry.population ? [{ lat: entry.lat, lon: entry.lon }] : [],
      );
    }
    return byName.get(`${nameKey(name)}|${country}`) ?? [];
  };
}
