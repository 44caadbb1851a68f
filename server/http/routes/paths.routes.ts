/**
 * Routes through the network: every shortest path between two places, and a place's
 * neighbourhood. Both search the filtered view of the current dataset version (the filters only,
 * no analysis options); their answers are made by services/answers/paths.answers.ts, their
 * schemas are the contract's (contract/api/paths.ts).
 */
import { EgoQuery, EgoSchema, PathsQuery, PathsSchema } from '../../../contract/api/paths.ts';
import { filtersOf } from '../../../contract/api/query.ts';
import type { AnalysisService } from '../../services/analysis.service.ts';
import { ego, shortestPaths } from '../../services/answers/paths.answers.ts';
import type { ApiRouter } from '../api-router.ts';
import { send } from '../respond.ts';

const ANSWERS = {
  200: 'The result',
  304: 'Not modified',
  400: 'Invalid parameters',
  404: 'No such municipality among the places the filters keep',
  503: 'Neo4j unavailable',
};

export function pathRoutes(api: ApiRouter, analysis: AnalysisService): void {
  api.route(
    {
      method: 'get',
      path: '/api/paths',
      tag: 'analyses',
      expensive: true,
      summary: 'Every shortest path between two municipalities: the length, how many there are, the first few',
      description:
        'Unweighted: a path is as long as its partnerships. All shortest paths are counted (breadth-first path counting, as in Brandes 2001) without listing them; ' +
        'the first `limit` are listed in the order of the ids along them. Not connected in the view: `length` null, `count` 0, no paths. ' +
        'The places are `from` and `to`; the founding-year filters, `from` and `to` elsewhere, are `since` and `until` here.',
      query: PathsQuery,
      answer: PathsSchema,
      responses: ANSWERS,
    },
    async ({ query, req, res }) => send(req, res, await shortestPaths(analysis, query.filters, query)),
  );

  api.route(
    {
      method: 'get',
      path: '/api/ego/:id',
      tag: 'graph',
      expensive: true,
      summary: "A municipality's neighbourhood: the places within 1 to 3 partnerships of it and the partnerships among them",
      description:
        "In /api/graph's serialisation (`Graph.from` loads it). Places in breadth-first order from the center, at most `max` of them; " +
        'the graph attributes say the center, the radius, whether the neighbourhood was cut (`truncated`) and how many places it has (`total`).',
      query: EgoQuery,
      answer: EgoSchema,
      responses: ANSWERS,
    },
    async ({ query, params, req, res }) => send(req, res, await ego(analysis, filtersOf(query), params.id ?? '', query)),
  );
}
