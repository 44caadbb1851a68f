/**
 * Runs full suites in a long-lived worker thread (suite.worker.ts), off the caller's event loop;
 * the worker stays warm between runs so that small graphs answer fast. Runs are queued one at a
 * time (the worker's pool already uses every core). Only the attributes the suite reads travel.
 * Aborting a run terminates the worker and its pool; the next run starts a fresh one.
 */
import type { Worker } from 'node:worker_threads';
import type { AbstractGraph } from 'graphology-types';
import { AppError } from '../../errors.ts';
import { isReady, startTsWorker, stopTsWorker, type TsWorker } from '../workers/ts-worker.ts';
import type { Suite, SuiteOptions } from './full-suite.ts';
import { suiteInput } from './suite-input.ts';

const ENTRY = new URL('./suite.worker.ts', import.meta.url).href;

interface Run {
  id: number;
  graph: AbstractGraph;
  options: SuiteOptions;
  onProgress: (fraction: number, stage: string) => void;
  resolve: (s: Suite) => void;
  reject: (e: unknown) => void;
  signal: AbortSignal | undefined;
}

type Message = {
  id: number;
  type: 'progress' | 'result' | 'error';
  fraction?: number;
  stage?: string;
  result?: Suite;
  message?: string;
  kind?: string | null;
};

export class SuiteRunner {
  private thread: TsWorker | null = null;
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
    return new Promise<Suite>((resolve, reject) => {
      if (this.closed) return reject(new AppError('unavailable', 'The server is stopping.'));
      if (signal?.aborted) return reject(signal.reason);
      const run: Run = { id: this.nextId++, graph, options, onProgress, resolve, reject, signal };
      signal?.addEventListener(
        'abort',
        () => {
          const queued = this.queue.indexOf(run);
          if (queued >= 0) {
            this.queue.splice(queued, 1);
            reject(signal.reason);
          } else if (this.current === run) {
            this.fail(signal.reason);
          }
        },
        { once: true },
      );
      this.queue.push(run);
      this.pump();
    });
  }

  /** Starts the worker ahead of the first run (its modules load once). */
  warm(): void {
    if (!this.closed) this.ensureWorker();
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const run of this.queue.splice(0)) run.reject(new AppError('unavailable', 'The server is stopping.'));
    if (this.current) this.fail(new AppError('unavailable', 'The server is stopping.'));
    const thread = this.thread;
    this.thread = null;
    if (thread) await stopTsWorker(thread);
  }

  private pump(): void {
    if (this.current || this.queue.length === 0) return;
    const run = this.queue.shift()!;
    this.current = run;
    const graph = suiteInput(run.graph);
    this.ensureWorker().postMessage({ id: run.id, graph, options: run.options }, [
      graph.ends.buffer as ArrayBuffer,
      graph.since.buffer as ArrayBuffer,
    ]);
  }

  private ensureWorker(): Worker {
    if (this.thread) return this.thread.worker;
    const thread = startTsWorker(ENTRY, { poolSize: this.options.poolSize });
    const { worker } = thread;
    worker.unref();
    worker.on('message', (msg: Message) => {
      if (this.thread !== thread || isReady(msg)) return;
      const run = this.current;
      if (!run || msg.id !== run.id) return;
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

  /** The current run fails: the worker (busy with it) is replaced. */
  private fail(reason: unknown): void {
    const run = this.current;
    const thread = this.thread;
    this.thread = null;
    if (thread) void stopTsWorker(thread);
    if (run) this.settle(() => run.reject(reason));
  }
}
