/**
 * POST /api/imports: the request (the file as the raw body, the options as query parameters) and
 * the import summary it answers, which the CLI prints too. Its counts reconcile with the file:
 *   rows   = partnerships + merged.partnerships + Σ dropped   (ties read = ties kept + merged + dropped)
 *   places = nodes + merged.places                             (place descriptions = places written + merged)
 * where a place description is one distinct (name, country, coordinates, ids) tuple of the file.
 * POST /api/imports/columns reads a table's header and first rows (the same body) so that its
 * columns can be mapped before an import.
 */
import { z } from 'zod';
import { IMPORT_FORMATS, PARTNERSHIP_TYPES, TABLE_FIELDS, type TableField } from '../vocabularies.ts';
import { flag } from './query.ts';

const count = z.number().int();

export { TABLE_FIELDS, type TableField };

/** The query of POST /api/imports. */
export const ImportQuery = z.strictObject({
  format: z
    .enum(['auto', ...IMPORT_FORMATS])
    .default('auto')
    .describe('The file format; auto detects it from the content'),
  dryRun: flag.default(false).describe('Parse, clean and report, write nothing'),
  replace: flag.default(false).describe('Replace the whole graph (atomically) instead of adding to it'),
  strict: flag.default(false).describe('Make every reported problem fatal'),
  name: z
    .string()
    .min(1)
    .max(200)
    .regex(/^[^/\\]+$/, 'a file name without directories')
    .optional()
    .describe('File name recorded as provenance'),
  licence: z.string().min(1).max(300).optional().describe('Licence of the data, recorded with its source'),
  attribution: z.string().min(1).max(500).optional().describe('Attribution of the data, recorded with its source'),
  gazetteer: flag
    .optional()
    .describe("Classify German places with the server's municipality directory (GAZETTEER_FILE); by default when the server has one"),
  allMunicipalities: flag
    .default(false)
    .describe('With the gazetteer: every municipality of the directory becomes a place, partnered or not'),
  columns: z
    .string()
    .min(1)
    .max(2000)
    .optional()
    .describe(`A spreadsheet in its own layout (format table): field=column pairs, comma-separated; fields ${TABLE_FIELDS.join(', ')}`),
  types: z
    .string()
    .min(1)
    .max(2000)
    .optional()
    .describe(`With columns: the type column's values, value=type pairs, comma-separated; types ${PARTNERSHIP_TYPES.join(', ')}`),
  countryA: z.string().min(1).max(100).optional().describe("With columns: side A's country where the file gives none (a code or a name)"),
});

/** How a column-mapped table was read: each field's column and a few rows as read (a dry run's preview). */
export const TableReadingSchema = z.object({
  sheet: z.string().nullable().describe('The XLSX worksheet read (the first); null for CSV'),
  delimiter: z.string().nullable().describe('The CSV delimiter found; null for XLSX'),
  columns: z.array(z.object({ field: z.enum(TABLE_FIELDS), column: z.string(), filled: count.describe('Rows with a value') })),
  defaults: z.object({ countryA: z.string().nullable() }),
  samples: z.array(z.object({ line: count, values: z.record(z.string(), z.string()) })).describe('The first rows, by field'),
});
export type TableReading = z.infer<typeof TableReadingSchema>;

/** The answer of POST /api/imports/columns: a table's columns, its first rows and a guessed mapping, to map before a dry run. */
export const TableColumnsSchema = z.object({
  header: z.array(z.string()).describe('The columns as the header names them, in order (columns without a name left out)'),
  sheet: z.string().nullable().describe('The XLSX worksheet read (the first); null for CSV'),
  delimiter: z.string().nullable().describe('The CSV delimiter found; null for XLSX'),
  encoding: z.string().describe('The text encoding found, or xlsx'),
  rows: count.describe('Data rows (the header aside)'),
  samples: z
    .array(z.object({ line: count, values: z.record(z.string(), z.string()) }))
    .describe('The first five rows, by column, with their line (row) in the file'),
  suggested: z
    .partialRecord(z.enum(TABLE_FIELDS), z.string())
    .describe('A guessed mapping from the header names (field → column), for the user to check: the `columns` of POST /api/imports'),
});
export type TableColumns = z.infer<typeof TableColumnsSchema>;

