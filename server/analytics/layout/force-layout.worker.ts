/**
 * A worker thread that computes the force layout (force-layout.ts) of one graph and posts it:
 * on the default dataset it takes most of a minute, which must not stall the API's event loop.
 * Started by layout-in-worker.ts through worker-bootstrap.mjs; posts its rounds as it goes.
 */
import { parentPort } from 'node:worker_threads';
import { UndirectedGraph } from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import { isStop } from '../workers/ts-worker.ts';
import { compute } from './force-layout.ts';

/** Rounds between two progress messages. */
const REPORT_EVERY = 10;

const port = parentPort;
if (!port) throw new Error('analytics/layout: force-layout.worker.ts must run as a worker thread.');
port.on('message', (message: { graph: SerializedGraph; maxRounds?: number }) => {
  if (isStop(message)) return;
  try {
    const graph = UndirectedGraph.from(message.graph);
    const layout = compute(graph, message.maxRounds === undefined ? {} : { maxRounds: message.maxRounds }, (rounds, maxRounds) => {
      if (rounds % REPORT_EVERY === 0) port.postMessage({ progress: rounds, maxRounds });
    });
    port.postMessage({ ok: true, layout }, [layout.xy.buffer]);
  } catch (err) {
    port.postMessage({ ok: false, error: err instanceof Error ? err.message : String(err) });
  }
});
