/**
 * graphology-metrics' betweenness as a peer of bench/analytics.bench.ts, run in a child process of
 * its own so that its memory and its time do not mix with ours. Prints ONE JSON object.
 *
 *   node --import tsx bench/lib/graphology-peer.ts EDGES whole [--bfs]
 *   node --import tsx bench/lib/graphology-peer.ts EDGES sample K SEED [--bfs]
 *
 * EDGES is the bench's edge list (edge-list.ts). `whole` times `betweenness(graph)` with the
 * library's defaults (getEdgeWeight 'weight': its Dijkstra variant, although no edge has a
 * weight) or, with --bfs, `getEdgeWeight: null` (its BFS variant). `sample` runs the very loop of
 * graphology-metrics 2.4 (centrality/betweenness.js: one indexed-Brandes search per source, then
 * the accumulation) over K sources drawn at random, timing each, and estimates the whole run as
 * the index build plus n times the mean time per source, with the standard error of that mean.
 * Each search starts by resetting arrays of size n, so a source costs at least O(n) wherever it is.
 */
import betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import { createDijkstraIndexedBrandes, createUnweightedIndexedBrandes } from 'graphology-shortest-path/indexed-brandes.js';
import { createRng, sampleWithoutReplacement } from '../../server/analytics/random.ts';
import { graphFromEdgeList, readEdgeList } from './edge-list.ts';

/** CommonJS modules typed as `export default`: Node hands over the function itself. */
function unwrap<T>(module: { default: T }): T {
  return (module as unknown as { default?: T }).default ?? (module as unknown as T);
}
const betweenness = unwrap(betweennessModule);

const [file, mode = 'whole', kArg = '200', seedArg = '0'] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const bfs = process.argv.includes('--bfs');
if (!file) throw new Error('usage: graphology-peer.ts EDGES whole|sample [K SEED] [--bfs]');
const graph = graphFromEdgeList(readEdgeList(file));
const n = graph.order;
const peakMb = () => process.resourceUsage().maxRSS / 1024;
const variant = bfs ? 'getEdgeWeight: null (BFS)' : 'defaults (Dijkstra on "weight")';

if (mode === 'whole') {
  const t0 = performance.now();
  betweenness(graph, bfs ? { getEdgeWeight: null } : {});
  const seconds = (performance.now() - t0) / 1000;
  process.stdout.write(`${JSON.stringify({ peer: 'graphology-metrics', variant, n, m: graph.size, seconds, maxRssMb: peakMb() })}\n`);
} else {
  const k = Math.min(n, Number(kArg));
  const t0 = performance.now();
  const brandes = bfs ? createUnweightedIndexedBrandes(graph) : createDijkstraIndexedBrandes(graph, 'weight');
  const indexSeconds = (performance.now() - t0) / 1000;
  const delta = new Float64Array(n);
  const centralities = new Float64Array(n);
  const times: number[] = [];
  for (const i of sampleWithoutReplacement(createRng(Number(seedArg)), n, k)) {
    const started = performance.now();
    // graphology-metrics 2.4.2, centrality/betweenness.js, the body of its loop over sources.
    const [S, P, sigma] = brandes(i);
    // The stack's backing array, untyped in mnemonist's typings, read as the library reads it.
    const items = (S as unknown as { items: ArrayLike<number> }).items;
    let j = S.size;
    while (j--) delta[items[S.size - j]!] = 0;
    while (S.size !== 0) {
      const w = S.pop()!;
      const coefficient = (1 + delta[w]!) / sigma[w]!;
      const preds = P[w]!;
      for (let p = 0; p < preds.length; p++) {
        const v = preds[p]!;
        delta[v]! += sigma[v]! * coefficient;
      }
      if (w !== i) centralities[w]! += delta[w]!;
    }
    times.push((performance.now() - started) / 1000);
  }
  const mean = times.reduce((a, b) => a + b, 0) / k;
  const sd = Math.sqrt(times.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, k - 1));
  process.stdout.write(
    `${JSON.stringify({
      peer: 'graphology-metrics',
      variant,
      n,
      m: graph.size,
      sampled: k,
      indexSeconds,
      estimatedSeconds: indexSeconds + n * mean,
      standardError: ((n * sd) / Math.sqrt(k)) * Math.sqrt(Math.max(0, 1 - k / n)),
      maxRssMb: peakMb(),
    })}\n`,
  );
}
