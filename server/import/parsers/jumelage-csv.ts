/**
 * The project's own CSV format: the shape of seeds/ (see seeds/README.md), validated by the same
 * column schemas as the seeds (server/seeds/seed-files.ts). Two ways to carry it:
 * - separate files, each recognised by its header: `municipalities.csv`
 *   (id,name,name_en,country,admin1,admin2,ags,kind,lat,lon,population,source), `partnerships.csv`
 *   (a,b,type,since,until,source) and `networks.csv` (network_id,network_name,member_id,source);
 *   the CLI reads them from a directory, and any one of them can be imported alone;
 * - one combined file whose first column `record` says what each row is (`municipality`,
 *   `partnership` or `network`), with the union of the three headers as columns; a row fills the
 *   columns of its kind and leaves the others empty. This is the form for one upload (the API).
 * This is our own format, so a bad value is an error that rejects the file (as for the seeds),
 * not a warning. Partnerships and memberships may name ids that the file does not describe;
 * those must exist in the database.
 */
import type { z } from 'zod';
import type { PlaceKind } from '../../../contract/vocabularies.ts';
import { municipalityColumns, networkColumns, partnershipColumns } from '../../seeds/seed-files.ts';
import { readCsv, type CsvRecord } from '../csv.ts';
import { emptyParse, emptyPlace, IssueList, type ParsedFile, type RawNetwork } from '../types.ts';

const MUNICIPALITY = Object.keys(municipalityColumns);
const PARTNERSHIP = Object.keys(partnershipColumns);
const NETWORK = Object.keys(networkColumns);
export const COMBINED_COLUMNS = [
  'record',
  ...MUNICIPALITY,
  ...PARTNERSHIP.filter((c) => c !== 'source'),
  ...NETWORK.filter((c) => c !== 'source'),
];

type Kind = 'municipality' | 'partnership' | 'network';
type Schemas = Record<string, z.ZodType<unknown, string>>;
const SCHEMAS: Record<Kind, Schemas> = {
  municipality: municipalityColumns as Schemas,
  partnership: partnershipColumns as Schemas,
  network: networkColumns as Schemas,
};

/** Which form of the format a header is, or null. */
export function jumelageHeaderKind(header: string[]): Kind | 'combined' | null {
  const h = header.map((c) => c.trim());
  if (h[0] === 'record') return 'combined';
  if (MUNICIPALITY.every((c) => h.includes(c))) return 'municipality';
  if (PARTNERSHIP.every((c) => h.includes(c))) return 'partnership';
  if (NETWORK.every((c) => h.includes(c))) return 'network';
  return null;
}

export interface NamedText {
  /** File name (for messages); the kind is decided by the header. */
  name: string;
  text: string;
}

