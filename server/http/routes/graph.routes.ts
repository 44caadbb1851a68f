import { Router } from 'express';
import { z } from 'zod';
import type { DataLayer } from '../../db/data-layer.ts';
import { getGraph } from '../../services/graph.service.ts';
import { parseQuery } from '../validate.ts';

export function graphRoutes(data: DataLayer): Router {
  const router = Router();
  router.get('/api/graph', async (req, res) => {
    parseQuery(z.strictObject({}), req.query);
    const { version, graph } = await getGraph(data);
    const etag = `"graph-v${version}"`;
    res.setHeader('ETag', etag);
    res.setHeader('Cache-Control', 'no-cache');
    if (req.headers['if-none-match'] === etag) {
      res.status(304).end();
      return;
    }
    res.json(graph);
  });
  return router;
}
