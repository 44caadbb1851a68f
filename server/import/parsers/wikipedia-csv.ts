/**
 * The Wikipedia twin-town list: `city1,country1,lat1,lng1,city2,country2,lat2,lng2`, one
 * undirected partnership per row (as in open-data/twin-cities-wikipedia.csv). No ids,
 * dates or types: every row is a `partnership`. Bad coordinates are reported and left unknown;
 * a row with an empty name cannot form a partnership and is dropped (reported).
 */
import { parseCoordinate, readCsv } from '../csv.ts';
import { emptyParse, emptyPlace, IssueList, type ParsedFile, type RawPlace } from '../types.ts';

export const WIKIPEDIA_COLUMNS = ['city1', 'country1', 'lat1', 'lng1', 'city2', 'country2', 'lat2', 'lng2'] as const;

export function parseWikipediaCsv(text: string, issues: IssueList): ParsedFile {
  const parsed = emptyParse('wikipedia', issues);
  const table = readCsv(text, WIKIPEDIA_COLUMNS, issues);
  if (!table) return parsed;
  parsed.rows = table.records.length;
  for (const { line, values } of table.records) {
    const ends: RawPlace[] = [];
    for (const i of ['1', '2'] as const) {
      const name = (values[`city${i}`] ?? '').trim();
      if (name === '') {
        issues.warn('empty-name', line, `city${i}`, 'the place has no name; the row cannot form a partnership and is dropped');
        parsed.dropped['empty-name'] = (parsed.dropped['empty-name'] ?? 0) + 1;
        break;
      }
      const place = emptyPlace(line, name);
      place.countryRaw = (values[`country${i}`] ?? '').trim() || null;
      place.countryColumn = `country${i}`;
      const lat = parseCoordinate(values[`lat${i}`] ?? '', 'lat');
      const lon = parseCoordinate(values[`lng${i}`] ?? '', 'lon');
      if (lat.problem) issues.warn('bad-coordinates', line, `lat${i}`, `${lat.problem}; the coordinates of ${name} are left unknown`);
      if (lon.problem) issues.warn('bad-coordinates', line, `lng${i}`, `${lon.problem}; the coordinates of ${name} are left unknown`);
      if (lat.value !== null && lon.value !== null) {
        place.lat = lat.value;
        place.lon = lon.value;
      }
      ends.push(place);
    }
    if (ends.length !== 2) continue;
    const a = parsed.places.push(ends[0]!) - 1;
    const b = parsed.places.push(ends[1]!) - 1;
    parsed.ties.push({ line, a, b, type: 'partnership', since: null, until: null, sources: [] });
  }
  return parsed;
}
