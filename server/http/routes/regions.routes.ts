/**
 * The regions endpoints: the table of a level (countries, German states, districts), its
 * under-connected regions with the rule, the boundaries of states and districts, and one German
 * region with its municipalities and ties. Each handler parses and calls: the answers are made by
 * services/answers/regions.answers.ts, their schemas are the contract's (contract/api/regions.ts).
 */
import { z } from 'zod';
import { analysisQuery, filtersOf } from '../../../contract/api/query.ts';
import {
  REGION_RULES,
  RegionDetailSchema,
  RegionGeometrySchema,
  RegionRecommendationsSchema,
  RegionsSchema,
} from '../../../contract/api/regions.ts';
import { DIVIDES, REGION_LEVELS } from '../../../contract/vocabularies.ts';
import type { AnalysisService } from '../../services/analysis.service.ts';
import { geometry, regionDetail, regionRecommendations, regions, underConnected } from '../../services/answers/regions.answers.ts';
import type { ApiRouter } from '../api-router.ts';
import { send } from '../respond.ts';

const ANSWERS = { 200: 'The result', 304: 'Not modified', 400: 'Invalid parameters', 503: 'Neo4j unavailable' };
const common = { tag: 'analyses', expensive: true, responses: ANSWERS } as const;
const divide = z.enum(DIVIDES).optional().describe('The divide of the cross-tie figures; default europe for countries, germany otherwise');
const rule = z
  .enum(REGION_RULES)
  .default('ratio')
  .describe(
    'ratio (default): the 95 % interval of observed/expected lies below 1; percentile: partnerships per municipality below the lower quartile of the level',
  );
const format = z.enum(['json', 'csv']).default('json').describe('json, or csv for the table');
const METHODS =
  'States and districts count every municipality of the Destatis directory (partnered or not); expected is the sum of the count model’s fitted means ' +
  '(NB2 or Poisson GLM of partnerships on log population over all German municipalities, chosen by a likelihood-ratio test; no East/West term, whose effect the model block reports); ' +
  'ratioLow/ratioHigh are the exact Poisson (Garwood) 95 % interval of the observed ends divided by expected. Countries are not normalised (places listed only).';

export function regionRoutes(api: ApiRouter, analysis: AnalysisService): void {
  const regionQuery = analysisQuery({ level: z.enum(REGION_LEVELS).default('country'), divide, rule, format });
  api.route(
    {
      ...common,
      method: 'get',
      path: '/api/regions',
      summary:
        'Partnerships per country, German state or district: per municipality, per 100,000, expected from population, observed/expected, the under-connected flag',
      description: METHODS,
      query: regionQuery,
      answer: RegionsSchema,
      produces: ['text/csv'],
    },
    async ({ query, req, res }) => send(req, res, await regions(analysis, filtersOf(query), query)),
  );
  api.route(
    {
      ...common,
      method: 'get',
      path: '/api/regions/under-connected',
      summary: 'The under-connected regions of a level, least connected first, with the rule',
      description: METHODS,
      query: regionQuery,
      answer: RegionsSchema,
      produces: ['text/csv'],
    },
    async ({ query, req, res }) => send(req, res, await underConnected(analysis, filtersOf(query), query)),
  );
  api.route(
    {
      method: 'get',
      path: '/api/regions/geometry',
      tag: 'analyses',
      summary: 'Boundaries of the German states or districts as TopoJSON; each geometry’s id is the region key of /api/regions',
      description: 'BKG VG250 (© GeoBasis-DE / BKG, dl-de/by-2-0), simplified; the answer carries its licence and attribution.',
      query: z.object({ level: z.enum(['state', 'district']).default('state') }).strict(),
      answer: RegionGeometrySchema,
      responses: { 200: 'The topology', 304: 'Not modified', 400: 'Invalid parameters' },
    },
    async ({ query, req, res }) => send(req, res, geometry(query.level)),
  );
  api.route(
    {
      ...common,
      method: 'get',
      path: '/api/regions/:region',
      summary: 'A German state (DE-BY) or district (5-digit key): its row, its municipalities with their partnerships, its ties',
      query: analysisQuery({ divide, rule }),
      answer: RegionDetailSchema,
      responses: { ...ANSWERS, 404: 'No such region in the view' },
    },
    async ({ query, params, req, res }) => send(req, res, await regionDetail(analysis, filtersOf(query), params.region ?? '', query)),
  );
  api.route(
    {
      ...common,
      method: 'get',
      path: '/api/regions/:region/recommendations',
      summary:
        'Partners for a German state (DE-SN) or district (5-digit key): pairs of its municipalities with places elsewhere, and what the first would change',
      description:
        'Each municipality of the region offers its best candidate outside it (scored as GET /api/recommendations/:id scores it: network proximity, distance, size, cross-divide bonus, with the fitted weights); ' +
        'each partner is proposed once. With `divide`, pairs across it come first. The what-if adds the first `whatIf` pairs to a copy of the network and reruns the regions table with the count model held fixed.',
      query: analysisQuery({
        divide: z
          .enum(DIVIDES)
          .optional()
          .describe('Pairs across this divide first (germany: East–West inside Germany); absent: by score only'),
        rule,
        limit: z.coerce.number().int().min(1).max(100).default(10).describe('Pairs listed'),
        whatIf: z.coerce.number().int().min(0).max(100).default(5).describe('The first pairs added in the what-if (0: none)'),
        format,
      }),
      answer: RegionRecommendationsSchema,
      produces: ['text/csv'],
      responses: { ...ANSWERS, 404: 'No such region in the view' },
    },
    async ({ query, params, req, res }) =>
      send(req, res, await regionRecommendations(analysis, filtersOf(query), params.region ?? '', query)),
  );
}
