import { MunicipalitiesSchema, MunicipalitySchema, MunicipalitySearchQuery } from '../../../contract/api/municipalities.ts';
import type { DataLayer } from '../../db/data-layer.ts';
import type { AnalysisService } from '../../services/analysis.service.ts';
import { getMunicipality, searchMunicipalities } from '../../services/municipalities.service.ts';
import type { ApiRouter } from '../api-router.ts';
import { etagFor, notModified } from '../caching.ts';

export function municipalityRoutes(api: ApiRouter, data: DataLayer, analysis: AnalysisService): void {
  api.route(
    {
      method: 'get',
      path: '/api/municipalities',
      tag: 'municipalities',
      summary: 'Search municipalities by name or alias',
      query: MunicipalitySearchQuery,
      answer: MunicipalitiesSchema,
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
        'Metrics and recommendations are those of the whole dataset with default options; while the analysis still runs, `metrics` is null and `metricsJob` names the job. ' +
        'An id made by an older slug rule (`de-st-ingbert`) answers the place it names today (`de-sankt-ingbert`).',
      answer: MunicipalitySchema,
      responses: { 200: 'The municipality', 304: 'Not modified', 404: 'No such municipality' },
    },
    async ({ params, req, res }) => {
      const result = await getMunicipality(data, params.id ?? '', analysis);
      const id = result.municipality.id;
      if (notModified(req, res, etagFor(result.version, 'municipality', id, result.metrics ? 'metrics' : 'pending'))) return;
      res.json(result);
    },
  );
}