/** The body of POST /api/imports: the file itself. Any media type is read alike: the format comes from `format` or the content. */
export const IMPORT_MEDIA_TYPES = [
  'text/csv',
  'application/json',
  'application/xml',
  'application/octet-stream',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
] as const;
export const ImportFileSchema = z
  .string()
  .describe(
    'The file: Jumelage CSV, a Wikipedia list, Wikidata JSON or CSV, GEXF or GraphML, or (with columns) any CSV or XLSX table; at most 50 MB',
  );

/** A problem with its place in the file. Errors reject the file; warnings are reported (fatal with `strict`). */
export const IssueSchema = z.object({
  severity: z.enum(['error', 'warning']),
  file: z.string().optional().describe('The file inside a multi-file import (a directory), when there is more than one'),
  code: z.string().describe('A stable reason code, e.g. `unknown-country`, `csv-syntax`'),
  line: count.nullable(),
  column: z.string().nullable(),
  message: z.string(),
});
export type Issue = z.infer<typeof IssueSchema>;

const RowsSchema = z.object({ rows: count, changed: count.describe('Created, or with properties changed') });

/** What a write to Neo4j did. */
export const WriteSummarySchema = z.object({
  municipalities: RowsSchema,
  partnerships: RowsSchema,
  networks: RowsSchema,
  memberships: RowsSchema,
  replaced: z.boolean(),
  version: count.describe('The dataset version after the write (unchanged when nothing changed)'),
});
export type WriteSummary = z.infer<typeof WriteSummarySchema>;

export const GermanyCountsSchema = z.object({
  east: count,
  west: count,
  berlin: count,
  unknown: count,
  by: z.record(z.string(), count).describe('Which rule decided, per German place: ags, admin1, gazetteer, berlin-districts, coordinates'),
});
export type GermanyCounts = z.infer<typeof GermanyCountsSchema>;

export const GazetteerSummarySchema = z.object({
  file: z.string(),
  germanPlaces: count.describe("German places of the import (Berlin's districts included)"),
  matched: count,
  matchedAsPart: count.describe('Of `matched`: matched to the municipality they are a part of ("Porz (Cologne)")'),
  matchedDistricts: count.describe('Of `matched`: districts (Kreise)'),
  rate: z.number(),
  added: count.describe('Municipalities added by allMunicipalities'),
});
export type GazetteerSummary = z.infer<typeof GazetteerSummarySchema>;

/** The answer of POST /api/imports. */
export const ImportSummarySchema = z.object({
  file: z.string(),
  format: z.enum(IMPORT_FORMATS),
  encoding: z.string(),
  dryRun: z.boolean(),
  strict: z.boolean(),
  replace: z.boolean(),
  source: z.object({ id: z.string(), licence: z.string().nullable(), attribution: z.string().nullable() }),
  rows: count.describe('Ties read: CSV rows, JSON results, XML edges'),
  places: count.describe('Distinct place descriptions in the file'),
  nodes: count.describe('Places written (new or updated)'),
  partnerships: count,
  types: z.record(z.string(), count).describe('Partnerships by type'),
  dated: count.describe('Partnerships with a founding year'),
  networks: count,
  merged: z.object({ places: count, partnerships: count, reversed: count }),
  matchedExisting: count.describe('Of `nodes`: places that were already in the database'),
  dropped: z.record(z.string(), count).describe('Ties left out, per reason'),
  countries: z.record(z.string(), count).describe('ISO 3166-1 alpha-2 → number of partnership ends in that country, most first'),
  unknownCountryEnds: count,
  germany: GermanyCountsSchema,
  gazetteer: GazetteerSummarySchema.nullable(),
  table: TableReadingSchema.nullable().describe('How the columns were read (format table), else null'),
  warningCounts: z.record(z.string(), count),
  warnings: z.array(IssueSchema).describe('At most 1000 listed; all are counted in warningCounts'),
  warningsOmitted: count,
  write: WriteSummarySchema.nullable().describe('null for a dry run'),
  timings: z.object({ parseMs: z.number(), resolveMs: z.number(), writeMs: z.number(), totalMs: z.number() }),
});
export type ImportSummary = z.infer<typeof ImportSummarySchema>;
