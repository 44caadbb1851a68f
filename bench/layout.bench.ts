/**
 * The force layout on the server (issue 17: "positions computed once"), on the full default
 * dataset built without Neo4j (every populated German municipality, the Wikipedia list, the
 * seeds): ForceAtlas2 in a worker thread as GET /api/layout/force runs it, from the map
 * positions to the settling rule. Printed: the time, the rounds and whether it settled, the time
 * per round, and the size of the answer as JSON and gzipped. In the browser the same layout took
 * 52–90 s before (issue 17), on every page open.
 *
 *   npm run bench -- layout
 */
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { UndirectedGraph } from 'graphology';
import { layoutInWorker } from '../server/analytics/layout/layout-in-worker.ts';
import { buildDefaultDataset } from '../server/services/default-dataset.ts';
import { forceLayoutBody } from '../server/services/answers/layout.answers.ts';
import { formatSeconds, loadAverage } from './lib/measure.ts';

export default async function layoutBench(): Promise<void> {
  const { batch } = await buildDefaultDataset('full', { seedsDir: path.resolve('seeds'), openDataDir: path.resolve('open-data') });
  const graph = new UndirectedGraph();
  for (const p of batch.places) graph.addNode(p.id, { lat: p.lat, lon: p.lon });
  for (const t of batch.partnerships) if (t.a !== t.b && !graph.hasEdge(t.a, t.b)) graph.addEdge(t.a, t.b);
  const unpartnered = graph.filterNodes((n) => graph.degree(n) === 0).length;
  console.log(`dataset   the full default: ${graph.order} places (${unpartnered} without a partnership), ${graph.size} partnerships`);
  console.log(`load      ${loadAverage()}`);
  const started = performance.now();
  // the server's worker is unref'd (a stopping server does not wait for it): here the process waits
  const keepAlive = setInterval(() => {}, 1000);
  const layout = await layoutInWorker(graph, {
    progress: (rounds) => {
      if (rounds % 250 === 0) console.log(`          ${rounds} rounds, ${formatSeconds((performance.now() - started) / 1000)}`);
    },
  }).finally(() => clearInterval(keepAlive));
  const seconds = (performance.now() - started) / 1000;
  const json = JSON.stringify(forceLayoutBody({ version: 1, ...layout }));
  console.log(
    `layout    ${formatSeconds(seconds)} in a worker thread: ${layout.rounds} rounds (${layout.settled ? 'settled' : 'stopped at the maximum'}), ` +
      `${((seconds * 1000) / layout.rounds).toFixed(1)} ms a round`,
  );
  console.log(`answer    ${(json.length / 1e6).toFixed(2)} MB as JSON, ${(gzipSync(json).length / 1e6).toFixed(2)} MB gzipped`);
}
