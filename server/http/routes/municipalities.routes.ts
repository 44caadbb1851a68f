import { z } from 'zod';
import type { DataLayer } from '../../db/data-layer.ts';
import type { AnalysisService } from '../../services/analysis.service.ts';
import { getMunicipality, searchMunicipalities } from '../../services/municipalities.service.ts';
import type { ApiRouter } from '../api-router.ts';
import { etagFor, notModified } from '../caching.ts';

export const MunicipalitySearchQuery = z.strictObject({
  q: z.string().max(200).optional().describe('Name or alias; case and diacritics do not matter ("Goettingen", "gottingen")'),
  country: z
    .string()
    .regex(/^[A-Za-z]{2}$/, 'an ISO 3166-1 alpha-2 code')
    .transform((c) => c.toUpperCase())
    .optional()
    .describe('ISO 3166-1 alpha-2 code'),
  limit: z.coerce.number().int().min(1).max(500).default(20),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export function municipalityRoutes(api: ApiRouter, data: DataLayer, analysis: AnalysisService): void {
  api.route(
    {
      method: 'get',
      path: '/api/municipalities',
      tag: 'municipalities',
      summary: 'Search municipalities by name or alias',
      query: MunicipalitySearchQuery,
      responses: {
        200: 'Ranked matches: exact, prefix, substring; then by number of partnerships',
        304: 'Not modified',
        400: 'Invalid parameters',
      },
    },
    async ({ query, req, res }) => {
      const result = await searchMunicipalities(data, query);
      if (notModified(req, res, etagFor(result.version, 'search', JSON.stringify(query)))) return;
      res.json(result);
    },
  );
  api.route(
    {
      method: 'get',
      path: '/api/municipalities/:id',
      tag: 'municipalities',
      summary: 'One municipality: attributes, partners with type, years and sources, metrics with ranks, recommended partners',
      description:
        'Metrics and recommendations are those of the whole dataset with default options; while the analysis still runs, `metrics` is null and `metricsJob` names the job.',
      responses: { 200: 'The municipality', 304: 'Not modified', 404: 'No such municipality' },
    },
    async ({ params, req, res }) => {
      const id = params.id ?? '';
      const result = await getMunicipality(data, id, analysis);
      if (notModified(req, res, etagFor(result.version, 'municipality', id, 'metrics' in result && result.metrics ? 'metrics' : 'pending')))
        return;
      res.json(result);
    },
  );
}
