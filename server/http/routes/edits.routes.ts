/**
 * Writes: each checks the token first (http/auth.ts), then reads a JSON body of at most 1 MB
 * (413 beyond), then validates it.
 */
import express, { Router } from 'express';
import { z } from 'zod';
import type { DataLayer } from '../../db/data-layer.ts';
import { MunicipalityCreate, MunicipalityPatch, PartnershipCreate, PartnershipPatch } from '../../services/edits.schemas.ts';
import * as edits from '../../services/edits.service.ts';
import { requireWriteToken } from '../auth.ts';
import { parseBody, parseQuery } from '../validate.ts';

const noQuery = z.strictObject({});

export function editRoutes(data: DataLayer, apiToken: string | undefined): Router {
  const router = Router();
  const auth = requireWriteToken(apiToken);
  const json = express.json({ limit: '1mb', strict: true, type: () => true });

  router.post('/api/municipalities', auth, json, async (req, res) => {
    parseQuery(noQuery, req.query);
    const result = await edits.createMunicipality(data, parseBody(MunicipalityCreate, req.body));
    res.status(201).location(`/api/municipalities/${encodeURIComponent(result.municipality.id as string)}`).json(result);
  });
  router.patch('/api/municipalities/:id', auth, json, async (req, res) => {
    parseQuery(noQuery, req.query);
    res.json(await edits.updateMunicipality(data, req.params.id as string, parseBody(MunicipalityPatch, req.body)));
  });
  router.delete('/api/municipalities/:id', auth, async (req, res) => {
    parseQuery(noQuery, req.query);
    res.json(await edits.deleteMunicipality(data, req.params.id as string));
  });

  router.post('/api/partnerships', auth, json, async (req, res) => {
    parseQuery(noQuery, req.query);
    const result = await edits.createPartnership(data, parseBody(PartnershipCreate, req.body));
    res.status(201).json(result);
  });
  router.patch('/api/partnerships/:a/:b', auth, json, async (req, res) => {
    parseQuery(noQuery, req.query);
    const ends = { a: req.params.a as string, b: req.params.b as string };
    res.json(await edits.updatePartnership(data, ends, parseBody(PartnershipPatch, req.body)));
  });
  router.delete('/api/partnerships/:a/:b', auth, async (req, res) => {
    parseQuery(noQuery, req.query);
    res.json(await edits.deletePartnership(data, { a: req.params.a as string, b: req.params.b as string }));
  });
  return router;
}
