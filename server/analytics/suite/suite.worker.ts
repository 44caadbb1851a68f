/**
 * A long-lived worker thread that runs full suites (full-suite.ts), the communities alone
 * (communities.ts, for a Leiden answer), the significance baseline (structure/significance.ts) or
 * the year-by-year series (evolution/evolution.ts) for the main thread, one at a time, with a pool
 * of its own for the shortest-path sweeps; it posts progress and results.
 * A run is cancelled when the runner writes its id into the shared `cancel` cell: the run
 * stops at its next progress report, and the pool hands out no more parts of its sweep.
 * `stop()` is called by worker-bootstrap.mjs when the runner stops this worker.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { CancelledError, WorkerPool } from '../workers/pool.ts';
import { isStop } from '../workers/ts-worker.ts';
import { buildCsr } from '../csr.ts';
import { compute as computeEvolution, type EvolutionOptions } from '../evolution/evolution.ts';
import { compute as computeSignificance, type SignificanceOptions } from '../structure/significance.ts';
import { computeCommunities, type CommunitiesOptions } from './communities.ts';
import { computeSuite, type SuiteOptions } from './full-suite.ts';
import { suiteGraph, type SuiteInput } from './suite-input.ts';

const { poolSize, cancel: cancelBuffer } = workerData.payload as { poolSize?: number; cancel: SharedArrayBuffer };
const cancel = new Int32Array(cancelBuffer);
let running = 0;
const cancelled = () => running !== 0 && Atomics.load(cancel, 0) === running;
const pool = new WorkerPool({ ...(poolSize ? { size: poolSize } : {}), cancelled });
const port = parentPort!;

export function stop(): Promise<void> {
  return pool.close();
}

type Message = { id: number; graph: SuiteInput } & (
  | { task: 'suite'; options: SuiteOptions }
  | { task: 'communities'; options: CommunitiesOptions }
  | { task: 'significance'; options: SignificanceOptions }
  | { task: 'evolution'; options: EvolutionOptions }
);

// oxlint-disable-next-line typescript/no-misused-promises -- the handler catches all it awaits and posts the error
port.on('message', async (message: Message) => {
  if (isStop(message)) return;
  const { id } = message;
  running = id;
  const report = (fraction: number, stage: string) => {
    if (cancelled()) throw new CancelledError();
    port.postMessage({ id, type: 'progress', fraction, stage });
  };
  try {
    // the year-by-year series reads the columns themselves; the other tasks, the graph they make
    const result = message.task === 'evolution' ? computeEvolution(message.graph, message.options, report) : await onGraph(message, report);
    port.postMessage({ id, type: 'result', result });
  } catch (err) {
    const e = err as Error & { kind?: string };
    port.postMessage({ id, type: 'error', message: e.message, kind: e.kind ?? null });
  } finally {
    running = 0;
  }
});

async function onGraph(message: Exclude<Message, { task: 'evolution' }>, report: (fraction: number, stage: string) => void) {
  const graph = suiteGraph(message.graph);
  if (message.task === 'communities') return computeCommunities({ graph, csr: buildCsr(graph) }, message.options);
  if (message.task === 'significance') return computeSignificance(graph, buildCsr(graph), message.options, report);
  return computeSuite(graph, message.options, report, pool);
}
