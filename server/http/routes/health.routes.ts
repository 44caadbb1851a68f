import { Router } from 'express';
import { z } from 'zod';
import { checkHealth, type HealthDeps } from '../../services/health.service.ts';
import { parseQuery } from '../validate.ts';

export function healthRoutes(deps: HealthDeps): Router {
  const router = Router();
  router.get('/api/health', async (req, res) => {
    parseQuery(z.strictObject({}), req.query);
    const report = await checkHealth(deps);
    res.setHeader('Cache-Control', 'no-store');
    if (report.status !== 'ok') res.setHeader('Retry-After', '5');
    res.status(report.status === 'ok' ? 200 : 503).json(report);
  });
  return router;
}
