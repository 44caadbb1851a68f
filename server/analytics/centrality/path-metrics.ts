/**
 * All shortest-path metrics from one sweep: exact betweenness (normalised as NetworkX), closeness
 * (Wasserman-Faust), harmonic closeness, and the diameter and average shortest path length of the
 * largest component. Each alone needs one BFS per node; together they share them (the dependencies
 * of Brandes' algorithm and the distance totals come from the same searches, paths/shortest-paths.ts),
 * which is what a full analytics run wants. East-west brokerage for any number of side vectors
 * comes from the same searches too (a second accumulation per search, paths/folded-sweep.ts).
 * Definitions and references: betweenness.ts, closeness.ts, harmonic.ts, distances.ts,
 * eastwest/brokers.ts; the values equal theirs.
 */
import { z } from 'zod';
import type { CsrTopology } from '../csr.ts';
import { parseOptions } from '../options.ts';
import { finishBrokerage, planBrokerage, type BrokersPlan, type BrokersResult } from '../eastwest/brokers.ts';
import type { Side } from '../sides.ts';
import { foldedRoots, foldedSweep, type FoldedSweepResult } from '../paths/folded-sweep.ts';
import { largestComponentNodes } from '../structure/components.ts';
import { distanceTotalsFromSweep, finishDistances, type DistancesResult } from '../structure/distances.ts';
import { finishBetweenness, planBetweenness } from './betweenness.ts';
import { closenessFromTotals } from './closeness.ts';

export const optionsSchema = z
  .object({
    /** Exact betweenness from the same sweep; false leaves it out (null) and skips its accumulation. */
    betweenness: z.boolean().default(true),
  })
  .strict();
export type PathMetricsOptions = z.input<typeof optionsSchema>;

export interface PathMetrics {
  /** Null when not asked for. */
  readonly betweenness: Float64Array | null;
  readonly closeness: Float64Array;
  readonly harmonic: Float64Array;
  readonly distances: DistancesResult;
  /** Normalised brokerage, one per side vector asked for. */
  readonly brokers: BrokersResult[];
}

export function compute(graph: CsrTopology, options?: PathMetricsOptions, sides: readonly (readonly Side[])[] = []): PathMetrics {
  const { betweenness } = parseOptions('centrality/path-metrics', optionsSchema, options);
  const plans = sides.map((s) => planBrokerage(graph.n, s));
  return finishPathMetrics(
    graph,
    foldedSweep(graph, foldedRoots(graph), { dependencies: betweenness, sides: plans.map((p) => p.side) }),
    plans,
  );
}

/** The metrics from a folded sweep over every root (possibly summed from parts); betweenness where it has dependencies. */
export function finishPathMetrics(graph: CsrTopology, sweep: FoldedSweepResult, plans: readonly BrokersPlan[] = []): PathMetrics {
  const { n } = graph;
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
    betweenness: sweep.dependency && finishBetweenness(sweep.dependency, n, planBetweenness(n)).values,
    brokers: plans.map((plan, l) => finishBrokerage(sweep.brokerage[l]!, plan)),
  };
}
