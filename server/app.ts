/**
 * The Express application: where every request enters. Routes parse and call services; errors
 * of any kind leave through the problem+json handler. The built client is served from
 * `clientDir` (dist/client), with index.html for the page routes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import compression from 'compression';
import cors from 'cors';
import express, { type Express } from 'express';
import helmet from 'helmet';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import type { DataLayer } from './db/data-layer.ts';
import { AppError } from './errors.ts';
import { analysisRoutes } from './http/routes/analysis.routes.ts';
import { regionRoutes } from './http/routes/regions.routes.ts';
import { graphRoutes } from './http/routes/graph.routes.ts';
import { layoutRoutes } from './http/routes/layout.routes.ts';
import { ApiRouter } from './http/api-router.ts';
import { docsRoutes } from './http/routes/docs.routes.ts';
import { analysisWriteRoutes } from './http/routes/analysis-write.routes.ts';
import { editRoutes } from './http/routes/edits.routes.ts';
import { exportRoutes } from './http/routes/export.routes.ts';
import { healthRoutes } from './http/routes/health.routes.ts';
import { importRoutes } from './http/routes/imports.routes.ts';
import type { ImportGazetteer } from './import/pipeline.ts';
import { municipalityRoutes } from './http/routes/municipalities.routes.ts';
import { notFound, problemHandler } from './http/problem.ts';
import { pathRoutes } from './http/routes/paths.routes.ts';
import { evolutionRoutes } from './http/routes/evolution.routes.ts';
import type { AnalysisService } from './services/analysis.service.ts';
import type { HealthDeps } from './services/health.service.ts';
import type { JobManager } from './services/jobs.ts';
import type { LayoutService } from './services/layout.service.ts';

export interface AppDeps {
  analysis: AnalysisService;
  jobs: JobManager;
  /** The force layout per dataset version (GET /api/layout/force, started by GET /api/graph). */
  layouts: LayoutService;
  data: DataLayer;
  logger: Logger;
  clientDir: string;
  /** Bearer token for writes; without it the API is read-only. */
  apiToken: string | undefined;
  /** Origins allowed to call the API from a browser (besides the page itself). */
  corsOrigins?: string[];
  rateLimitPerMinute?: number;
  /** The municipality directory that classifies German places in API imports (GAZETTEER_FILE), if any. */
  gazetteer?: ImportGazetteer | null;
  health: Omit<HealthDeps, 'data'>;
}

export function createApp(deps: AppDeps): Express {
  const app = express();
  // answers differ by engine: their ETags and their cache say which (http/caching.ts, respond.ts)
  app.locals.engine = deps.analysis.engine;
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  app.use(
    pinoHttp({
      logger: deps.logger,
      genReqId: (req, res) => {
        const id = typeof req.headers['x-request-id'] === 'string' ? req.headers['x-request-id'].slice(0, 100) : randomUUID();
        res.setHeader('X-Request-Id', id);
        return id;
      },
      customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
      // the write token never reaches a log: its header is logged as present, not as its value
      serializers: {
        req: (req: { headers?: Record<string, unknown> }) => {
          if (req.headers?.authorization !== undefined) req.headers = { ...req.headers, authorization: '[redacted]' };
          return req;
        },
      },
    }),
  );
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: { 'img-src': ["'self'", 'data:', 'blob:'], 'worker-src': ["'self'", 'blob:'] },
      },
    }),
  );
  app.use(
    '/api',
    cors({ origin: deps.corsOrigins ?? [], exposedHeaders: ['ETag', 'Retry-After', 'X-Request-Id', 'X-Uncompressed-Length'] }),
  );
  app.use(rejectMalformedUrls);
  // gzip for answers over 1 kB the client accepts it for; zlib runs off the event loop. The cached
  // answers (/api/graph, the analyses: http/answer-cache.ts) come compressed once and are left alone here
  app.use(compression({ threshold: 1024 }));
  // No global body parser: write routes read their body after requireWriteToken (http/auth.ts).
  const api = new ApiRouter(deps.apiToken, deps.rateLimitPerMinute);
  healthRoutes(api, { ...deps.health, data: deps.data });
  graphRoutes(api, deps.data, deps.layouts, deps.logger);
  layoutRoutes(api, deps.layouts);
  municipalityRoutes(api, deps.data, deps.analysis);
  editRoutes(api, deps.data);
  importRoutes(api, deps.data, deps.gazetteer ?? null);
  analysisRoutes(api, deps.analysis, deps.jobs);
  regionRoutes(api, deps.analysis);
  pathRoutes(api, deps.analysis);
  evolutionRoutes(api, deps.analysis);
  exportRoutes(api, { data: deps.data, analysis: deps.analysis, jobs: deps.jobs, version: deps.health.version });
  analysisWriteRoutes(api, { data: deps.data, analysis: deps.analysis, version: deps.health.version });
  docsRoutes(api, deps.health.version);
  app.use(api.router);
  app.use('/api', notFound);
  if (fs.existsSync(path.join(deps.clientDir, 'index.html'))) {
    app.use(express.static(deps.clientDir, { index: 'index.html', maxAge: '1h', setHeaders: cacheHeaders }));
  } else {
    deps.logger.warn(`No built client in ${deps.clientDir}; run \`npm run build\``);
  }
  app.use(notFound);
  app.use(problemHandler(deps.logger));
  return app;
}

/** A path with broken percent-encoding is a 400, whichever route it would have reached. */
const rejectMalformedUrls: express.RequestHandler = (req, _res, next) => {
  try {
    decodeURIComponent(req.path);
    next();
  } catch {
    next(new AppError('bad-request', 'The URL is not validly percent-encoded.'));
  }
};

/**
 * The page is asked again each time (no-cache: it names the current assets); Vite's assets carry
 * a hash of their content in their name (`assets/index-3f2a….js`), so they never change under
 * that name and are cached for a year, immutable; the rest (the icon) for the hour of maxAge.
 */
function cacheHeaders(res: express.Response, file: string): void {
  if (file.endsWith('.html')) res.setHeader('Cache-Control', 'no-cache');
  else if (/[\\/]assets[\\/][^\\/]+-[\w-]{8,}\.\w+$/.test(file)) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
}
