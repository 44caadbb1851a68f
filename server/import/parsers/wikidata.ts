/**
 * Wikidata's "twinned administrative body" (P190) statements, as results of the Wikidata Query
 * Service: SPARQL JSON results (`{"head":…,"results":{"bindings":[…]}}`), the service's plain JSON
 * download (an array of objects) or its CSV download. The query is in docs/importing.md; its
 * variables (other names accepted in brackets):
 *   item [city], itemLabel, itemCountry (ISO 3166-1 alpha-2, via P297, or a name), itemCoord
 *   ("Point(lon lat)", P625), itemAgs (P439, German municipality key),
 *   twin [partner, twinned], twinLabel, twinCountry, twinCoord, twinAgs,
 *   start [since, startTime] (P580), end [until, endTime] (P582).
 * The start and end time qualifiers become the founding and end years. Each row is one
 * statement; the same pair stated from both sides merges into one partnership.
 */
import { readCsv } from '../csv.ts';
import { emptyParse, emptyPlace, type IssueList, type ParsedFile, type RawPlace } from '../types.ts';

const ALIASES: Record<string, string[]> = {
  item: ['item', 'city'],
  itemLabel: ['itemLabel', 'cityLabel'],
  itemCountry: ['itemCountry', 'cityCountry', 'itemIso', 'itemCountryLabel'],
  itemCoord: ['itemCoord', 'cityCoord', 'itemCoordinates'],
  itemAgs: ['itemAgs', 'cityAgs'],
  twin: ['twin', 'partner', 'twinned'],
  twinLabel: ['twinLabel', 'partnerLabel', 'twinnedLabel'],
  twinCountry: ['twinCountry', 'partnerCountry', 'twinIso', 'twinCountryLabel'],
  twinCoord: ['twinCoord', 'partnerCoord', 'twinCoordinates'],
  twinAgs: ['twinAgs', 'partnerAgs'],
  start: ['start', 'since', 'startTime'],
  end: ['end', 'until', 'endTime'],
};

type Row = Record<string, string>;

function field(row: Row, name: keyof typeof ALIASES): { value: string; column: string } {
  for (const alias of ALIASES[name]!) {
    const v = row[alias];
    if (v !== undefined && v.trim() !== '') return { value: v.trim(), column: alias };
  }
  return { value: '', column: ALIASES[name]![0]! };
}

function hasColumn(columns: string[], name: keyof typeof ALIASES): boolean {
  return ALIASES[name]!.some((a) => columns.includes(a));
}

const QID = /(?:^|\/entity\/|^wd:)(Q\d+)$/;

function year(raw: string): number | null {
  const m = /^([+-]?\d{1,4})-\d\d-\d\d/.exec(raw) ?? /^(\d{4})$/.exec(raw);
  return m?.[1] ? Number(m[1]) : null;
}

function point(raw: string): { lat: number; lon: number } | null {
  const m = /^Point\(\s*([-+]?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)\s+([-+]?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)\s*\)$/i.exec(raw);
  if (!m) return null;
  const lon = Number(m[1]);
  const lat = Number(m[2]);
  return Math.abs(lat) <= 90 && Math.abs(lon) <= 180 ? { lat, lon } : null;
}

function rowsToParsed(format: ParsedFile['format'], rows: { line: number | null; row: Row }[], issues: IssueList): ParsedFile {
  const parsed = emptyParse(format, issues);
  parsed.rows = rows.length;
  for (const { line, row } of rows) {
    const ends: RawPlace[] = [];
    for (const side of ['item', 'twin'] as const) {
      const id = field(row, side);
      const q = QID.exec(id.value)?.[1] ?? null;
      if (!q) {
        issues.warn('bad-item', line, id.column, `expected a Wikidata item (Q…), got ${JSON.stringify(id.value)}; the row is dropped`);
        parsed.dropped['bad-item'] = (parsed.dropped['bad-item'] ?? 0) + 1;
        break;
      }
      const label = field(row, `${side}Label`);
      // The query service falls back to the Q-id as label when an item has none in the languages asked.
      const name = label.value && label.value !== q ? label.value : q;
      if (name === q) issues.warn('no-label', line, label.column, `${q} has no label; its id is used as name`);
      const place = emptyPlace(line, name);
      place.wikidata = q;
      const country = field(row, `${side}Country`);
      place.countryRaw = country.value ? (QID.exec(country.value) ? null : country.value) : null;
      place.countryColumn = country.column;
      if (country.value && QID.exec(country.value)) {
        issues.warn(
          'unknown-country',
          line,
          country.column,
          `the country is a Wikidata item (${country.value}); ask the query for its ISO code (P297)`,
        );
      }
      const coord = field(row, `${side}Coord`);
      if (coord.value) {
        const p = point(coord.value);
        if (p) {
          place.lat = p.lat;
          place.lon = p.lon;
        } else
          issues.warn(
            'bad-coordinates',
            line,
            coord.column,
            `expected "Point(lon lat)" within range, got ${JSON.stringify(coord.value)}; the coordinates are left unknown`,
          );
      }
      const ags = field(row, `${side}Ags`);
      if (ags.value) {
        if (/^\d{8}$/.test(ags.value)) place.ags = ags.value;
        else issues.warn('bad-ags', line, ags.column, `expected an 8-digit AGS, got ${JSON.stringify(ags.value)}; left unknown`);
      }
      ends.push(place);
    }
    if (ends.length !== 2) continue;
    // `as`: assigned in the setters below, so TypeScript must not narrow them to null here
    let since = null as number | null;
    let until = null as number | null;
    for (const [name, set] of [
      ['start', (y: number) => (since = y)],
      ['end', (y: number) => (until = y)],
    ] as const) {
      const f = field(row, name);
      if (!f.value) continue;
      const y = year(f.value);
      if (y === null) issues.warn('bad-year', line, f.column, `expected a date or year, got ${JSON.stringify(f.value)}; left unknown`);
      else set(y);
    }
    if (since !== null && until !== null && until < since) {
      issues.warn('bad-year', line, field(row, 'end').column, `end ${until} is before start ${since}; the end is left unknown`);
      until = null;
    }
    const a = parsed.places.push(ends[0]!) - 1;
    const b = parsed.places.push(ends[1]!) - 1;
    parsed.ties.push({ line, a, b, type: 'partnership', since, until, sources: [] });
  }
  return parsed;
}

