/** GET /api/layout/force: the force layout of the graph, computed once per dataset version. */
import { ForceLayoutSchema, LAYOUT_DECIMALS } from '../../../contract/api/layout.ts';
import { MAX_ROUNDS, SETTLED_ROUNDS, SETTLED_STEP } from '../../../contract/force-layout.ts';
import { forceLayout } from '../../services/answers/layout.answers.ts';
import type { LayoutService } from '../../services/layout.service.ts';
import type { ApiRouter } from '../api-router.ts';
import { send } from '../respond.ts';

export function layoutRoutes(api: ApiRouter, layouts: LayoutService): void {
  api.route(
    {
      method: 'get',
      path: '/api/layout/force',
      tag: 'graph',
      summary: 'ForceAtlas2 positions of every place of GET /api/graph, computed once per dataset version',
      description:
        'ForceAtlas2 (Jacomy et al. 2014) from the places’ map positions (Web Mercator), with the settings graphology infers for the graph’s size ' +
        `(Barnes-Hut above 1,000 places), stopped once the mean step of a place stays below ${SETTLED_STEP * 100} % of the drawing’s diagonal ` +
        `for ${SETTLED_ROUNDS} rounds, or after ${MAX_ROUNDS} rounds; coordinates rounded to ${LAYOUT_DECIMALS} decimals. ` +
        'It starts in the background when a dataset version’s graph is first asked for; while it runs the answer is 202 with its job. ' +
        '`version` is the graph’s `datasetVersion` the positions belong to.',
      answer: ForceLayoutSchema,
      job: true,
      responses: { 200: 'The positions', 202: 'Computing: poll the job, then ask again', 304: 'Not modified', 503: 'Neo4j unavailable' },
    },
    async ({ req, res }) => send(req, res, await forceLayout(layouts)),
  );
}
