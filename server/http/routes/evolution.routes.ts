/**
 * Time and space: the network year by year, and how far partnerships reach. The series is a job
 * in the suite worker (202 while it runs); the distances are a table of the filtered view. Answers
 * by services/answers/evolution.answers.ts, schemas in contract/api/evolution.ts.
 */
import { DistancesQuery, DistancesSchema, EvolutionQuery, EvolutionSchema } from '../../../contract/api/evolution.ts';
import { filtersOf } from '../../../contract/api/query.ts';
import type { AnalysisService } from '../../services/analysis.service.ts';
import { distances, evolution } from '../../services/answers/evolution.answers.ts';
import type { ApiRouter } from '../api-router.ts';
import { send } from '../respond.ts';

const ANSWERS = {
  200: 'The result',
  304: 'Not modified',
  400: 'Invalid parameters',
  503: 'Neo4j unavailable',
};

export function evolutionRoutes(api: ApiRouter, analysis: AnalysisService): void {
  api.route(
    {
      method: 'get',
      path: '/api/evolution',
      tag: 'analyses',
      expensive: true,
      job: true,
      summary: 'The network as it stood each year: size, new partnerships by type, components, clustering, modularity, cross-divide ties',
      description:
        'Year Y holds the dated partnerships founded up to Y and not ended before Y (the filter rule with `to` = Y: a partnership counts in its end year and is gone the next); ' +
        'partnerships without a founding year are counted per year (`undated`), never placed. `from` and `to` are the years of the series, so the founding-year filters ' +
        '(and `includeUndated`, `minDegree`) are not taken here. The last year equals the full analysis with `to` = that year. Computed incrementally; Louvain runs afresh, with `seed`, in every year whose network changed.',
      query: EvolutionQuery,
      answer: EvolutionSchema,
      responses: { ...ANSWERS, 202: 'Running: a job to poll (Location), then ask again' },
    },
    async ({ query, req, res }) => send(req, res, await evolution(analysis, query.filters, query)),
  );

  api.route(
    {
      method: 'get',
      path: '/api/distances',
      tag: 'analyses',
      expensive: true,
      summary: 'The great-circle length of partnerships: distribution per type and founding decade, and the distance-decay exponent',
      description:
        'Haversine distance between the two ends of every partnership whose ends both have a position. Histogram, median, mean, share within 500 km, share inside one country and inside one side of the old East-West divide, overall, per type and per founding decade. ' +
        'Decay: a power law p(d) ∝ d^-γ for d ≥ dMin by maximum likelihood, dMin by the Kolmogorov-Smirnov distance (Clauset, Shalizi & Newman 2009), with a 95 % interval.',
      query: DistancesQuery,
      answer: DistancesSchema,
      responses: ANSWERS,
    },
    async ({ query, req, res }) => send(req, res, await distances(analysis, filtersOf(query), query)),
  );
}
