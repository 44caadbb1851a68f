/**
 * A spreadsheet in the user's own layout (format `table`), read through its column mapping
 * (table/mapping.ts): one partnership per row, side A and side B. Countries are names in German,
 * English or French or codes (the resolver reads them, domain/countries.ts); `--country-a` stands
 * in for an empty side-A country. A state (German or English name, or code) and a postcode on
 * side A narrow the directory match (gazetteer.ts). Years are read from a year, an ISO date or a
 * German date ("12.05.1986"); coordinates may use a decimal comma. A bad value costs only itself
 * (a warning with its line and column); a type value without a mapping rejects the file.
 */
import type { TableField, TableReading } from '../../../contract/api/imports.ts';
import { GERMAN_STATES } from '../../../contract/german-states.ts';
import { fold } from '../../../contract/names.ts';
import { parseCoordinate } from '../csv.ts';
import { locateColumns, typeOf, type TableMapping } from '../table/mapping.ts';
import type { TableRows } from '../table/read.ts';
import { emptyParse, emptyPlace, type IssueList, type ParsedFile, type RawPlace } from '../types.ts';

/** How many rows a dry run shows as read. */
export const SAMPLE_ROWS = 5;

/** English names of the states that lists use besides the German ones. */
const STATE_EXONYMS: Readonly<Record<string, string>> = {
  bavaria: 'DE-BY',
  hesse: 'DE-HE',
  'lower saxony': 'DE-NI',
  'north rhine westphalia': 'DE-NW',
  'rhineland palatinate': 'DE-RP',
  saxony: 'DE-SN',
  'saxony anhalt': 'DE-ST',
  thuringia: 'DE-TH',
  'mecklenburg western pomerania': 'DE-MV',
};

/** A German state's ISO 3166-2 code from its name (German or English), its code or its short code. */
export function germanStateCode(raw: string): string | null {
  const key = fold(raw);
  if (key === '') return null;
  for (const [code, name] of Object.entries(GERMAN_STATES)) {
    if (fold(name) === key || fold(code) === key || fold(code.slice(3)) === key) return code;
  }
  return STATE_EXONYMS[key] ?? null;
}

/** A year from "1986", "1986-05-12" (or an XLSX date), "12.05.1986"; null when there is none. */
export function yearOfCell(raw: string): number | null {
  const s = raw.trim();
  const m = /^(\d{4})(?:\.0+)?$/.exec(s) ?? /^(\d{4})-\d\d(?:-\d\d)?/.exec(s) ?? /^\d{1,2}\.\d{1,2}\.(\d{4})$/.exec(s);
  return m ? Number(m[1]) : null;
}

/** A coordinate, also with a decimal comma ("50,33776"). */
function coordinate(raw: string, kind: 'lat' | 'lon') {
  return parseCoordinate(/^[-+]?\d+,\d+$/.test(raw.trim()) ? raw.trim().replace(',', '.') : raw, kind);
}

export function parseTable(
  rows: TableRows,
  mapping: TableMapping,
  issues: IssueList,
): { parsed: ParsedFile; reading: TableReading | null } {
  const parsed = emptyParse('table', issues);
  const columns = locateColumns(mapping, rows.header, issues);
  if (!columns) return { parsed, reading: null };
  const fields = Object.keys(columns) as TableField[];
  const filled = new Map<TableField, number>(fields.map((f) => [f, 0]));
  const samples: TableReading['samples'] = [];
  parsed.rows = rows.records.length;
  for (const { line, values } of rows.records) {
    const cell = (f: TableField) => {
      const column = columns[f];
      return column === undefined ? '' : (values[column] ?? '').trim();
    };
    for (const f of fields) if (cell(f) !== '') filled.set(f, filled.get(f)! + 1);
    if (samples.length < SAMPLE_ROWS) samples.push({ line, values: Object.fromEntries(fields.map((f) => [f, cell(f)])) });
    const type = typeOf(cell('type'), mapping);
    if (type === null) {
      const known = [...mapping.types.keys()].join(', ') || 'none';
      issues.error(
        'unknown-type',
        line,
        columns.type ?? 'type',
        `type "${cell('type')}" has no mapping (--types value=type; mapped: ${known})`,
      );
      continue;
    }
    const ends: RawPlace[] = [];
    for (const side of ['A', 'B'] as const) {
      const name = cell(`name${side}`);
      if (name === '') {
        issues.warn(
          'empty-name',
          line,
          columns[`name${side}`] ?? null,
          'the place has no name; the row cannot form a partnership and is dropped',
        );
        parsed.dropped['empty-name'] = (parsed.dropped['empty-name'] ?? 0) + 1;
        break;
      }
      const place = emptyPlace(line, name);
      place.countryRaw = cell(`country${side}`) || (side === 'A' ? mapping.countryA : null);
      place.countryColumn = columns[`country${side}`] ?? (side === 'A' ? '--country-a' : 'country');
      const lat = coordinate(cell(`lat${side}`), 'lat');
      const lon = coordinate(cell(`lon${side}`), 'lon');
      for (const [c, problem] of [
        [columns[`lat${side}`], lat.problem],
        [columns[`lon${side}`], lon.problem],
      ] as const) {
        if (problem) issues.warn('bad-coordinates', line, c ?? null, `${problem}; the coordinates of ${name} are left unknown`);
      }
      if (lat.value !== null && lon.value !== null) [place.lat, place.lon] = [lat.value, lon.value];
      if (side === 'A') readSideA(place, cell, columns, line, issues);
      ends.push(place);
    }
    if (ends.length !== 2) continue;
    const since = year(cell('since'), line, columns.since, issues);
    const until = year(cell('until'), line, columns.until, issues);
    const a = parsed.places.push(ends[0]!) - 1;
    const b = parsed.places.push(ends[1]!) - 1;
    parsed.ties.push({ line, a, b, type, since, until, sources: [] });
  }
  const reading: TableReading = {
    sheet: rows.sheet,
    delimiter: rows.delimiter,
    columns: fields.map((field) => ({ field, column: columns[field]!, filled: filled.get(field)! })),
    defaults: { countryA: mapping.countryA },
    samples,
  };
  return { parsed, reading };
}

function year(raw: string, line: number, column: string | undefined, issues: IssueList): number | null {
  if (raw === '') return null;
  const y = yearOfCell(raw);
  if (y === null) issues.warn('bad-year', line, column ?? null, `"${raw}" is not a year; left unknown`);
  return y;
}

/** State, postcode and AGS of side A: hints and keys for the German directory. */
function readSideA(
  place: RawPlace,
  cell: (f: TableField) => string,
  columns: Partial<Record<TableField, string>>,
  line: number,
  issues: IssueList,
): void {
  const state = cell('stateA');
  if (state !== '') {
    place.admin1 = germanStateCode(state);
    if (!place.admin1) issues.warn('unknown-state', line, columns.stateA ?? null, `"${state}" is not a German state; ignored`);
  }
  // Spreadsheets drop the leading zero of postcodes and keys they took for numbers.
  const postcode = cell('postcodeA');
  if (postcode !== '') place.postcode = /^\d{4}$/.test(postcode) ? `0${postcode}` : postcode;
  const ags = cell('agsA');
  if (ags !== '') {
    const padded = /^\d{7}$/.test(ags) ? `0${ags}` : ags;
    if (/^\d{8}$/.test(padded)) place.ags = padded;
    else issues.warn('bad-ags', line, columns.agsA ?? null, `"${ags}" is not an 8-digit municipality key (AGS); ignored`);
  }
}
