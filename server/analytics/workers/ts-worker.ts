/**
 * Worker threads for the analytics pool and the suite runner, started through worker-bootstrap.mjs:
 * compiled JavaScript when the server runs from dist/server, TypeScript through tsx when it runs
 * from source. Stopping one waits until its modules have loaded, asks it to stop (its entry's
 * `stop()` closes its own workers) and terminates it only if it does not exit by itself:
 * terminating a worker mid-load can abort the process on Node 20 (see worker-bootstrap.mjs).
 */
import { Worker } from 'node:worker_threads';

const BOOTSTRAP_URL = new URL('./worker-bootstrap.mjs', import.meta.url);
/** How long `stopTsWorker` waits for a loading worker, and then for its exit, before terminating it. */
const LOAD_WAIT_MS = 30_000;
const EXIT_WAIT_MS = 5_000;

export interface TsWorker {
  worker: Worker;
  /** Settles when the entry module has loaded, or the worker has failed or exited. */
  loaded: Promise<void>;
}

/**
 * The URL of the worker module `name` (a relative path without extension) beside the module `from`
 * (its import.meta.url), with `from`'s extension: `.js` when the caller runs compiled, `.ts` from source.
 */
export function workerEntry(name: string, from: string): string {
  return new URL(`${name}${new URL(from).pathname.endsWith('.ts') ? '.ts' : '.js'}`, from).href;
}

/** Starts `entry` (a URL string of a .js or .ts module) in a worker thread; `payload` arrives as workerData.payload. */
export function startTsWorker(entry: string, payload?: unknown): TsWorker {
  // execArgv [] so that a parent's `--import tsx` is not applied twice on Node versions that do.
  const worker = new Worker(BOOTSTRAP_URL, { workerData: { entry, payload }, execArgv: [] });
  const loaded = new Promise<void>((resolve) => {
    const onMessage = (msg: unknown): void => {
      if (isReady(msg)) done();
    };
    const done = (): void => {
      worker.off('message', onMessage);
      resolve();
    };
    worker.on('message', onMessage);
    worker.once('error', done);
    worker.once('exit', done);
  });
  return { worker, loaded };
}

/** True for the message a worker posts once its entry has loaded (not a reply to anything). */
export function isReady(msg: unknown): boolean {
  return typeOf(msg) === 'worker-ready';
}

/** True for the message that asks a worker to stop: the entry's own listener ignores it. */
export function isStop(msg: unknown): boolean {
  return typeOf(msg) === 'worker-stop';
}

/** Stops the worker: once loaded, asked to stop, and terminated if it has not exited in time. */
export async function stopTsWorker({ worker, loaded }: TsWorker): Promise<void> {
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  worker.ref(); // an idle worker is unref'd: keep the process alive until this one is gone
  await within(loaded, LOAD_WAIT_MS);
  if (worker.threadId < 0) return; // exited already
  worker.postMessage({ type: 'worker-stop' });
  await within(exited, EXIT_WAIT_MS);
  await worker.terminate();
}

function typeOf(msg: unknown): unknown {
  return typeof msg === 'object' && msg !== null ? (msg as { type?: unknown }).type : undefined;
}

async function within(promise: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
  });
  await Promise.race([promise, timeout]);
  clearTimeout(timer);
}