/** Line (1-based) and column of a character offset. */
function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** The line on which each object of the result array starts (objects at `depth` containers deep). */
function objectLines(text: string, depth: number): number[] {
  const lines: number[] = [];
  let d = 0;
  let line = 1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') line++;
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '{' || c === '[') {
      if (c === '{' && d === depth) lines.push(line);
      d++;
    } else if (c === '}' || c === ']') d--;
  }
  return lines;
}

export function parseWikidataJson(text: string, issues: IssueList): ParsedFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    const msg = (err as Error).message;
    const at = /position (\d+)/.exec(msg);
    const pos = at ? position(text, Number(at[1])) : null;
    issues.error('json-syntax', pos?.line ?? null, pos ? `character ${pos.column}` : null, `JSON syntax: ${msg}`);
    return rowsToParsed('wikidata-json', [], issues);
  }
  let rows: unknown[];
  let depth: number;
  if (Array.isArray(data)) {
    rows = data;
    depth = 1;
  } else if (data && typeof data === 'object' && Array.isArray((data as { results?: { bindings?: unknown } }).results?.bindings)) {
    rows = (data as { results: { bindings: unknown[] } }).results.bindings;
    depth = 3;
  } else {
    issues.error(
      'missing-columns',
      1,
      null,
      'expected SPARQL JSON results ({"head":…,"results":{"bindings":[…]}}) or an array of result objects',
    );
    return rowsToParsed('wikidata-json', [], issues);
  }
  const lines = objectLines(text, depth);
  const exact = lines.length === rows.length;
  const out: { line: number | null; row: Row }[] = [];
  const columns = new Set<string>();
  rows.forEach((r, i) => {
    const line = exact ? lines[i]! : null;
    if (!r || typeof r !== 'object' || Array.isArray(r)) {
      issues.error('bad-row', line, null, `result ${i + 1} is not an object`);
      return;
    }
    const row: Row = {};
    for (const [k, v] of Object.entries(r)) {
      const value = v && typeof v === 'object' && 'value' in v ? (v as { value: unknown }).value : v;
      if (value === null || value === undefined) continue;
      row[k] = String(value);
      columns.add(k);
    }
    out.push({ line, row });
  });
  const cols = [...columns];
  if (out.length > 0 && (!hasColumn(cols, 'item') || !hasColumn(cols, 'twin'))) {
    issues.error('missing-columns', 1, null, `missing the variables "item" and "twin" (found ${cols.join(', ') || 'none'})`);
    return rowsToParsed('wikidata-json', [], issues);
  }
  return rowsToParsed('wikidata-json', out, issues);
}

export function parseWikidataCsv(text: string, issues: IssueList): ParsedFile {
  const header = (text.split(/\r?\n/, 1)[0] ?? '').split(',').map((h) => h.trim());
  const item = ALIASES.item!.find((a) => header.includes(a)) ?? 'item';
  const twin = ALIASES.twin!.find((a) => header.includes(a)) ?? 'twin';
  const table = readCsv(text, [item, twin], issues);
  if (!table) return rowsToParsed('wikidata-csv', [], issues);
  return rowsToParsed(
    'wikidata-csv',
    table.records.map((r) => ({ line: r.line, row: r.values })),
    issues,
  );
}
