import { Router } from 'express';
import { z } from 'zod';
import type { DataLayer } from '../../db/data-layer.ts';
import { getMunicipality, searchMunicipalities } from '../../services/municipalities.service.ts';
import { etagFor, notModified } from '../caching.ts';
import { parseQuery } from '../validate.ts';

export const MunicipalitySearchQuery = z.strictObject({
  q: z.string().max(200).optional().describe('Name or alias; case and diacritics do not matter'),
  country: z
    .string()
    .regex(/^[A-Za-z]{2}$/, 'an ISO 3166-1 alpha-2 code')
    .transform((c) => c.toUpperCase())
    .optional(),
  limit: z.coerce.number().int().min(1).max(500).default(20),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export function municipalityRoutes(data: DataLayer): Router {
  const router = Router();
  router.get('/api/municipalities', async (req, res) => {
    const query = parseQuery(MunicipalitySearchQuery, req.query);
    const result = await searchMunicipalities(data, query);
    if (notModified(req, res, etagFor(result.version, 'search', JSON.stringify(query)))) return;
    res.json(result);
  });
  router.get('/api/municipalities/:id', async (req, res) => {
    parseQuery(z.strictObject({}), req.query);
    const result = await getMunicipality(data, req.params.id);
    if (notModified(req, res, etagFor(result.version, 'municipality', req.params.id))) return;
    res.json(result);
  });
  return router;
}
