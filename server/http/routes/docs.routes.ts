/**
 * The API's own description: the OpenAPI document, and /api/docs, an interactive reference
 * (Swagger UI) served from the npm package swagger-ui-dist, so it works without a network. The
 * page runs no inline script (the CSP of app.ts forbids it): its start is /api/docs/init.js.
 */
import { createRequire } from 'node:module';
import { z } from 'zod';
import type { ApiRouter } from '../api-router.ts';
import { openApiDocument } from '../openapi.ts';

const require = createRequire(import.meta.url);
/** The folder of Swagger UI's files (the package's getAbsoluteFSPath, without loading its bundle into Node). */
const swaggerUiDir = (require('swagger-ui-dist/absolute-path.js') as () => string)();
/** The package's files the page loads; nothing else of the package is served. */
const ASSETS = new Set(['swagger-ui.css', 'swagger-ui-bundle.js']);

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Jumelage API</title>
<link rel="icon" href="/favicon.svg">
<link rel="stylesheet" href="/api/docs/swagger-ui.css">
</head>
<body>
<div id="swagger-ui"></div>
<script src="/api/docs/swagger-ui-bundle.js"></script>
<script src="/api/docs/init.js"></script>
</body>
</html>
`;

// validatorUrl null: no badge fetched from validator.swagger.io
const INIT = `window.ui = SwaggerUIBundle({
  url: '/api/openapi.json',
  dom_id: '#swagger-ui',
  deepLinking: true,
  validatorUrl: null,
  presets: [SwaggerUIBundle.presets.apis],
  layout: 'BaseLayout',
});
`;

/** Registered last, so that the document lists every route declared before it (and itself). */
export function docsRoutes(api: ApiRouter, version: string): void {
  const document = () => openApiDocument(api.specs, version);
  api.route(
    {
      method: 'get',
      path: '/api/openapi.json',
      tag: 'service',
      summary: 'This API as an OpenAPI 3.1 document',
      answer: z.record(z.string(), z.unknown()).describe('An OpenAPI 3.1 document'),
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
      summary: 'This API as an interactive reference (Swagger UI, served by this server: it works offline)',
      answer: z.string().describe('The HTML page'),
      file: true,
      produces: ['text/html'],
      responses: { 200: 'The page' },
    },
    async ({ res }) => {
      res.setHeader('Cache-Control', 'no-cache');
      res.type('html').send(PAGE);
    },
  );
  api.router.get('/api/docs/:asset', (req, res, next) => {
    const asset = req.params.asset ?? '';
    if (asset === 'init.js') {
      res.setHeader('Cache-Control', 'no-cache');
      res.type('js').send(INIT);
    } else if (ASSETS.has(asset)) res.sendFile(asset, { root: swaggerUiDir, maxAge: '1h' });
    else next();
  });
}
