/**
 * Files to take away: the graph under the filters as GEXF, GraphML, CSV, JSON or XLSX with the analysis
 * results on its nodes, and the report as HTML or PDF. Both take the same filters and analysis
 * options as the analysis endpoints and answer 202 with a job while the analyses (or the PDF)
 * are being made; when done, the file with a Content-Disposition file name and an ETag.
 */
import type { Response } from 'express';
import type { DataLayer } from '../../db/data-layer.ts';
import { ExportFileSchema, ExportQuery, ReportFileSchema, ReportQuery } from '../../../contract/api/files.ts';
import { filtersOf } from '../../../contract/api/query.ts';
import type { AnalysisService } from '../../services/analysis.service.ts';
import { ExportService } from '../../services/export.service.ts';
import type { JobManager } from '../../services/jobs.ts';
import { ReportService } from '../../services/report.service.ts';
import type { ApiRouter } from '../api-router.ts';
import { etagFor, notModified } from '../caching.ts';
import { accepted } from '../respond.ts';

export interface ExportDeps {
  data: DataLayer;
  analysis: AnalysisService;
  jobs: JobManager;
  /** The service's version, credited in every file as "Jumelage <version>". */
  version: string;
}

function sendFile(
  res: Response,
  file: { filename: string; mediaType: string; body: string | Uint8Array },
  disposition: 'attachment' | 'inline',
): void {
  res.setHeader('Content-Disposition', `${disposition}; filename="${file.filename}"`);
  res
    .type(file.mediaType)
    .send(typeof file.body === 'string' ? file.body : Buffer.from(file.body.buffer, file.body.byteOffset, file.body.byteLength));
}

const ANSWERS = {
  202: 'Running: a job to poll (Location), then ask again',
  304: 'Not modified',
  400: 'Invalid parameters',
  503: 'Neo4j (or, for PDF, Chromium) unavailable',
};

export function exportRoutes(api: ApiRouter, deps: ExportDeps): void {
  const exports = new ExportService(deps.data, deps.analysis, `Jumelage ${deps.version}`);
  const reports = new ReportService(deps.data, deps.analysis, deps.jobs, exports);

  api.route(
    {
      method: 'get',
      path: '/api/export',
      tag: 'exports',
      summary: 'The graph under the filters as a file: GEXF, GraphML, CSV, JSON or XLSX, with analysis results and credits',
      description:
        'Nodes carry the data model’s attributes and (metrics=true) degree, centralities, clustering, component, community and east-west brokerage, the same numbers as the analysis endpoints; edges carry type, since, until, cross-divide flags and sources. Every file credits its data sources and their licences.',
      query: ExportQuery,
      answer: ExportFileSchema,
      file: true,
      produces: [
        'application/gexf+xml',
        'application/graphml+xml',
        'application/zip',
        'text/csv',
        'application/json',
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      ],
      responses: { 200: 'The file', ...ANSWERS },
    },
    async ({ query, req, res }) => {
      const outcome = await exports.file(filtersOf(query), query, {
        format: query.format,
        ...(query.table ? { table: query.table } : {}),
        ...(query.dialect ? { dialect: query.dialect } : {}),
        metrics: query.metrics,
      });
      if (outcome.state === 'running') return accepted(res, outcome.job);
      if (
        notModified(req, res, etagFor(outcome.value.version, req.path, new URLSearchParams(req.query as Record<string, string>).toString()))
      )
        return;
      sendFile(res, outcome.value, 'attachment');
    },
  );

  api.route(
    {
      method: 'get',
      path: '/api/report',
      tag: 'exports',
      summary: 'A report of the analyses under the filters, as HTML or PDF, with figures and a methods section',
      description:
        'Summary, centrality rankings, communities, east-west bridges with a random baseline, regions with the under-connected ones, recommendations, a map of the network, and the methods (definitions, parameters, seeds, library versions, the SHA-256 of the data); in English or German (lang); with `region`, a one-page summary for that German state or district first.',
      query: ReportQuery,
      answer: ReportFileSchema,
      file: true,
      produces: ['text/html', 'application/pdf'],
      responses: { 200: 'The report', ...ANSWERS },
    },
    async ({ query, req, res }) => {
      const outcome = await reports.report(filtersOf(query), query, {
        format: query.format,
        lang: query.lang,
        region: query.region ?? null,
      });
      if (outcome.state === 'running') return accepted(res, outcome.job);
      if (
        notModified(req, res, etagFor(outcome.value.version, req.path, new URLSearchParams(req.query as Record<string, string>).toString()))
      )
        return;
      sendFile(res, outcome.value, 'inline');
    },
  );
}
