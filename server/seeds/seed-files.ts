/**
 * Readers for the project's own seed dataset (seeds/*.csv, described in seeds/README.md).
 *
 * Each reader parses one file (UTF-8, RFC 4180, one header row), checks the header, validates
 * every value with zod and returns typed records. A bad value throws an Error that names the
 * file, the line and the column, e.g.
 *   seeds/partnerships.csv line 12, column "since" (4): expected a 4-digit year or empty (got "86")
 * Records keep the CSV column names as keys; empty optional values become null, numbers are numbers.
 * `readSeedDataset` reads all three files and also checks the references between them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { PARTNERSHIP_TYPES, PLACE_KINDS, type PartnershipType, type PlaceKind } from '../../contract/vocabularies.ts';


export interface SeedMunicipality {
  /** Stable id: `de-<AGS>` for German places with a known AGS, else `<iso2>-<ascii slug>`. */
  id: string;
  name: string;
  /** English exonym if it differs from `name`, else null. */
  name_en: string | null;
  /** ISO 3166-1 alpha-2, uppercase. */
  country: string;
  /** ISO 3166-2 code of the first-level division (the German state), or null. */
  admin1: string | null;
  /** German district (Landkreis) name, or null. */
  admin2: string | null;
  /** 8-digit Amtlicher Gemeindeschlüssel, or null. */
  ags: string | null;
  kind: PlaceKind;
  lat: number;
  lon: number;
  population: number | null;
  source: string;
}

export interface SeedPartnership {
  a: string;
  b: string;
  type: PartnershipType;
  since: number | null;
  until: number | null;
  source: string;
}

export interface SeedNetworkMember {
  network_id: string;
  network_name: string;
  member_id: string;
  source: string;
}

export interface SeedDataset {
  municipalities: SeedMunicipality[];
  partnerships: SeedPartnership[];
  networks: SeedNetworkMember[];
}

export const SEED_FILES = {
  municipalities: 'municipalities.csv',
  partnerships: 'partnerships.csv',
  networks: 'networks.csv',
} as const;

// ---- value schemas (each takes the raw CSV string) ----

const emptyToNull = <T extends z.ZodType<unknown, string>>(inner: T) =>
  z.string().transform((v, ctx): z.output<T> | null => {
    if (v === '') return null;
    const r = inner.safeParse(v);
    if (r.success) return r.data as z.output<T>;
    for (const issue of r.error.issues) ctx.addIssue({ code: 'custom', message: issue.message });
    return z.NEVER;
  });

const idSchema = z
  .string()
  .regex(/^[a-z]{2}-[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected an id like "de-09162000" or "fr-lyon"');
const nonEmpty = z.string().trim().min(1, 'must not be empty');
const urlSchema = z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' });
const countrySchema = z.string().regex(/^[A-Z]{2}$/, 'expected an uppercase ISO 3166-1 alpha-2 code');
const admin1Schema = z.string().regex(/^[A-Z]{2}-[A-Z0-9]{1,3}$/, 'expected an ISO 3166-2 code like "DE-BY"');
const agsSchema = z.string().regex(/^\d{8}$/, 'expected an 8-digit AGS');
const latSchema = z
  .string()
  .regex(/^-?\d{1,2}(?:\.\d+)?$/, 'expected a decimal latitude')
  .transform(Number)
  .pipe(z.number().min(-90).max(90));
const lonSchema = z
  .string()
  .regex(/^-?\d{1,3}(?:\.\d+)?$/, 'expected a decimal longitude')
  .transform(Number)
  .pipe(z.number().min(-180).max(180));
const populationSchema = z.string().regex(/^\d+$/, 'expected a whole number').transform(Number);
const yearSchema = z.string().regex(/^\d{4}$/, 'expected a 4-digit year').transform(Number);

export const municipalityColumns = {
  id: idSchema,
  name: nonEmpty,
  name_en: z.string(),
  country: countrySchema,
  admin1: emptyToNull(admin1Schema),
  admin2: z.string(),
  ags: emptyToNull(agsSchema),
  kind: z.enum(PLACE_KINDS),
  lat: latSchema,
  lon: lonSchema,
  population: emptyToNull(populationSchema),
  source: urlSchema,
};

export const partnershipColumns = {
  a: idSchema,
  b: idSchema,
  type: z.enum(PARTNERSHIP_TYPES),
  since: emptyToNull(yearSchema),
  until: emptyToNull(yearSchema),
  source: urlSchema,
};

export const networkColumns = {
  network_id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lowercase slug'),
  network_name: nonEmpty,
  member_id: idSchema,
  source: urlSchema,
};

type Columns = Record<string, z.ZodType<unknown, string>>;
type Parsed<C extends Columns> = { [K in keyof C]: z.output<C[K]> };

/** A problem in a seed file, with its position. */
export class SeedFileError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: string | null,
    detail: string,
  ) {
    super(`${file} line ${line}${column ? `, column ${column}` : ''}: ${detail}`);
    this.name = 'SeedFileError';
  }
}

