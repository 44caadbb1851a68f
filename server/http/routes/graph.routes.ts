import { Router } from 'express';
import type { DataLayer } from '../../db/data-layer.ts';
import { FilterSchema, filtersKey } from '../../graph/filters.ts';
import { getGraph } from '../../services/graph.service.ts';
import { etagFor, notModified } from '../caching.ts';
import { parseQuery } from '../validate.ts';

export function graphRoutes(data: DataLayer): Router {
  const router = Router();
  router.get('/api/graph', async (req, res) => {
    const filters = parseQuery(FilterSchema, req.query);
    const { version, graph } = await getGraph(data, filters);
    if (notModified(req, res, etagFor(version, 'graph', filtersKey(filters)))) return;
    res.json(graph);
  });
  return router;
}
