/**
 * POST /api/imports: the request (the file as the raw body, the options as query parameters) and
 * the import summary it answers, which the CLI prints too. Its counts reconcile with the file:
 *   rows   = partnerships + merged.partnerships + Σ dropped   (ties read = ties kept + merged + dropped)
 *   places = nodes + merged.places                             (place descriptions = places written + merged)
 * where a place description is one distinct (name, country, coordinates, ids) tuple of the file.
 */
import { z } from 'zod';
import { IMPORT_FORMATS } from '../vocabularies.ts';
import { flag } from './query.ts';

const count = z.number().int();

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
});

/** The body of POST /api/imports: the file itself. Any media type is read alike: the format comes from `format` or the content. */
export const IMPORT_MEDIA_TYPES = ['text/csv', 'application/json', 'application/xml', 'application/octet-stream'] as const;
export const ImportFileSchema = z
  .string()
  .describe('The file: Jumelage CSV, a Wikipedia list, Wikidata JSON or CSV, GEXF or GraphML; at most 50 MB');

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
  networks: count,
  merged: z.object({ places: count, partnerships: count, reversed: count }),
  matchedExisting: count.describe('Of `nodes`: places that were already in the database'),
  dropped: z.record(z.string(), count).describe('Ties left out, per reason'),
  countries: z.record(z.string(), count).describe('ISO 3166-1 alpha-2 → number of partnership ends in that country, most first'),
  unknownCountryEnds: count,
  germany: GermanyCountsSchema,
  gazetteer: GazetteerSummarySchema.nullable(),
  warningCounts: z.record(z.string(), count),
  warnings: z.array(IssueSchema).describe('At most 1000 listed; all are counted in warningCounts'),
  warningsOmitted: count,
  write: WriteSummarySchema.nullable().describe('null for a dry run'),
  timings: z.object({ parseMs: z.number(), resolveMs: z.number(), writeMs: z.number(), totalMs: z.number() }),
});
export type ImportSummary = z.infer<typeof ImportSummarySchema>;
