/** Writes: each checks the token first, then reads a JSON body of at most 1 MB (413 beyond), then validates it. */
import {
  DeletedSchema,
  MunicipalityCreate,
  MunicipalityPatch,
  MunicipalityWrittenSchema,
  PartnershipCreate,
  PartnershipPatch,
  PartnershipWrittenSchema,
} from '../../../contract/api/edits.ts';
import type { DataLayer } from '../../db/data-layer.ts';
import * as edits from '../../services/edits.service.ts';
import type { ApiRouter } from '../api-router.ts';

const ALIAS = 'An id made by an older slug rule (`de-st-ingbert`) names the place it names today (`de-sankt-ingbert`).';

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
      description:
        'Without an `id`: `de-<AGS>` for a German place with an AGS, else `<country>-<slug of the name>` ("St. Ingbert" → `de-sankt-ingbert`), as imports make it.',
      auth: true,
      body: MunicipalityCreate,
      answer: MunicipalityWrittenSchema,
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
      description: ALIAS,
      auth: true,
      body: MunicipalityPatch,
      answer: MunicipalityWrittenSchema,
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
      description: ALIAS,
      auth: true,
      answer: DeletedSchema,
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
      answer: PartnershipWrittenSchema,
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
      answer: PartnershipWrittenSchema,
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
      answer: DeletedSchema,
      responses: { 200: 'Deleted', 404: 'No such partnership', ...WRITE },
    },
    async ({ params, res }) => {
      res.json(await edits.deletePartnership(data, { a: params.a ?? '', b: params.b ?? '' }));
    },
  );
}