export function parseJumelageCsv(files: NamedText[], issues: IssueList): ParsedFile {
  const parsed = emptyParse('jumelage', issues, true);
  const multi = files.length > 1;
  const rows: { kind: Kind; file: string; rec: CsvRecord }[] = [];
  for (const f of files) {
    const firstLine = f.text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
    const kind = jumelageHeaderKind(firstLine.split(','));
    const fileIssues = new IssueList();
    const required =
      kind === 'combined'
        ? COMBINED_COLUMNS
        : kind === 'municipality'
          ? MUNICIPALITY
          : kind === 'partnership'
            ? PARTNERSHIP
            : kind === 'network'
              ? NETWORK
              : MUNICIPALITY;
    const table = readCsv(f.text, required, fileIssues);
    for (const i of fileIssues.items) {
      if (i.severity === 'error') issues.error(i.code, i.line, i.column, i.message);
      else issues.warn(i.code, i.line, i.column, i.message);
      if (multi) issues.items.at(-1)!.file = f.name;
    }
    if (!table) continue;
    for (const rec of table.records) {
      const k = kind === 'combined' ? rec.values.record?.trim() : kind;
      if (k !== 'municipality' && k !== 'partnership' && k !== 'network') {
        issues.error(
          'bad-value',
          rec.line,
          'record',
          `expected "municipality", "partnership" or "network" (got ${JSON.stringify(rec.values.record ?? '')})`,
        );
        continue;
      }
      rows.push({ kind: k, file: f.name, rec });
    }
  }
  // rows counts ties (partnership rows), as in every format; places and memberships are counted apart.
  parsed.rows = rows.filter((r) => r.kind === 'partnership').length;

  const err = (file: string, line: number, column: string | null, message: string, code = 'bad-value') => {
    issues.error(code, line, column, message);
    if (multi) issues.items.at(-1)!.file = file;
  };
  const validate = (kind: Kind, file: string, rec: CsvRecord): Record<string, unknown> | null => {
    const out: Record<string, unknown> = {};
    let ok = true;
    for (const [col, schema] of Object.entries(SCHEMAS[kind])) {
      const raw = rec.values[col] ?? '';
      const r = schema.safeParse(raw);
      if (r.success) out[col] = r.data;
      else {
        ok = false;
        err(file, rec.line, col, `${r.error.issues.map((i) => i.message).join('; ')} (got ${JSON.stringify(raw)})`);
      }
    }
    return ok ? out : null;
  };

  const placeIndex = new Map<string, number>();
  for (const { kind, file, rec } of rows) {
    if (kind !== 'municipality') continue;
    const v = validate(kind, file, rec);
    if (!v) continue;
    const id = v.id as string;
    if (placeIndex.has(id)) {
      err(file, rec.line, 'id', `duplicate id ${id} (first on line ${parsed.places[placeIndex.get(id)!]!.line})`);
      continue;
    }
    const country = v.country as string;
    if (!id.startsWith(`${country.toLowerCase()}-`)) {
      err(file, rec.line, 'id', `id must start with the lowercase country code "${country.toLowerCase()}-"`);
      continue;
    }
    const ags = v.ags as string | null;
    if (country === 'DE' && ags && id !== `de-${ags}`) {
      err(file, rec.line, 'id', `a German place with AGS ${ags} must have id de-${ags}`);
      continue;
    }
    const nameEn = v.name_en as string;
    placeIndex.set(
      id,
      parsed.places.push({
        line: rec.line,
        fileId: id,
        name: v.name as string,
        aliases: nameEn ? [nameEn] : [],
        countryRaw: country,
        countryColumn: 'country',
        lat: v.lat as number,
        lon: v.lon as number,
        ags,
        wikidata: null,
        admin1: v.admin1 as string | null,
        admin2: (v.admin2 as string) || null,
        kind: v.kind as PlaceKind,
        population: v.population as number | null,
        sources: [v.source as string],
      }) - 1,
    );
  }
  const ref = (id: string, line: number, column: string): number => {
    const known = placeIndex.get(id);
    if (known !== undefined) return known;
    parsed.references.push({ id, line, column });
    // A stand-in the resolver replaces with the database's place of that id.
    const index =
      parsed.places.push({ ...emptyPlace(line, ''), fileId: id, countryRaw: id.slice(0, 2).toUpperCase(), countryColumn: column }) - 1;
    placeIndex.set(id, index);
    return index;
  };
  const pairs = new Map<string, number>();
  const networks = new Map<string, RawNetwork>();
  for (const { kind, file, rec } of rows) {
    if (kind === 'municipality') continue;
    const v = validate(kind, file, rec);
    if (!v) continue;
    if (kind === 'partnership') {
      const a = v.a as string;
      const b = v.b as string;
      if (a === b) {
        err(file, rec.line, 'b', `self-loop ${a}`);
        continue;
      }
      const since = v.since as number | null;
      const until = v.until as number | null;
      if (since !== null && until !== null && until < since) {
        err(file, rec.line, 'until', `until ${until} is before since ${since}`);
        continue;
      }
      const key = [a, b].sort().join(' ');
      const first = pairs.get(key);
      if (first !== undefined) {
        err(file, rec.line, null, `pair ${key} repeats line ${first}`);
        continue;
      }
      pairs.set(key, rec.line);
      parsed.ties.push({
        line: rec.line,
        a: ref(a, rec.line, 'a'),
        b: ref(b, rec.line, 'b'),
        type: v.type as ParsedFile['ties'][number]['type'],
        since,
        until,
        sources: [v.source as string],
      });
    } else {
      const id = v.network_id as string;
      const net = networks.get(id) ?? { id, name: v.network_name as string, sources: [], members: [] };
      const source = v.source as string;
      if (!net.sources.includes(source)) net.sources.push(source);
      const member = ref(v.member_id as string, rec.line, 'member_id');
      if (net.members.some((m) => m.place === member)) {
        err(file, rec.line, 'member_id', `duplicate member ${v.member_id as string} of ${id}`);
        continue;
      }
      net.members.push({ place: member, line: rec.line, sources: [source] });
      networks.set(id, net);
    }
  }
  parsed.networks = [...networks.values()];
  return parsed;
}
