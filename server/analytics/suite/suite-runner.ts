/**
 * Runs full suites in a long-lived worker thread (suite.worker.ts), off the caller's event loop;
 * the worker stays warm between runs so that small graphs answer fast. Runs are queued one at a
 * time (the worker's pool already uses every core). Only the attributes the suite reads travel.
 *
 * Aborting the current run (its signal) rejects it at once and asks the worker to give it up: the
 * run's id goes into a shared cell that the worker reads at each progress report and before
 * each part of a sweep. The worker then takes the next run; it is replaced (stopped, and a fresh
 * one started) only if it fails, or if a cancelled run has not ended within CANCEL_GRACE_MS (a
 * long sweep of a large graph). Keeping it avoids starting threads, loading modules and
 * fragmenting memory on every write while analyses run.
 */
import type { Worker } from 'node:worker_threads';
import type { AbstractGraph } from 'graphology-types';
import { AppError } from '../../errors.ts';
import { isReady, startTsWorker, stopTsWorker, workerEntry, type TsWorker } from '../workers/ts-worker.ts';
import type { EvolutionOptions, EvolutionResult } from '../evolution/evolution.ts';
import type { SignificanceOptions, SignificanceResult } from '../structure/significance.ts';
import type { CommunitiesOptions, SuiteCommunities } from './communities.ts';
import type { Suite, SuiteOptions } from './full-suite.ts';
import { suiteInput } from './suite-input.ts';

const ENTRY = workerEntry('./suite.worker', import.meta.url);
const CANCEL_GRACE_MS = 5000;

/** What a run computes: the full suite, the communities alone (a Leiden answer), the significance baseline, or the year-by-year series. */
type Task =
  | { task: 'suite'; options: SuiteOptions }
  | { task: 'communities'; options: CommunitiesOptions }
  | { task: 'significance'; options: SignificanceOptions }
  | { task: 'evolution'; options: EvolutionOptions };

type Run = Task & {
  id: number;
  graph: AbstractGraph;
  onProgress: (fraction: number, stage: string) => void;
  resolve: (value: unknown) => void;
  reject: (e: unknown) => void;
  signal: AbortSignal | undefined;
  /** Rejected already; the worker has been asked to give it up. */
  cancelled: boolean;
};

type Message = {
  id: number;
  type: 'progress' | 'result' | 'error';
  fraction?: number;
  stage?: string;
  result?: unknown;
  message?: string;
  kind?: string | null;
};

export class SuiteRunner {
  private thread: TsWorker | null = null;
  /** The id of the run the worker should give up (shared with it). */
  private cancel = new Int32Array(new SharedArrayBuffer(4));
  private current: Run | null = null;
  private readonly queue: Run[] = [];
  private nextId = 1;
  private closed = false;

  constructor(private readonly options: { poolSize?: number } = {}) {}

  run(
    graph: AbstractGraph,
    options: SuiteOptions,
    onProgress: (fraction: number, stage: string) => void = () => {},
    signal?: AbortSignal,
  ): Promise<Suite> {
    return this.enqueue<Suite>({ task: 'suite', options }, graph, onProgress, signal);
  }

  /** The communities alone, in the same worker and queue (computeCommunities). */
  communities(graph: AbstractGraph, options: CommunitiesOptions, signal?: AbortSignal): Promise<SuiteCommunities> {
    return this.enqueue<SuiteCommunities>({ task: 'communities', options }, graph, () => {}, signal);
  }

  /** The assortativities and modularity against rewiring (structure/significance.ts), in the same worker and queue. */
  significance(
    graph: AbstractGraph,
    options: SignificanceOptions,
    onProgress: (fraction: number, stage: string) => void = () => {},
    signal?: AbortSignal,
  ): Promise<SignificanceResult> {
    return this.enqueue<SignificanceResult>({ task: 'significance', options }, graph, onProgress, signal);
  }

  /** The network year by year (evolution/evolution.ts), in the same worker and queue; `graph` holds every partnership, dated or not. */
  evolution(
    graph: AbstractGraph,
    options: EvolutionOptions,
    onProgress: (fraction: number, stage: string) => void = () => {},
    signal?: AbortSignal,
  ): Promise<EvolutionResult> {
    return this.enqueue<EvolutionResult>({ task: 'evolution', options }, graph, onProgress, signal);
  }

