/**
 * Declares each endpoint once: its method, path, schemas and answers. The same declaration
 * registers the Express handler (token check, then body parsing, then zod validation of query
 * and body) and feeds the OpenAPI document (openapi.ts), so the documentation cannot drift from
 * what the code validates.
 */
import express, { Router, type Request, type RequestHandler, type Response } from 'express';
import { z } from 'zod';
import { rateLimit } from 'express-rate-limit';
import { AppError } from '../errors.ts';
import { requireWriteToken } from './auth.ts';
import { parseBody, parseQuery } from './validate.ts';

export type Method = 'get' | 'post' | 'patch' | 'delete';

export interface RouteSpec<Q extends z.ZodType = z.ZodType, B extends z.ZodType = z.ZodType> {
  method: Method;
  /** Express style, e.g. /api/municipalities/:id */
  path: string;
  tag: string;
  summary: string;
  description?: string;
  query?: Q;
  /** A JSON body validated by this schema. */
  body?: B;
  /** A body that is not JSON, which the handler reads itself (an imported file): its schema and media types, for the document. */
  rawBody?: { schema: z.ZodType; mediaTypes: readonly string[] };
  /** Writes: Bearer token checked before the body is read. */
  auth?: boolean;
  /** Counted against the per-client rate limit (analyses, exports, imports). */
  expensive?: boolean;
  /** The body of a successful answer (the contract's schema); a string schema for files. */
  answer: z.ZodType;
  /** Statuses beyond 2xx whose body is the answer too, not a problem (health's 503). */
  answerOn?: number[];
  /** Media types of a successful answer besides JSON (e.g. text/csv), or instead of it for files. */
  produces?: string[];
  /** A file, not JSON: the answer is only in the `produces` media types. */
  file?: boolean;
  /** Long work: may answer 202 with a job to poll. */
  job?: boolean;
  responses: Record<number, string>;
}

export interface Handled<Q extends z.ZodType, B extends z.ZodType> {
  query: z.infer<Q>;
  body: z.infer<B>;
  params: Record<string, string>;
  req: Request;
  res: Response;
}

const EMPTY = z.strictObject({});

export class ApiRouter {
  readonly router = Router();
  readonly specs: RouteSpec[] = [];
  private readonly auth: RequestHandler;
  private readonly json = express.json({ limit: '1mb', strict: true, type: () => true });

  private readonly limiter: RequestHandler | null;

  constructor(apiToken: string | undefined, rateLimitPerMinute = 0) {
    this.auth = requireWriteToken(apiToken);
    this.limiter =
      rateLimitPerMinute > 0
        ? rateLimit({
            windowMs: 60_000,
            limit: rateLimitPerMinute,
            standardHeaders: 'draft-7',
            legacyHeaders: false,
            handler: (_req, res, next) => {
              res.setHeader('Retry-After', String(Math.ceil(60)));
              next(
                new AppError(
                  'too-many-requests',
                  `More than ${rateLimitPerMinute} requests a minute to expensive endpoints; wait a minute.`,
                  { retryAfterSeconds: 60 },
                ),
              );
            },
          })
        : null;
  }

  route<Q extends z.ZodType = typeof EMPTY, B extends z.ZodType = z.ZodUndefined>(
    spec: RouteSpec<Q, B>,
    handler: (ctx: Handled<Q, B>) => Promise<void>,
  ): void {
    this.specs.push(spec as unknown as RouteSpec);
    const chain: RequestHandler[] = [];
    if (spec.expensive && this.limiter) chain.push(this.limiter);
    if (spec.auth) chain.push(this.auth);
    if (spec.body) chain.push(this.json);
    chain.push(async (req, res) => {
      const query = parseQuery(spec.query ?? EMPTY, req.query) as z.infer<Q>;
      const body = (spec.body ? parseBody(spec.body, req.body) : undefined) as z.infer<B>;
      await handler({ query, body, params: req.params as Record<string, string>, req, res });
    });
    this.router[spec.method](spec.path, ...chain);
  }
}
