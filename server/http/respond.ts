/**
 * Shared answers of the analysis endpoints: 202 with the running job, or the result with its
 * ETag (304 when current), as JSON or, for tables, as CSV (`format=csv`).
 */
import type { Request, Response } from 'express';
import { stringify } from 'csv-stringify/sync';
import type { Job } from '../services/jobs.ts';
import { etagFor, notModified } from './caching.ts';

export function jobBody(job: Job) {
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

export function sendResult(req: Request, res: Response, version: number, body: unknown, csv?: { rows: Record<string, unknown>[]; columns: string[] }): void {
  const format = (req.query as Record<string, unknown>).format === 'csv' ? 'csv' : 'json';
  if (notModified(req, res, etagFor(version, req.path, format, new URLSearchParams(req.query as Record<string, string>).toString()))) return;
  if (format === 'csv' && csv) {
    res.type('text/csv; charset=utf-8').send(stringify(csv.rows, { header: true, columns: csv.columns, cast: { boolean: (b) => (b ? 'true' : 'false') } }));
    return;
  }
  res.json(body);
}
