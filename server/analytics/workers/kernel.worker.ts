/**
 * A worker thread of the analytics pool (pool.ts): runs one kernel over a part of the sources on
 * the shared CSR and posts back the partial result. Started through tsx-bootstrap.mjs, so it loads
 * the same TypeScript kernels as the main thread.
 */
import { parentPort } from 'node:worker_threads';
import { rawBrokerage } from '../eastwest/brokers.ts';
import { shortestPathSweep } from '../shortest-paths.ts';
import type { ReplyMessage, TaskMessage, TaskResult } from './protocol.ts';
import { isStop } from './ts-worker.ts';

function run({ graph, task }: TaskMessage): TaskResult {
  switch (task.kind) {
    case 'sweep':
      return { kind: 'sweep', ...shortestPathSweep(graph, task.sources, { dependencies: task.dependencies }) };
    case 'brokers':
      return { kind: 'values', values: rawBrokerage(graph, task.side, task.sources) };
  }
}

function transferList(result: TaskResult): ArrayBuffer[] {
  if (result.kind === 'values') return [result.values.buffer as ArrayBuffer];
  const arrays = [result.reached, result.distanceSum, result.inverseDistanceSum, result.eccentricity];
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
