/**
 * Shared answers of the analysis endpoints and of /api/graph: 202 with the running job, or the
 * result with its ETag (304 when current), as JSON (gzipped once per answer) or, for tables, as
 * CSV (`format=csv`).
 */
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { Request, Response } from 'express';
import { stringify } from 'csv-stringify/sync';
import type { JobBody } from '../../contract/api/common.ts';
import type { Answer, Built } from '../services/answers/answer.ts';
import type { Job } from '../services/jobs.ts';
import { etagFor, notModified } from './caching.ts';

const gzipAsync = promisify(gzip);

export function jobBody(job: Job): JobBody {
  return {
    id: job.id,
    state: job.state,
    progress: job.progress,
    startedAt: job.startedAt,
    finishedAt: job.finishedAt,
    ...(job.error ? { error: job.error.message } : {}),
  };
}

/** 202 Accepted: the computation goes on; poll the job, then ask again for the result. */
export function accepted(res: Response, job: Job): void {
  res.status(202).location(`/api/jobs/${job.id}`).setHeader('Retry-After', '2');
  res.json({ job: jobBody(job), detail: 'The analysis is running; poll the job, then repeat this request for the result.' });
}

/** Sends an answer of a service: 202 with its job while it runs, else the result (see sendResult). */
export async function send(req: Request, res: Response, answer: Answer): Promise<void> {
  if (answer.state === 'running') accepted(res, answer.job);
  else await sendResult(req, res, answer.version, answer.build);
}

/** An answer serialised once, and gzipped once when first asked for gzip. */
interface Cached {
  json: string;
  csv: string | null;
  gzip?: Promise<Buffer>;
}
/** The answers of one app (app.locals: two services in one process, as in the tests, never share them). */
interface AnswerCache {
  entries: Map<string, Cached>;
  newestVersion: number;
  /** The characters of JSON held, all entries together. */
  size: number;
}
/** At most this many answers are held, and at most this much JSON (a graph answer is up to 12 MB): the oldest go first. */
const MAX_CACHED = 500;
const MAX_CACHED_CHARS = 200_000_000;
const cacheOf = (req: Request): AnswerCache =>
  ((req.app.locals as { answers?: AnswerCache }).answers ??= { entries: new Map(), newestVersion: -1, size: 0 });

/** The answer cached under `key` for this dataset version, made by `make` when missing; older versions' answers are dropped. */
async function cachedAnswer(req: Request, version: number, key: string, make: () => Cached | Promise<Cached>): Promise<Cached> {
  const answers = cacheOf(req);
  const cache = answers.entries;
  const drop = (k: string) => {
    answers.size -= cache.get(k)?.json.length ?? 0;
    cache.delete(k);
  };
  if (version > answers.newestVersion) {
    answers.newestVersion = version;
    for (const k of cache.keys()) if (!k.startsWith(`${version}|`)) drop(k);
  }
  const full = `${version}|${key}`;
  const found = cache.get(full);
  if (found) return found;
  const entry = await make();
  // another request may have made it meanwhile: one copy is kept
  if (cache.has(full)) return cache.get(full)!;
  cache.set(full, entry);
  answers.size += entry.json.length;
  while (cache.size > MAX_CACHED || (answers.size > MAX_CACHED_CHARS && cache.size > 1)) drop(cache.keys().next().value!);
  return entry;
}

/**
 * Sends a cached answer's JSON: gzipped (once per answer, off the event loop) to a client that
 * accepts it, when over the compression middleware's 1 kB; that middleware leaves an answer that
 * is already encoded alone.
 */
async function sendJson(req: Request, res: Response, entry: Cached): Promise<void> {
  res.type('application/json; charset=utf-8');
  res.vary('Accept-Encoding');
  if (entry.json.length < 1024 || req.acceptsEncodings('gzip') !== 'gzip') {
    res.send(entry.json);
    return;
  }
  entry.gzip ??= gzipAsync(entry.json);
  const body = await entry.gzip;
  res.setHeader('Content-Encoding', 'gzip');
  res.send(body);
}

/**
 * Answers with the result that `build` makes, which depends only on the dataset version and the
 * URL: it is built once, serialised once, and served from memory (or as 304) afterwards.
 */
export async function sendResult(req: Request, res: Response, version: number, build: () => Built): Promise<void> {
  const format = (req.query as Record<string, unknown>).format === 'csv' ? 'csv' : 'json';
  if (notModified(req, res, etagFor(version, req.originalUrl))) return;
  const entry = await cachedAnswer(req, version, req.originalUrl, () => {
    const built = build();
    return {
      json: JSON.stringify(built.body),
      csv: built.csv
        ? stringify(built.csv.rows, { header: true, columns: [...built.csv.columns], cast: { boolean: (b) => (b ? 'true' : 'false') } })
        : null,
    };
  });
  if (format === 'csv' && entry.csv !== null) res.type('text/csv; charset=utf-8').send(entry.csv);
  else await sendJson(req, res, entry);
}

/**
 * Answers with `body()`, which depends only on the dataset version and `key`, under the ETag
 * `etag`: made, serialised and gzipped once per version, then served from memory (or as 304).
 */
export async function sendCachedJson(
  req: Request,
  res: Response,
  { version, key, etag }: { version: number; key: string; etag: string },
  body: () => Promise<unknown>,
): Promise<void> {
  if (notModified(req, res, etag)) return;
  const entry = await cachedAnswer(req, version, key, async () => ({ json: JSON.stringify(await body()), csv: null }));
  await sendJson(req, res, entry);
}
