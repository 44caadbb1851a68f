/** POST /api/analyses/write: the analysis results onto the places in Neo4j (a write: the token first). */
import { AnalysisWriteBody, AnalysisWrittenSchema } from '../../../contract/api/analysis-write.ts';
import type { DataLayer } from '../../db/data-layer.ts';
import { writeAnalysis } from '../../services/analysis-write.service.ts';
import type { AnalysisService } from '../../services/analysis.service.ts';
import { ExportService } from '../../services/export.service.ts';
import type { ApiRouter } from '../api-router.ts';
import { accepted } from '../respond.ts';

export function analysisWriteRoutes(api: ApiRouter, deps: { data: DataLayer; analysis: AnalysisService; version: string }): void {
  const exports = new ExportService(deps.data, deps.analysis, `Jumelage ${deps.version}`);
  api.route(
    {
      method: 'post',
      path: '/api/analyses/write',
      tag: 'edits',
      summary: 'Write the analysis results onto the places in Neo4j, as GDS write mode does',
      description:
        'The full suite and Leiden over the whole dataset (no filters), each place with a partnership getting its results as properties ' +
        '(`community`, `leiden`, `degreeCentrality`, `betweenness`, `closeness`, `harmonic`, `pagerank`, `eigenvector`, `coreNumber`, …: ' +
        'the export names) and one `(:Analysis)` node with the dataset version and options. Writing again replaces both. ' +
        'The dataset version does not change. 202 with a job while the analyses run; 409 if the data changed meanwhile.',
      auth: true,
      body: AnalysisWriteBody,
      answer: AnalysisWrittenSchema,
      responses: {
        200: 'Written',
        202: 'Running: a job to poll (Location), then ask again',
        400: 'Invalid options',
        401: 'No token',
        403: 'Wrong token, or the server is read-only',
        409: 'The data changed while the analyses ran',
        503: 'Neo4j unavailable',
      },
    },
    async ({ body, res }) => {
      const outcome = await writeAnalysis(deps.data, deps.analysis, exports, body);
      if (outcome.state === 'running') return accepted(res, outcome.job);
      res.json(outcome.value);
    },
  );
}
