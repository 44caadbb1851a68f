/**
 * A worker thread of the analytics pool (pool.ts): runs one kernel over a part of the sources on
 * the shared CSR and posts back the partial result. Started through worker-bootstrap.mjs, so it loads
 * the same kernels as the main thread (compiled, or TypeScript through tsx).
 */
import { parentPort } from 'node:worker_threads';
import type { CsrTopology } from '../csr.ts';
import { foldedSweep } from '../paths/folded-sweep.ts';
import { shortestPathSweep } from '../paths/shortest-paths.ts';
import type { ReplyMessage, TaskMessage, TaskResult } from './protocol.ts';
import { isStop } from './ts-worker.ts';

// The last graph, kept by id: every message brings new typed-array objects over the same shared
// memory, and the kernels cache what they derive from a graph per object.
let kept: { id: number; graph: CsrTopology } | null = null;

function run({ graphId, graph: posted, task }: TaskMessage): TaskResult {
  if (kept?.id !== graphId) kept = { id: graphId, graph: posted };
  const graph = kept.graph;
  switch (task.kind) {
    case 'sweep':
      return { ...shortestPathSweep(graph, task.sources, { dependencies: task.dependencies, fold: false }), brokerage: [] };
    case 'folded':
      return foldedSweep(graph, task.roots, { dependencies: task.dependencies, sides: task.sides });
  }
}

function transferList(result: TaskResult): ArrayBuffer[] {
  const arrays = [result.reached, result.distanceSum, result.inverseDistanceSum, result.eccentricity, ...result.brokerage];
  if (result.dependency) arrays.push(result.dependency);
  return arrays.map((a) => a.buffer as ArrayBuffer);
}

const port = parentPort;
if (!port) throw new Error('analytics/workers: kernel.worker.ts must run as a worker thread.');
port.on('message', (message: TaskMessage) => {
  if (isStop(message)) return;
  let reply: ReplyMessage;
  try {
    reply = { id: message.id, ok: true, result: run(message) };
  } catch (err) {
    reply = { id: message.id, ok: false, error: err instanceof Error ? err.message : String(err) };
  }
  port.postMessage(reply, reply.ok ? transferList(reply.result) : []);
});
