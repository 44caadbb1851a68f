/** Writes: each checks the token first, then reads a JSON body of at most 1 MB (413 beyond), then validates it. */
import type { DataLayer } from '../../db/data-layer.ts';
import { MunicipalityCreate, MunicipalityPatch, PartnershipCreate, PartnershipPatch } from '../../services/edits.schemas.ts';
import * as edits from '../../services/edits.service.ts';
import type { ApiRouter } from '../api-router.ts';

const WRITE = {
  400: 'Invalid body, each bad field named',
  401: 'No token',
  403: 'Wrong token, or the server is read-only',
  413: 'Body over 1 MB',
  503: 'Neo4j unavailable',
};

export function editRoutes(api: ApiRouter, data: DataLayer): void {
  api.route(
    {
      method: 'post',
      path: '/api/municipalities',
      tag: 'edits',
      summary: 'Create a municipality',
      auth: true,
      body: MunicipalityCreate,
      responses: { 201: 'Created', 409: 'The id exists', ...WRITE },
    },
    async ({ body, res }) => {
      const result = await edits.createMunicipality(data, body);
      res
        .status(201)
        .location(`/api/municipalities/${encodeURIComponent(String(result.municipality.id))}`)
        .json(result);
    },
  );
  api.route(
    {
      method: 'patch',
      path: '/api/municipalities/:id',
      tag: 'edits',
      summary: 'Change a municipality (null removes a field)',
      auth: true,
      body: MunicipalityPatch,
      responses: { 200: 'Changed', 404: 'No such municipality', ...WRITE },
    },
    async ({ params, body, res }) => {
      res.json(await edits.updateMunicipality(data, params.id ?? '', body));
    },
  );
  api.route(
    {
      method: 'delete',
      path: '/api/municipalities/:id',
      tag: 'edits',
      summary: 'Delete a municipality and its partnerships',
      auth: true,
      responses: { 200: 'Deleted', 404: 'No such municipality', ...WRITE },
    },
    async ({ params, res }) => {
      res.json(await edits.deleteMunicipality(data, params.id ?? ''));
    },
  );
  api.route(
    {
      method: 'post',
      path: '/api/partnerships',
      tag: 'edits',
      summary: 'Create a partnership',
      auth: true,
      body: PartnershipCreate,
      responses: { 201: 'Created', 404: 'An end does not exist', 409: 'The pair has a partnership', ...WRITE },
    },
    async ({ body, res }) => {
      res.status(201).json(await edits.createPartnership(data, body));
    },
  );
  api.route(
    {
      method: 'patch',
      path: '/api/partnerships/:a/:b',
      tag: 'edits',
      summary: 'Change a partnership (either order of ends)',
      auth: true,
      body: PartnershipPatch,
      responses: { 200: 'Changed', 404: 'No such partnership', ...WRITE },
    },
    async ({ params, body, res }) => {
      res.json(await edits.updatePartnership(data, { a: params.a ?? '', b: params.b ?? '' }, body));
    },
  );
  api.route(
    {
      method: 'delete',
      path: '/api/partnerships/:a/:b',
      tag: 'edits',
      summary: 'Delete a partnership',
      auth: true,
      responses: { 200: 'Deleted', 404: 'No such partnership', ...WRITE },
    },
    async ({ params, res }) => {
      res.json(await edits.deletePartnership(data, { a: params.a ?? '', b: params.b ?? '' }));
    },
  );
}
