/**
 * Phase 1a, a place's country and point (docs/importing.md, "Cleaning", steps 2 and 3): the
 * country as written to its ISO code, then the point checked against it by settleCountry
 * (../geocode-check.ts). Each verdict other than agreement is reported on the place's line.
 */
import { toIsoCountry } from '../../domain/countries.ts';
import { settleCountry, type Namesakes } from '../geocode-check.ts';
import type { ImportFormat, IssueList, RawPlace } from '../types.ts';

export interface SettledPlace {
  country: string | null;
  lat: number | null;
  lon: number | null;
}

/**
 * `directory`: Germany's namesakes are complete (the Destatis directory is given), so a German
 * place's point has no tolerance at the border.
 */
export function settlePlaceCountry(
  raw: RawPlace,
  format: ImportFormat,
  namesakes: Namesakes,
  directory: boolean,
  issues: IssueList,
): SettledPlace {
  const line = raw.line;
  let country: string | null = null;
  if (raw.countryRaw) {
    country = toIsoCountry(raw.countryRaw, { lat: raw.lat, lon: raw.lon });
    if (!country)
      issues.warn(
        'unknown-country',
        line,
        raw.countryColumn,
        `unknown country ${JSON.stringify(raw.countryRaw)} for ${raw.name}; left unknown`,
      );
  } else if (format === 'wikipedia' || format.startsWith('wikidata')) {
    issues.warn('unknown-country', line, raw.countryColumn, `no country given for ${raw.name}; left unknown`);
  }
  let { lat, lon } = raw;
  if (country && lat !== null && lon !== null) {
    const verdict = settleCountry(raw.name, country, lat, lon, namesakes, country === 'DE' && directory);
    const where = `${raw.name} (${country}): the coordinates ${lat}, ${lon}`;
    if (verdict.kind === 'sea') {
      issues.warn('in-the-sea', line, null, `${where} lie in the sea; the place is kept without a position`);
      lat = null;
      lon = null;
    } else if (verdict.kind === 'namesake') {
      issues.warn(
        'wrong-point',
        line,
        null,
        `${where} lie in ${verdict.foundIn}; ${country}'s ${raw.name} is meant, and its point is used`,
      );
      lat = verdict.lat;
      lon = verdict.lon;
    } else if (verdict.kind === 'unplaced') {
      issues.warn('wrong-country-geocode', line, null, `${where} lie in ${verdict.foundIn}, and ${verdict.why}; left without a position`);
      lat = null;
      lon = null;
    } else if (verdict.kind === 'moved') {
      issues.warn(
        'moved-country',
        line,
        null,
        `${where} lie in ${verdict.country}, and ${country} has no place of that name near them: taken as ${verdict.country}'s`,
      );
      country = verdict.country;
    }
  }
  return { country, lat, lon };
}
