/**
 * The files of GET /api/export and GET /api/report. They are not JSON: each is declared as a
 * string in the media types it comes in (the route's `produces`).
 */
import { z } from 'zod';

export const ExportFileSchema = z
  .string()
  .describe('The graph as a file: GEXF 1.3, GraphML, a zip of CSV tables (or one table as CSV), or graphology JSON');

export const ReportFileSchema = z.string().describe('The report: an HTML page, or a PDF printed by Chromium');
