import { GraphSchema } from '../../../contract/api/graph.ts';
import { FilterQuery, filtersOf } from '../../../contract/api/query.ts';
import type { Logger } from 'pino';
import type { DataLayer } from '../../db/data-layer.ts';
import { currentGraph, graphAnswer } from '../../services/graph.service.ts';
import type { LayoutService } from '../../services/layout.service.ts';
import type { ApiRouter } from '../api-router.ts';
import { sendResultOf } from '../respond.ts';

export function graphRoutes(api: ApiRouter, data: DataLayer, layouts: LayoutService, logger: Logger): void {
  api.route(
    {
      method: 'get',
      path: '/api/graph',
      tag: 'graph',
      summary: "The municipalities and partnerships under the filters, in graphology's serialisation format",
      description:
        'Load it with `Graph.from`. Graph attributes carry the filters and `leftOut`: what was left out and why. ' +
        'Asking for it starts the computation of this dataset version’s force layout (GET /api/layout/force) in the background.',
      query: FilterQuery,
      answer: GraphSchema,
      responses: { 200: 'The graph', 304: 'Not modified', 400: 'Invalid filters', 503: 'Neo4j unavailable' },
    },
    async ({ query, req, res }) => {
      const filters = filtersOf(query);
      const loaded = await currentGraph(data);
      // the force view asks for this version's layout next: have it computed meanwhile
      layouts.prepare().catch((err: unknown) => logger.warn({ err }, 'the force layout could not be started'));
      // the default dataset's graph is 11.8 MB of JSON: made, serialised and compressed once per version and URL
      await sendResultOf(req, res, loaded.version, () => graphAnswer(data, loaded, filters));
    },
  );
}
