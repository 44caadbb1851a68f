/**
 * All shortest-path metrics from one sweep: exact betweenness (normalised as NetworkX), closeness
 * (Wasserman-Faust), harmonic closeness, and the diameter and average shortest path length of the
 * largest component. Each alone needs one BFS per node; together they share them (the dependencies
 * of Brandes' algorithm and the distance totals come from the same searches, shortest-paths.ts),
 * which is what a full analytics run wants. Definitions and references: betweenness.ts,
 * closeness.ts, harmonic.ts, distances.ts; the values equal theirs.
 */
import { z } from 'zod';
import type { CsrTopology } from '../csr.ts';
import { parseOptions } from '../options.ts';
import { shortestPathSweep, type SweepResult } from '../shortest-paths.ts';
import { largestComponentNodes } from '../structure/components.ts';
import { distanceTotalsFromSweep, finishDistances, type DistancesResult } from '../structure/distances.ts';
import { finishBetweenness, planBetweenness } from './betweenness.ts';
import { closenessFromTotals } from './closeness.ts';

export const optionsSchema = z.object({}).strict();
export type PathMetricsOptions = z.input<typeof optionsSchema>;

export interface PathMetrics {
  readonly betweenness: Float64Array;
  readonly closeness: Float64Array;
  readonly harmonic: Float64Array;
  readonly distances: DistancesResult;
}

export function compute(graph: CsrTopology, options?: PathMetricsOptions): PathMetrics {
  parseOptions('centrality/path-metrics', optionsSchema, options);
  return finishPathMetrics(graph, shortestPathSweep(graph, allNodes(graph.n), { dependencies: true }));
}

/** The metrics from a sweep over all nodes with dependencies (possibly summed from parts). */
export function finishPathMetrics(graph: CsrTopology, sweep: SweepResult): PathMetrics {
  const { n } = graph;
  if (!sweep.dependency) throw new Error('analytics/centrality/path-metrics: the sweep has no dependencies.');
  const lcc = largestComponentNodes(graph);
  const reached = new Int32Array(n);
  for (const v of lcc) reached[v] = sweep.reached[v]!;
  const distances = finishDistances(
    lcc.length,
    distanceTotalsFromSweep({ reached, distanceSum: sweep.distanceSum, eccentricity: sweep.eccentricity }),
  );
  return {
    closeness: closenessFromTotals(sweep, true),
    harmonic: sweep.inverseDistanceSum,
    distances,
    betweenness: finishBetweenness(sweep.dependency, n, planBetweenness(n)).values,
  };
}

export function allNodes(n: number): Int32Array {
  const all = new Int32Array(n);
  for (let i = 0; i < n; i++) all[i] = i;
  return all;
}
