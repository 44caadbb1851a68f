/**
 * Shared answers of the analysis endpoints: 202 with the running job, or the result with its
 * ETag (304 when current), as JSON or, for tables, as CSV (`format=csv`).
 */
import type { Request, Response } from 'express';
import { stringify } from 'csv-stringify/sync';
import type { JobBody } from '../../contract/api/common.ts';
import type { Answer, Built } from '../services/answers/answer.ts';
import type { Job } from '../services/jobs.ts';
import { etagFor, notModified } from './caching.ts';

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
export function send(req: Request, res: Response, answer: Answer): void {
  if (answer.state === 'running') accepted(res, answer.job);
  else sendResult(req, res, answer.version, answer.build);
}

interface Cached {
  json: string;
  csv: string | null;
}
/** The answers of one app (app.locals: two services in one process, as in the tests, never share them). */
interface AnswerCache {
  entries: Map<string, Cached>;
  newestVersion: number;
}
const MAX_CACHED = 500;
const cacheOf = (req: Request): AnswerCache =>
  ((req.app.locals as { answers?: AnswerCache }).answers ??= { entries: new Map(), newestVersion: -1 });

/**
 * Answers with the result that `build` makes, which depends only on the dataset version and the
 * URL: it is built once, serialised once, and served from memory (or as 304) afterwards.
 */
export function sendResult(req: Request, res: Response, version: number, build: () => Built): void {
  const format = (req.query as Record<string, unknown>).format === 'csv' ? 'csv' : 'json';
  const key = `${version}|${req.originalUrl}`;
  const answers = cacheOf(req);
  const cache = answers.entries;
  if (version > answers.newestVersion) {
    answers.newestVersion = version;
    for (const k of cache.keys()) if (!k.startsWith(`${version}|`)) cache.delete(k);
  }
  if (notModified(req, res, etagFor(version, req.originalUrl))) return;
  let entry = cache.get(key);
  if (!entry) {
    const built = build();
    entry = {
      json: JSON.stringify(built.body),
      csv: built.csv
        ? stringify(built.csv.rows, { header: true, columns: [...built.csv.columns], cast: { boolean: (b) => (b ? 'true' : 'false') } })
        : null,
    };
    if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value!);
    cache.set(key, entry);
  }
  if (format === 'csv' && entry.csv !== null) res.type('text/csv; charset=utf-8').send(entry.csv);
  else res.type('application/json; charset=utf-8').send(entry.json);
}
