/**
 * The neighbourhood of a node: every node within `radius` steps of it (the node set of NetworkX's
 * `ego_graph`), found by one breadth-first search cut at that depth (Moore 1959), in the order the
 * search reaches them: by distance, then in the graph's adjacency order. The first `max` are kept,
 * so a truncated neighbourhood is the nearest part of the whole; `total` counts them all.
 * Time O(size of the neighbourhood and its edges).
 */
import { z } from 'zod';
import { AppError } from '../../errors.ts';
import type { CsrTopology } from '../csr.ts';
import { parseOptions } from '../options.ts';

export const optionsSchema = z
  .object({
    center: z.number().int().min(0),
    radius: z.number().int().min(0).default(1),
    /** At most this many nodes, the center included (default: all). */
    max: z.number().int().min(1).optional(),
  })
  .strict();
export type EgoNetworkOptions = z.input<typeof optionsSchema>;

export interface EgoNetwork {
  /** The nodes kept, in breadth-first order from the center. */
  readonly nodes: Int32Array;
  /** Nodes within the radius, kept or not. */
  readonly total: number;
}

const MODULE = 'paths/ego-network';

export function compute(graph: CsrTopology, options: EgoNetworkOptions): EgoNetwork {
  const { center, radius, max = graph.n } = parseOptions(MODULE, optionsSchema, options);
  if (center >= graph.n) throw new AppError('bad-request', `analytics/${MODULE}: center ${center} is outside 0..${graph.n - 1}.`);
  const { offsets, targets } = graph;
  const dist = new Int32Array(graph.n).fill(-1);
  const queue = new Int32Array(graph.n);
  let tail = 0;
  queue[tail++] = center;
  dist[center] = 0;
  for (let head = 0; head < tail; head++) {
    const v = queue[head]!;
    if (dist[v] === radius) break;
    for (let p = offsets[v]!, end = offsets[v + 1]!; p < end; p++) {
      const w = targets[p]!;
      if (dist[w]! >= 0) continue;
      dist[w] = dist[v]! + 1;
      queue[tail++] = w;
    }
  }
  return { nodes: queue.slice(0, Math.min(tail, max)), total: tail };
}
