import type { DataLayer } from '../../db/data-layer.ts';
import { FilterSchema, filtersKey } from '../../graph/filters.ts';
import { getGraph } from '../../services/graph.service.ts';
import type { ApiRouter } from '../api-router.ts';
import { etagFor, notModified } from '../caching.ts';

export function graphRoutes(api: ApiRouter, data: DataLayer): void {
  api.route(
    {
      method: 'get',
      path: '/api/graph',
      tag: 'graph',
      summary: "The municipalities and partnerships under the filters, in graphology's serialisation format",
      description: 'Load it with `Graph.from`. Graph attributes carry the filters and `leftOut`: what was left out and why.',
      query: FilterSchema,
      responses: { 200: 'The graph', 304: 'Not modified', 400: 'Invalid filters', 503: 'Neo4j unavailable' },
    },
    async ({ query, req, res }) => {
      const { version, graph } = await getGraph(data, query);
      if (notModified(req, res, etagFor(version, 'graph', filtersKey(query)))) return;
      res.json(graph);
    },
  );
}
