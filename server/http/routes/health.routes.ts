import { HealthSchema } from '../../../contract/api/health.ts';
import { checkHealth, type HealthDeps } from '../../services/health.service.ts';
import type { ApiRouter } from '../api-router.ts';

export function healthRoutes(api: ApiRouter, deps: HealthDeps): void {
  api.route(
    {
      method: 'get',
      path: '/api/health',
      tag: 'service',
      summary: 'The server, Neo4j connectivity and the dataset version',
      answer: HealthSchema,
      answerOn: [503],
      responses: { 200: 'All is up', 400: 'Unknown parameters', 503: 'Neo4j is down, starting or restarting; `neo4j.reason` says why' },
    },
    async ({ res }) => {
      const report = await checkHealth(deps);
      res.setHeader('Cache-Control', 'no-store');
      if (report.status !== 'ok') res.setHeader('Retry-After', '5');
      res.status(report.status === 'ok' ? 200 : 503).json(report);
    },
  );
}
