/**
 * Shared answers of the analysis endpoints and of /api/graph: 202 with the running job, or the
 * result with its ETag (304 when current), as JSON (compressed once per answer: answer-cache.ts)
 * or, for tables, as CSV (`format=csv`).
 */
import type { Request, Response } from 'express';
import { stringify } from 'csv-stringify/sync';
import type { JobBody } from '../../contract/api/common.ts';
import type { Answer, Built } from '../services/answers/answer.ts';
import type { Job } from '../services/jobs.ts';
import { cachedAnswer, sendCachedJson, type CachedAnswer } from './answer-cache.ts';
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
export async function send(req: Request, res: Response, answer: Answer): Promise<void> {
  if (answer.state === 'running') accepted(res, answer.job);
  else await sendResult(req, res, answer.version, answer.build);
}

/**
 * Answers with the cached answer `make` gives for this version and URL (answer-cache.ts), under
 * its ETag (304 when current); an answer that could not be made carries no validators.
 */
async function sendCached(
  req: Request,
  res: Response,
  version: number,
  make: () => Promise<{ json: string; csv?: string | null }>,
): Promise<CachedAnswer | null> {
  if (notModified(req, res, etagFor(version, req.originalUrl))) return null;
  try {
    return await cachedAnswer(req, version, make);
  } catch (err) {
    res.removeHeader('ETag');
    res.removeHeader('Cache-Control');
    throw err;
  }
}

/**
 * Answers with the result that `build` makes, which depends only on the dataset version and the
 * URL: it is built once, serialised once, and served from memory (or as 304) afterwards.
 */
export async function sendResult(req: Request, res: Response, version: number, build: () => Built): Promise<void> {
  const answer = await sendCached(req, res, version, async () => {
    const built = build();
    return {
      json: JSON.stringify(built.body),
      csv: built.csv
        ? stringify(built.csv.rows, { header: true, columns: [...built.csv.columns], cast: { boolean: (b) => (b ? 'true' : 'false') } })
        : null,
    };
  });
  if (!answer) return;
  const format = (req.query as Record<string, unknown>).format === 'csv' ? 'csv' : 'json';
  if (format === 'csv' && answer.csv !== null) res.type('text/csv; charset=utf-8').send(answer.csv);
  else await sendCachedJson(req, res, answer);
}

/** Answers with `body()`, which depends only on the dataset version and the URL, as sendResult does. */
export async function sendResultOf(req: Request, res: Response, version: number, body: () => Promise<unknown>): Promise<void> {
  const answer = await sendCached(req, res, version, async () => ({ json: JSON.stringify(await body()) }));
  if (answer) await sendCachedJson(req, res, answer);
}
