/**
 * Leiden communities in the analytics benchmark (analytics.bench.ts): ours
 * (server/analytics/communities/leiden.ts, typed arrays, until stable) against python-igraph's
 * community_leiden(objective_function="modularity", n_iterations=-1) on the same edge list, seeds
 * 0..SEEDS-1 each, timed alone, in the same run; then Louvain's modularity for comparison. Times
 * are medians over the seeds; modularities are NetworkX's definition at resolution 1 for all, and
 * compared by their medians (one seed's luck moves a run's minimum by 0.001).
 */
import type { UndirectedGraph } from 'graphology';
import { compute as leiden } from '../../server/analytics/communities/leiden.ts';
import { compute as louvain } from '../../server/analytics/communities/louvain.ts';
import type { Csr } from '../../server/analytics/csr.ts';
import { PEERS_PY, PYTHON, ratio, type PyCheck } from './analytics-settings.ts';
import type { EdgeListFiles } from './edge-list.ts';
import { formatSeconds, formatTiming, printTable, runJson, summarise } from './measure.ts';

const SEEDS = 10;

interface IgraphLeiden {
  version: string;
  seconds: number[];
  modularity: number[];
  count: number[];
}

const median = (values: number[]) => summarise(values).median;
const q = (values: number[]) => `${Math.min(...values).toFixed(4)}–${Math.max(...values).toFixed(4)} (median ${median(values).toFixed(4)})`;

export async function benchLeiden(graph: UndirectedGraph, csr: Csr, files: EdgeListFiles, py: PyCheck | null): Promise<void> {
  const seeds = Array.from({ length: SEEDS }, (_, s) => s);
  const run = (algorithm: (seed: number) => { modularity: number; count: number }) => {
    const seconds: number[] = [];
    const modularity: number[] = [];
    const counts: number[] = [];
    for (const seed of seeds) {
      const t0 = performance.now();
      const r = algorithm(seed);
      seconds.push((performance.now() - t0) / 1000);
      modularity.push(r.modularity);
      counts.push(r.count);
    }
    return { time: summarise(seconds), modularity, counts };
  };
  leiden(csr, { seed: 0 }); // warm the JIT, as igraph's C code needs no warming
  const ours = run((seed) => leiden(csr, { seed }));
  const louvainRuns = run((seed) => louvain(graph, csr, { seed }));
  const rows = [
    [
      'Leiden, ours (typed arrays, until stable)',
      formatTiming(ours.time),
      q(ours.modularity),
      `${Math.min(...ours.counts)}–${Math.max(...ours.counts)}`,
    ],
    [
      'Louvain, ours (graphology, the suite)',
      formatTiming(louvainRuns.time),
      q(louvainRuns.modularity),
      `${Math.min(...louvainRuns.counts)}–${Math.max(...louvainRuns.counts)}`,
    ],
  ];
  let peer = null as IgraphLeiden | null;
  if (!py?.igraph) console.log('note: igraph Leiden skipped (python3 -m pip install -r requirements.txt)');
  else {
    try {
      const r = await runJson<IgraphLeiden>(PYTHON, [PEERS_PY, 'leiden', files.edges, '--seeds', String(SEEDS)]);
      rows.push([
        `Leiden, igraph ${r.version} (n_iterations=-1)`,
        formatTiming(summarise(r.seconds)),
        q(r.modularity),
        `${Math.min(...r.count)}–${Math.max(...r.count)}`,
      ]);
      peer = r;
    } catch (err) {
      console.log(`note: igraph Leiden failed: ${(err as Error).message}`);
    }
  }
  console.log(`communities, seeds 0..${SEEDS - 1} each (time: median (min–max) of the seeds; modularity: min–max and median)`);
  printTable(['algorithm', 'time', 'modularity', 'communities'], rows);
  if (peer) {
    const theirs = summarise(peer.seconds).median;
    const best = Math.max(...peer.modularity);
    console.log(
      `Leiden vs igraph: igraph's time / ours ${ratio(theirs, ours.time.median)} (${formatSeconds(ours.time.median)} / ${formatSeconds(theirs)}); ` +
        `modularity, our median minus igraph's: ${(median(ours.modularity) - median(peer.modularity)).toFixed(4)}; ` +
        `our worst seed minus igraph's best: ${(Math.min(...ours.modularity) - best).toFixed(4)} (test bound: −0.005)`,
    );
  }
}
