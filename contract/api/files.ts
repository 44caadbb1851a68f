/**
 * The queries of GET /api/export and GET /api/report, and their files. The files are not JSON:
 * each is declared as a string in the media types it comes in (the route's `produces`).
 */
import { z } from 'zod';
import { LANGUAGES } from '../languages.ts';
import { CSV_DIALECTS, CSV_TABLES, EXPORT_FORMATS, REPORT_FORMATS } from '../vocabularies.ts';
import { analysisQuery } from './query.ts';

/** The query of GET /api/export: the filters, the analysis options, and what file to write. */
export const ExportQuery = analysisQuery({
  format: z
    .enum(EXPORT_FORMATS)
    .describe(
      'gexf (GEXF 1.3, founding year as edge start), graphml (with the keys Gephi maps: label, x, y, size, r, g, b), csv (a zip of nodes.csv, edges.csv, sources.csv and README.txt), json (graphology) or xlsx (one workbook: a sheet on what is where, then nodes, edges, sources)',
    ),
  table: z.enum(CSV_TABLES).optional().describe('With format=csv: this one table as text/csv instead of the zip'),
  dialect: z
    .enum(CSV_DIALECTS)
    .optional()
    .describe(
      'With format=csv, CSV for Excel: excel (UTF-8 with a byte order mark, commas) or excel-de (byte order mark, semicolons, decimal commas); without it RFC 4180 UTF-8 without a byte order mark',
    ),
  metrics: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true')
    .describe('Attach the analysis results to the nodes (the default; waits for the analyses); false gives the data alone at once'),
})
  .refine((q) => q.table === undefined || q.format === 'csv', { message: '`table` goes with format=csv', path: ['table'] })
  .refine((q) => q.dialect === undefined || q.format === 'csv', { message: '`dialect` goes with format=csv', path: ['dialect'] });

export const ExportFileSchema = z
  .string()
  .describe('The graph as a file: GEXF 1.3, GraphML, a zip of CSV tables (or one table as CSV), graphology JSON, or an XLSX workbook');

/** The report's own parameters (shared with `npm run report`, whose `--format` has no default). */
export const ReportShape = {
  format: z.enum(REPORT_FORMATS).default('html').describe('html, or pdf (printed by Chromium)'),
  lang: z
    .enum(LANGUAGES)
    .default('en')
    .describe('The language of the report: en (English) or de (German); its numbers and dates are written as that language writes them'),
  region: z
    .string()
    .regex(/^(DE-[A-Z]{2}|\d{5})$/, 'a German state (DE-SN) or a 5-digit district key (14626)')
    .optional()
    .describe(
      'A German state or district: the report opens with a one-page summary for it (connected against expectation, its districts on a map, its cross-divide ties, recommended partners and what they would change), then the annex',
    ),
};

/** The query of GET /api/report: the filters, the analysis options, the format, the language and the region of a council summary. */
export const ReportQuery = analysisQuery(ReportShape);

export const ReportFileSchema = z.string().describe('The report: an HTML page, or a PDF printed by Chromium');
