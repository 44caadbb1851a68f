import type { ApiRouter } from '../api-router.ts';
import { apiPage, openApiDocument } from '../openapi.ts';

/** Registered last, so that the document lists every route declared before it (and itself). */
export function docsRoutes(api: ApiRouter, version: string): void {
  const document = () => openApiDocument(api.specs, version);
  api.route(
    {
      method: 'get',
      path: '/api/openapi.json',
      tag: 'service',
      summary: 'This API as an OpenAPI 3.1 document',
      responses: { 200: 'The document' },
    },
    async ({ res }) => {
      res.json(document());
    },
  );
  api.route(
    {
      method: 'get',
      path: '/api/docs',
      tag: 'service',
      summary: 'This API as a readable page',
      produces: ['text/html'],
      responses: { 200: 'The page' },
    },
    async ({ res }) => {
      res.type('html').send(apiPage(document()));
    },
  );
}
