/**
 * Long computations as jobs. A computation is keyed by what determines its result (dataset
 * version + options); asking twice shares one run, and a finished result is cached (LRU). A
 * caller waits up to `waitMs` (about 2 s): a result by then is answered directly; otherwise the
 * caller gets the running job, whose progress can be polled at /api/jobs/:id. When the dataset
 * version moves on, jobs of older versions are cancelled through their AbortSignal.
 */
import { randomUUID } from 'node:crypto';
import { AppError } from '../errors.ts';

export interface Progress {
  /** 0..1 */
  fraction: number;
  stage: string;
}

export type JobState = 'running' | 'done' | 'failed' | 'cancelled';

export interface Job<T = unknown> {
  id: string;
  key: string;
  version: number;
  state: JobState;
  progress: Progress;
  startedAt: string;
  finishedAt: string | null;
  result: T | undefined;
  error: AppError | undefined;
  promise: Promise<T>;
  controller: AbortController;
}

/** Stands in for the promise of a finished job whose result was let go. */
const SETTLED: Promise<undefined> = Promise.resolve(undefined);

export type Computation<T> = (report: (p: Progress) => void, signal: AbortSignal) => Promise<T>;

export class JobManager {
  private readonly byKey = new Map<string, Job>();
  private readonly byId = new Map<string, Job>();

  constructor(private readonly options: { maxCached?: number; waitMs?: number } = {}) {}

  get waitMs(): number {
    return this.options.waitMs ?? 2000;
  }

  /** The job for `key`, started if needed. */
  start<T>(key: string, version: number, compute: Computation<T>): Job<T> {
    const existing = this.byKey.get(key) as Job<T> | undefined;
    if (existing && existing.state !== 'failed' && existing.state !== 'cancelled') {
      // refresh LRU position
      this.byKey.delete(key);
      this.byKey.set(key, existing);
      return existing;
    }
    this.cancelOlderThan(version);
    const controller = new AbortController();
    const job: Job<T> = {
      id: randomUUID(),
      key,
      version,
      state: 'running',
      progress: { fraction: 0, stage: 'queued' },
      startedAt: new Date().toISOString(),
      finishedAt: null,
      result: undefined,
      error: undefined,
      controller,
      promise: undefined as unknown as Promise<T>,
    };
    job.promise = compute((p) => {
      job.progress = { fraction: Math.max(job.progress.fraction, Math.min(1, p.fraction)), stage: p.stage };
    }, controller.signal).then(
      (result) => {
        job.state = 'done';
        job.result = result;
        job.progress = { fraction: 1, stage: 'done' };
        job.finishedAt = new Date().toISOString();
        return result;
      },
      (err: unknown) => {
        job.state = controller.signal.aborted ? 'cancelled' : 'failed';
        job.error = err instanceof AppError ? err : new AppError('internal', 'The computation failed.', { cause: err });
        job.finishedAt = new Date().toISOString();
        this.byKey.delete(key);
        throw job.error;
      },
    );
    job.promise.catch(() => {}); // observed through the job
    this.byKey.set(key, job as Job);
    this.byId.set(job.id, job as Job);
    this.evict();
    return job;
  }

  /** Waits up to waitMs; resolves to the result, or null when the job is still running. */
  async settle<T>(job: Job<T>, waitMs = this.waitMs): Promise<T | null> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<null>((resolve) => {
      timer = setTimeout(() => resolve(null), waitMs);
    });
    try {
      return await Promise.race([job.promise, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  get(id: string): Job {
    const job = this.byId.get(id);
    if (!job) throw new AppError('not-found', `No job with id ${JSON.stringify(id)}.`);
    return job;
  }

  cancelOlderThan(version: number): void {
    for (const job of this.byKey.values()) {
      if (job.version < version && job.state === 'running') {
        job.controller.abort(new AppError('unavailable', 'The dataset changed; the computation was cancelled.', { retryAfterSeconds: 1 }));
      }
    }
    for (const [key, job] of this.byKey) if (job.version < version && job.state !== 'running') this.byKey.delete(key);
    // finished jobs of older versions stay pollable, without their (large) results: the settled
    // promise holds the result too, so it goes as well (a soak kept 256 old graphs and suites)
    for (const job of this.byId.values()) {
      if (job.version < version && job.state !== 'running') {
        job.result = undefined;
        job.promise = SETTLED;
      }
    }
  }

  private evict(): void {
    const max = this.options.maxCached ?? 64;
    for (const [key, job] of this.byKey) {
      if (this.byKey.size <= max) break;
      if (job.state !== 'running') this.byKey.delete(key);
    }
    // forget finished jobs' ids after a while, keep running ones
    if (this.byId.size > max * 4) {
      for (const [id, job] of this.byId) {
        if (this.byId.size <= max * 2) break;
        if (job.state !== 'running') this.byId.delete(id);
      }
    }
  }

  close(): void {
    for (const job of this.byKey.values()) job.controller.abort(new AppError('unavailable', 'The server is stopping.'));
  }
}