function readRows<C extends Columns>(path: string, columns: C): { line: number; row: Parsed<C> }[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new Error(`${path}: cannot read (${(err as Error).message})`, { cause: err });
  }
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (err) {
    const e = err as Error & { lines?: number };
    throw new SeedFileError(path, e.lines ?? 0, null, `CSV syntax: ${e.message}`);
  }
  const expected = Object.keys(columns);
  const header = records[0]?.record ?? [];
  if (header.join(',') !== expected.join(',')) {
    throw new SeedFileError(path, 1, null, `header must be "${expected.join(',')}" (got "${header.join(',')}")`);
  }
  const out: { line: number; row: Parsed<C> }[] = [];
  for (const { record, info } of records.slice(1)) {
    const line = info.lines;
    if (record.length !== expected.length) {
      throw new SeedFileError(path, line, null, `expected ${expected.length} fields, got ${record.length}`);
    }
    const row: Record<string, unknown> = {};
    expected.forEach((name, i) => {
      const raw = record[i] ?? '';
      const schema = columns[name];
      if (!schema) throw new Error(`no schema for column ${name}`);
      const r = schema.safeParse(raw);
      if (!r.success) {
        const msg = r.error.issues.map((iss) => iss.message).join('; ');
        throw new SeedFileError(path, line, `"${name}" (${i + 1})`, `${msg} (got ${JSON.stringify(raw)})`);
      }
      row[name] = r.data;
    });
    out.push({ line, row: row as Parsed<C> });
  }
  return out;
}

interface Lined<T> {
  line: number;
  value: T;
}

function municipalitiesWithLines(dir: string): Lined<SeedMunicipality>[] {
  const path = join(dir, SEED_FILES.municipalities);
  const seen = new Map<string, number>();
  return readRows(path, municipalityColumns).map(({ line, row }) => {
    const first = seen.get(row.id);
    if (first !== undefined) throw new SeedFileError(path, line, '"id" (1)', `duplicate id ${row.id} (first on line ${first})`);
    seen.set(row.id, line);
    if (row.country === 'DE' && row.ags && row.id !== `de-${row.ags}`) {
      throw new SeedFileError(path, line, '"id" (1)', `a German place with AGS ${row.ags} must have id de-${row.ags}`);
    }
    if (!row.id.startsWith(`${row.country.toLowerCase()}-`)) {
      throw new SeedFileError(path, line, '"id" (1)', `id must start with the lowercase country code "${row.country.toLowerCase()}-"`);
    }
    const value: SeedMunicipality = {
      id: row.id,
      name: row.name,
      name_en: row.name_en === '' ? null : row.name_en,
      country: row.country,
      admin1: row.admin1,
      admin2: row.admin2 === '' ? null : row.admin2,
      ags: row.ags,
      kind: row.kind,
      lat: row.lat,
      lon: row.lon,
      population: row.population,
      source: row.source,
    };
    return { line, value };
  });
}

function partnershipsWithLines(dir: string): Lined<SeedPartnership>[] {
  const path = join(dir, SEED_FILES.partnerships);
  return readRows(path, partnershipColumns).map(({ line, row }) => {
    if (row.a === row.b) throw new SeedFileError(path, line, '"b" (2)', `self-loop ${row.a}`);
    if (row.since !== null && row.until !== null && row.until < row.since) {
      throw new SeedFileError(path, line, '"until" (5)', `until ${row.until} is before since ${row.since}`);
    }
    const value: SeedPartnership = {
      a: row.a,
      b: row.b,
      type: row.type,
      since: row.since,
      until: row.until,
      source: row.source,
    };
    return { line, value };
  });
}

function networksWithLines(dir: string): Lined<SeedNetworkMember>[] {
  const path = join(dir, SEED_FILES.networks);
  return readRows(path, networkColumns).map(({ line, row }) => ({
    line,
    value: {
      network_id: row.network_id,
      network_name: row.network_name,
      member_id: row.member_id,
      source: row.source,
    },
  }));
}

/** Parse and validate seeds/municipalities.csv (ids unique, id scheme respected). */
export function readSeedMunicipalities(dir: string): SeedMunicipality[] {
  return municipalitiesWithLines(dir).map((r) => r.value);
}

/** Parse and validate seeds/partnerships.csv (no self-loops, until >= since). */
export function readSeedPartnerships(dir: string): SeedPartnership[] {
  return partnershipsWithLines(dir).map((r) => r.value);
}

/** Parse and validate seeds/networks.csv. */
export function readSeedNetworks(dir: string): SeedNetworkMember[] {
  return networksWithLines(dir).map((r) => r.value);
}

/** Read all three files and check that every reference resolves and no pair is repeated. */
export function readSeedDataset(dir: string): SeedDataset {
  const municipalities = municipalitiesWithLines(dir);
  const partnerships = partnershipsWithLines(dir);
  const networks = networksWithLines(dir);
  const ids = new Set(municipalities.map((m) => m.value.id));
  const pairs = new Map<string, number>();
  for (const { line, value: p } of partnerships) {
    for (const [col, id] of [['"a" (1)', p.a], ['"b" (2)', p.b]] as const) {
      if (!ids.has(id)) throw new SeedFileError(join(dir, SEED_FILES.partnerships), line, col, `unknown municipality id ${id}`);
    }
    const key = [p.a, p.b].sort().join(' ');
    const first = pairs.get(key);
    if (first !== undefined) {
      throw new SeedFileError(join(dir, SEED_FILES.partnerships), line, null, `pair ${key} repeats line ${first}`);
    }
    pairs.set(key, line);
  }
  const members = new Set<string>();
  for (const { line, value: n } of networks) {
    if (!ids.has(n.member_id)) {
      throw new SeedFileError(join(dir, SEED_FILES.networks), line, '"member_id" (3)', `unknown municipality id ${n.member_id}`);
    }
    const key = `${n.network_id} ${n.member_id}`;
    if (members.has(key)) throw new SeedFileError(join(dir, SEED_FILES.networks), line, null, `duplicate member ${key}`);
    members.add(key);
  }
  return {
    municipalities: municipalities.map((r) => r.value),
    partnerships: partnerships.map((r) => r.value),
    networks: networks.map((r) => r.value),
  };
}