  private enqueue<T>(
    task: Task,
    graph: AbstractGraph,
    onProgress: (fraction: number, stage: string) => void,
    signal: AbortSignal | undefined,
  ): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      if (this.closed) return reject(new AppError('unavailable', 'The server is stopping.'));
      if (signal?.aborted) return reject(signal.reason);
      const onAbort = () => {
        const queued = this.queue.indexOf(run);
        if (queued >= 0) {
          this.queue.splice(queued, 1);
          run.reject(signal!.reason);
        } else if (this.current === run) {
          this.cancelCurrent(run, signal!.reason);
        }
      };
      // The listener goes when the run settles: the signal outlives the run (its job keeps it),
      // and the listener holds the run and its graph (a soak kept 90 graphs this way).
      const done = () => signal?.removeEventListener('abort', onAbort);
      const run: Run = {
        ...task,
        id: this.nextId++,
        graph,
        onProgress,
        resolve: (value) => {
          done();
          resolve(value as T);
        },
        reject: (err) => {
          done();
          reject(err);
        },
        signal,
        cancelled: false,
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.queue.push(run);
      this.pump();
    });
  }

  /** The worker's thread id (null before the first run): replacing the worker changes it. */
  get workerThreadId(): number | null {
    return this.thread?.worker.threadId ?? null;
  }

  /** Starts the worker ahead of the first run (its modules load once). */
  warm(): void {
    if (!this.closed) this.ensureWorker();
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const run of this.queue.splice(0)) run.reject(new AppError('unavailable', 'The server is stopping.'));
    if (this.current) this.cancelCurrent(this.current, new AppError('unavailable', 'The server is stopping.'));
    const thread = this.thread;
    this.thread = null;
    if (thread) await stopTsWorker(thread);
  }

  private pump(): void {
    if (this.current || this.queue.length === 0) return;
    const run = this.queue.shift()!;
    this.current = run;
    const graph = suiteInput(run.graph);
    this.ensureWorker().postMessage({ id: run.id, task: run.task, graph, options: run.options }, [
      graph.ends.buffer as ArrayBuffer,
      graph.since.buffer as ArrayBuffer,
      graph.until.buffer as ArrayBuffer,
    ]);
  }

  private ensureWorker(): Worker {
    if (this.thread) return this.thread.worker;
    this.cancel = new Int32Array(new SharedArrayBuffer(4));
    const thread = startTsWorker(ENTRY, { poolSize: this.options.poolSize, cancel: this.cancel.buffer });
    const { worker } = thread;
    worker.unref();
    worker.on('message', (msg: Message) => {
      if (this.thread !== thread || isReady(msg)) return;
      const run = this.current;
      if (!run || msg.id !== run.id) return;
      if (run.cancelled) {
        if (msg.type !== 'progress') this.settle(() => {}); // given up: the worker is free again
        return;
      }
      if (msg.type === 'progress') run.onProgress(msg.fraction ?? 0, msg.stage ?? '');
      else if (msg.type === 'result') this.settle(() => run.resolve(msg.result!));
      else {
        const badRequest = msg.kind === 'bad-request';
        this.settle(() =>
          run.reject(
            new AppError(
              badRequest ? 'bad-request' : 'internal',
              badRequest ? (msg.message ?? 'Invalid options.') : 'The analysis failed.',
              { cause: msg.message },
            ),
          ),
        );
      }
    });
    // a replaced worker's last events concern a run that has been settled already
    worker.on('error', (err) => {
      if (this.thread === thread) this.fail(new AppError('internal', 'The analysis worker failed.', { cause: err }));
    });
    worker.on('exit', () => {
      if (this.thread === thread) this.fail(new AppError('internal', 'The analysis worker stopped.'));
    });
    this.thread = thread;
    return worker;
  }

  private settle(fn: () => void): void {
    this.current = null;
    fn();
    this.pump();
  }

  /** Rejects the current run now and asks the worker to give it up; replaces the worker if it does not in time. */
  private cancelCurrent(run: Run, reason: unknown): void {
    if (run.cancelled) return;
    run.cancelled = true;
    run.reject(reason);
    Atomics.store(this.cancel, 0, run.id);
    const timer = setTimeout(() => {
      if (this.current === run) this.fail(reason);
    }, CANCEL_GRACE_MS);
    timer.unref();
  }

  /** The current run fails: the worker (busy with it, or broken) is replaced. */
  private fail(reason: unknown): void {
    const run = this.current;
    const thread = this.thread;
    this.thread = null;
    if (thread) void stopTsWorker(thread);
    if (run) this.settle(() => (run.cancelled ? undefined : run.reject(reason)));
  }
}
