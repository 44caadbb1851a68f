/**
 * The analysis endpoints. Every one takes the same filters as /api/graph and the analysis
 * options (resolution, seed, betweenness, k); all answer 202 with a job while the suite runs.
 * Each handler parses and calls: the answer is made by services/answers/, its schema is the
 * contract's (contract/api/analyses.ts).
 */
import { z } from 'zod';
import * as schemas from '../../../contract/api/analyses.ts';
import { JobSchema } from '../../../contract/api/common.ts';
import { analysisQuery, filtersOf } from '../../../contract/api/query.ts';
import { COMMUNITY_ALGORITHMS, DIVIDES, MEASURES } from '../../../contract/vocabularies.ts';
import type { AnalysisService } from '../../services/analysis.service.ts';
import { metricsTable, ranking } from '../../services/answers/centrality.answers.ts';
import { communities, community, structure } from '../../services/answers/communities.answers.ts';
import { eastWest } from '../../services/answers/eastwest.answers.ts';
import { recommendations } from '../../services/answers/regions.answers.ts';
import type { JobManager } from '../../services/jobs.ts';
import type { ApiRouter } from '../api-router.ts';
import { jobBody, send } from '../respond.ts';

const format = z.enum(['json', 'csv']).default('json').describe('json, or csv for the table');
const limit = (max: number, def: number) => z.coerce.number().int().min(1).max(max).default(def);
const offset = z.coerce.number().int().min(0).max(10_000_000).default(0);
const measures = z
  .string()
  .default(MEASURES.join(','))
  .transform((s) => s.split(',').map((x) => x.trim()))
  .pipe(z.array(z.enum(MEASURES)).min(1))
  .describe('Comma-separated centralities (default: all six)');

const algorithm = z
  .enum(COMMUNITY_ALGORITHMS)
  .default('louvain')
  .describe("louvain (the full suite's, default) or leiden (Traag et al. 2019: connected communities; computed when asked)");

const ANSWERS = {
  200: 'The result',
  202: 'Running: a job to poll (Location), then ask again',
  304: 'Not modified',
  400: 'Invalid parameters',
  503: 'Neo4j unavailable',
};
const common = { tag: 'analyses', expensive: true, job: true, responses: ANSWERS } as const;

export function analysisRoutes(api: ApiRouter, analysis: AnalysisService, jobs: JobManager): void {
  api.route(
    {
      ...common,
      method: 'get',
      path: '/api/metrics/centrality',
      summary: 'A ranking of municipalities by a centrality',
      description:
        'Normalised as NetworkX by default: degree deg/(n-1); betweenness 2/((n-1)(n-2)); closeness with the Wasserman-Faust correction; harmonic unnormalised; PageRank alpha 0.85; eigenvector L2-normalised. Highest first; values equal to 12 significant digits are ties, ordered by id.',
      query: analysisQuery({ measure: z.enum(MEASURES).default('degree'), limit: limit(10_000, 20), offset, format }),
      answer: schemas.RankingSchema,
      produces: ['text/csv'],
    },
    async ({ query, req, res }) => send(req, res, await ranking(analysis, filtersOf(query), query)),
  );

  api.route(
    {
      ...common,
      method: 'get',
      path: '/api/metrics',
      summary: "Every municipality's centralities, ranks, community and core number in one answer, a column per measure",
      description:
        'The i-th value of every column belongs to the i-th id of `nodes`. Ranks follow the ranking rule of /api/metrics/centrality.',
      query: analysisQuery({ measures, algorithm }),
      answer: schemas.MetricsTableSchema,
    },
    async ({ query, req, res }) => send(req, res, await metricsTable(analysis, filtersOf(query), query)),
  );

  api.route(
    {
      ...common,
      method: 'get',
      path: '/api/communities',
      summary: 'Louvain or Leiden communities: modularity, agreement with countries and blocs, stability, profiles',
      query: analysisQuery({ algorithm, limit: limit(10_000, 50), offset }),
      answer: schemas.CommunitiesSchema,
    },
    async ({ query, req, res }) => send(req, res, await communities(analysis, filtersOf(query), query)),
  );

  api.route(
    {
      ...common,
      method: 'get',
      path: '/api/communities/:id',
      summary: 'One community: its profile and members',
      query: analysisQuery({ algorithm }),
      answer: schemas.CommunitySchema,
      responses: { ...ANSWERS, 404: 'No such community' },
    },
    async ({ query, params, req, res }) => send(req, res, await community(analysis, filtersOf(query), query, params.id ?? '')),
  );

  api.route(
    {
      ...common,
      method: 'get',
      path: '/api/structure',
      summary: 'Components, k-cores, clustering, assortativity, bridges, articulation points, diameter',
      description:
        'With significance=true, also the country, bloc and degree assortativity and the modularity of Louvain against a degree-preserving rewiring baseline (z-scores): a job of its own after the suite, computed on request only.',
      query: schemas.StructureQuery,
      answer: schemas.StructureSchema,
    },
    async ({ query, req, res }) => send(req, res, await structure(analysis, filtersOf(query), query)),
  );

  api.route(
    {
      ...common,
      method: 'get',
      path: '/api/bridges/east-west',
      summary: 'Ties across the east-west divide: summary, per founding year, per region, brokers, the ties',
      description:
        'level=germany: the former GDR against the old Federal Republic (Berlin on neither side); level=europe: the former Eastern bloc against the West.',
      query: analysisQuery({ level: z.enum(DIVIDES).default('germany'), limit: limit(100_000, 50) }),
      answer: schemas.EastWestSchema,
    },
    async ({ query, req, res }) => send(req, res, await eastWest(analysis, filtersOf(query), query)),
  );

  api.route(
    {
      ...common,
      method: 'get',
      path: '/api/recommendations/:id',
      summary: 'Candidate partners for a municipality, each with the parts of its score',
      query: analysisQuery({ limit: limit(200, 10), format }),
      answer: schemas.RecommendationsSchema,
      produces: ['text/csv'],
      responses: { ...ANSWERS, 404: 'No such municipality in the view' },
    },
    async ({ query, params, req, res }) => send(req, res, await recommendations(analysis, filtersOf(query), params.id ?? '', query.limit)),
  );

  api.route(
    {
      method: 'get',
      path: '/api/jobs/:id',
      tag: 'analyses',
      summary: 'A running or finished analysis job and its progress',
      answer: JobSchema,
      responses: { 200: 'The job', 404: 'No such job' },
    },
    async ({ params, res }) => {
      res.setHeader('Cache-Control', 'no-store');
      res.json(jobBody(jobs.get(params.id ?? '')));
    },
  );
}
