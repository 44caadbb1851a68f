/**
 * Times the betweenness/closeness/PageRank/eigenvector options on a generated graph: graphology-
 * metrics (with its defaults, and with `getEdgeWeight: null`) against the CSR kernels of
 * server/analytics. A benchmark, not a test: numbers go into the module headers and reports.
 *
 *   npx tsx scripts/reference/bench-kernels.ts [nodes=5000] [edgesPerNode=3|twin] [repeats=3] [--edges out.tsv] [--quick]
 *
 * The graph is a seeded Holme-Kim power-law cluster graph (preferential attachment with triad
 * formation, p = 0.3), as NetworkX's powerlaw_cluster_graph, each new node bringing edgesPerNode
 * edges; with `twin` it brings 1, 2, 3 or 5 edges with probabilities .65, .25, .07, .03 (about 1.5
 * edges per node and many towns with a single partner, like the twin-town list: 17,700 nodes give
 * about 26,000 edges). `--edges` writes the edge list so that scripts/reference/bench-igraph.py
 * times igraph on the very same graph; `--quick` skips the slow graphology-metrics runs.
 */
import { writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { UndirectedGraph } from 'graphology';
import betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import closenessModule from 'graphology-metrics/centrality/closeness.js';
import eigenvectorModule from 'graphology-metrics/centrality/eigenvector.js';
import pagerankModule from 'graphology-metrics/centrality/pagerank.js';
import { compute as betweenness } from '../../server/analytics/centrality/betweenness.ts';
import { compute as closeness } from '../../server/analytics/centrality/closeness.ts';
import { compute as eigenvector } from '../../server/analytics/centrality/eigenvector.ts';
import { compute as pagerank } from '../../server/analytics/centrality/pagerank.ts';
import { compute as pathMetrics } from '../../server/analytics/centrality/path-metrics.ts';
import { buildCsr } from '../../server/analytics/csr.ts';
import { createRng, randomInt } from '../../server/analytics/random.ts';
import { WorkerPool } from '../../server/analytics/workers/pool.ts';

/** CommonJS modules typed as `export default`: Node hands over the function itself. */
function unwrap<T>(module: { default: T }): T {
  return (module as unknown as { default?: T }).default ?? (module as unknown as T);
}
const gmBetweenness = unwrap(betweennessModule);
const gmCloseness = unwrap(closenessModule);
const gmPagerank = unwrap(pagerankModule);
const gmEigenvector = unwrap(eigenvectorModule);

export function powerlawClusterGraph(n: number, m: number | 'twin', p: number, seed: number): UndirectedGraph {
  const rng = createRng(seed);
  const draws = (): number => {
    if (m !== 'twin') return m;
    const x = rng();
    return x < 0.65 ? 1 : x < 0.9 ? 2 : x < 0.97 ? 3 : 5;
  };
  const start = m === 'twin' ? 5 : m;
  const graph = new UndirectedGraph();
  for (let i = 0; i < n; i++) graph.addNode(String(i));
  const repeated: number[] = [];
  for (let i = 0; i < start; i++) repeated.push(i);
  for (let source = start; source < n; source++) {
    const wanted = Math.min(draws(), source);
    const chosen = new Set<number>();
    const add = (t: number): void => {
      chosen.add(t);
      graph.addEdge(String(source), String(t));
      repeated.push(source, t);
    };
    const pick = (): number => {
      for (;;) {
        const t = repeated[randomInt(rng, repeated.length)]!;
        if (!chosen.has(t) && t !== source) return t;
      }
    };
    add(pick());
    while (chosen.size < wanted) {
      const last = [...chosen][chosen.size - 1]!;
      const friends = graph
        .neighbors(String(last))
        .map(Number)
        .filter((f) => f !== source && !chosen.has(f));
      if (rng() < p && friends.length > 0) add(friends[randomInt(rng, friends.length)]!);
      else add(pick());
    }
  }
  return graph;
}

function time(label: string, repeats: number, run: () => unknown): number {
  const samples: number[] = [];
  for (let r = 0; r < repeats; r++) {
    const t0 = performance.now();
    run();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(samples.length / 2)]!;
  console.log(`${label.padEnd(64)} ${median.toFixed(0).padStart(8)} ms  (median of ${repeats})`);
  return median;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const edgesAt = args.indexOf('--edges');
  const edgesOut = edgesAt >= 0 ? args.splice(edgesAt, 2)[1] : undefined;
  const quickAt = args.indexOf('--quick');
  const quick = quickAt >= 0 && args.splice(quickAt, 1).length > 0;
  const n = Number(args[0] ?? 5000);
  const m = args[1] === 'twin' ? 'twin' : Number(args[1] ?? 3);
  const repeats = Number(args[2] ?? 3);
  const graph = powerlawClusterGraph(n, m, 0.3, 7);
  const csr = buildCsr(graph);
  let leaves = 0;
  for (let v = 0; v < csr.n; v++) if (csr.offsets[v + 1]! - csr.offsets[v]! === 1) leaves++;
  console.log(
    `graph: Holme-Kim powerlaw cluster (${m}), n=${graph.order} m=${graph.size}, ${leaves} of degree 1; ` +
      `node ${process.version}, ${availableParallelism()} cores`,
  );
  if (edgesOut) writeFileSync(edgesOut, graph.mapEdges((_e, _a, s, t) => `${s}\t${t}`).join('\n') + '\n');
  time('CSR build', repeats, () => buildCsr(graph));

  console.log('-- betweenness (exact, normalised)');
  if (!quick) {
    time('graphology-metrics betweenness, defaults', repeats, () => gmBetweenness(graph));
    time('graphology-metrics betweenness, getEdgeWeight: null', repeats, () => gmBetweenness(graph, { getEdgeWeight: null }));
  }
  time('CSR Brandes, 1 thread (CSR build included)', repeats, () => betweenness(buildCsr(graph)));
  const pool = new WorkerPool();
  await pool.betweenness(csr);
  await timeAsync(`CSR Brandes, ${pool.size} worker threads`, repeats, () => pool.betweenness(csr));

  console.log('-- one sweep: betweenness + closeness + harmonic + LCC distances');
  time('CSR path metrics, 1 thread', repeats, () => pathMetrics(csr));
  await timeAsync(`CSR path metrics, ${pool.size} worker threads`, repeats, () => pool.pathMetrics(csr));
  await pool.close();

  console.log('-- closeness');
  if (!quick) time('graphology-metrics closeness (wassermanFaust: true)', repeats, () => gmCloseness(graph, { wassermanFaust: true }));
  time('CSR closeness', repeats, () => closeness(csr));

  console.log('-- pagerank / eigenvector (same iteration, same tolerance)');
  time('graphology-metrics pagerank, getEdgeWeight: null', repeats, () => gmPagerank(graph, { getEdgeWeight: null }));
  time('CSR pagerank', repeats, () => pagerank(csr));
  try {
    time('graphology-metrics eigenvector, getEdgeWeight: null', repeats, () => gmEigenvector(graph, { getEdgeWeight: null }));
  } catch (err) {
    console.log(`graphology-metrics eigenvector: ${(err as Error).message}`);
  }
  time('CSR eigenvector (scope auto)', repeats, () => eigenvector(csr, { scope: 'auto' }));
}

async function timeAsync(label: string, repeats: number, run: () => Promise<unknown>): Promise<void> {
  const samples: number[] = [];
  for (let r = 0; r < repeats; r++) {
    const t0 = performance.now();
    await run();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(samples.length / 2)]!;
  console.log(`${label.padEnd(64)} ${median.toFixed(0).padStart(8)} ms  (median of ${repeats})`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
