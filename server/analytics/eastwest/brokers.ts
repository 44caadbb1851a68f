/**
 * East-west brokers: betweenness counted only over shortest paths whose two ends lie on different
 * sides. A Brandes (2001) variant, as in Brandes 2008, "On variants of shortest-path betweenness
 * centrality and their generic computation", Social Networks 30(2), section 3.3 ("betweenness with
 * sources and targets"): BFS from every node with a side; in the accumulation a node w adds its
 * own pair only when it is on the other side of the source,
 *   delta_s(v) = sum over w with v in P_s(w) of sigma_sv / sigma_sw * ([side(w) != side(s)] + delta_s(w)).
 * Every east-west pair {s, t} is counted from both ends, so the raw sum is halved.
 *
 * `pairs` (normalized false) is the number of east-west pairs whose shortest paths run through v,
 * fractionally when they split; NetworkX's `betweenness_centrality_subset(G, east, west,
 * normalized=False)` gives half of it on undirected graphs. `normalized` divides by the number of
 * east-west pairs not involving v: (|E| - 1)|W| for an eastern v, |E|(|W| - 1) for a western one,
 * |E||W| otherwise, so values lie in [0, 1].
 *
 * The kernel is the folded sweep (paths/folded-sweep.ts): the same sums from searches of the 2-core
 * only, splittable over its roots (workers/pool.ts).
 */
import { z } from 'zod';
import type { CsrTopology } from '../csr.ts';
import { foldedRoots, foldedSweep } from '../paths/folded-sweep.ts';
import { parseOptions } from '../options.ts';
import { EAST, encodeSides, NONE, WEST, type Side } from '../sides.ts';

export type { Side } from '../sides.ts';

export const optionsSchema = z.object({ normalized: z.boolean().default(true) }).strict();
export type BrokersOptions = z.input<typeof optionsSchema>;

export interface BrokersResult {
  readonly values: Float64Array;
  readonly normalized: boolean;
  readonly east: number;
  readonly west: number;
}

export interface BrokersPlan {
  readonly side: Int8Array;
  readonly sources: Int32Array;
  readonly normalized: boolean;
  readonly east: number;
  readonly west: number;
}

export function compute(graph: CsrTopology, sides: ArrayLike<Side>, options?: BrokersOptions): BrokersResult {
  const plan = planBrokerage(graph.n, sides, options);
  return finishBrokerage(foldedSweep(graph, foldedRoots(graph), { dependencies: false, sides: [plan.side] }).brokerage[0]!, plan);
}

export function planBrokerage(n: number, sides: ArrayLike<Side>, options?: BrokersOptions): BrokersPlan {
  const { normalized } = parseOptions('eastwest/brokers', optionsSchema, options);
  const side = encodeSides('eastwest/brokers', n, sides);
  const sources: number[] = [];
  let east = 0;
  let west = 0;
  for (let i = 0; i < n; i++) {
    if (side[i] === NONE) continue;
    sources.push(i);
    if (side[i] === EAST) east++;
    else west++;
  }
  return { side, sources: Int32Array.from(sources), normalized, east, west };
}

/** Halves the raw sums into pair counts and, if asked, divides by the pairs each node could carry. */
export function finishBrokerage(raw: Float64Array, plan: BrokersPlan): BrokersResult {
  const { side, normalized, east, west } = plan;
  const values = raw;
  for (let i = 0; i < values.length; i++) {
    let v = values[i]! / 2;
    if (normalized) {
      const pairs = side[i] === EAST ? (east - 1) * west : side[i] === WEST ? east * (west - 1) : east * west;
      v = pairs > 0 ? v / pairs : 0;
    }
    values[i] = v;
  }
  return { values, normalized, east, west };
}
