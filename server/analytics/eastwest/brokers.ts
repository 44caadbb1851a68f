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
 * Splittable like betweenness: `rawBrokerage` over disjoint sources adds up (workers/pool.ts).
 */
import { z } from 'zod';
import type { CsrTopology } from '../csr.ts';
import { parseOptions } from '../options.ts';
import { EAST, encodeSides, NONE, WEST, type Side } from './sides.ts';

export type { Side } from './sides.ts';

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
  return finishBrokerage(rawBrokerage(graph, plan.side, plan.sources), plan);
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

/** Unscaled dependencies over `sources` (each east-west pair counted from both ends). */
export function rawBrokerage(graph: CsrTopology, side: Int8Array, sources: ArrayLike<number>, into?: Float64Array): Float64Array {
  const { n, offsets, targets } = graph;
  const out = into ?? new Float64Array(n);
  const dist = new Int32Array(n).fill(-1);
  const sigma = new Float64Array(n);
  const delta = new Float64Array(n);
  const order = new Int32Array(n);
  for (let q = 0; q < sources.length; q++) {
    const s = sources[q]!;
    const other = side[s] === EAST ? WEST : side[s] === WEST ? EAST : NONE;
    if (other === NONE) continue;
    let head = 0;
    let tail = 0;
    order[tail++] = s;
    dist[s] = 0;
    sigma[s] = 1;
    while (head < tail) {
      const v = order[head++]!;
      const dv = dist[v]! + 1;
      const sv = sigma[v]!;
      for (let p = offsets[v]!, end = offsets[v + 1]!; p < end; p++) {
        const w = targets[p]!;
        const dw = dist[w]!;
        if (dw < 0) {
          dist[w] = dv;
          order[tail++] = w;
          sigma[w] = sv;
        } else if (dw === dv) {
          sigma[w]! += sv;
        }
      }
    }
    for (let i = tail - 1; i > 0; i--) {
      const w = order[i]!;
      const up = dist[w]! - 1;
      const coefficient = ((side[w] === other ? 1 : 0) + delta[w]!) / sigma[w]!;
      if (coefficient !== 0) {
        for (let p = offsets[w]!, end = offsets[w + 1]!; p < end; p++) {
          const v = targets[p]!;
          if (dist[v] === up) delta[v]! += sigma[v]! * coefficient;
        }
      }
      out[w]! += delta[w]!;
    }
    for (let i = 0; i < tail; i++) {
      const v = order[i]!;
      dist[v] = -1;
      sigma[v] = 0;
      delta[v] = 0;
    }
  }
  return out;
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
