/**
 * Louvain community detection (Blondel, Guillaume, Lambiotte & Lefebvre 2008, "Fast unfolding of
 * communities in large networks", J. Stat. Mech. P10008) with a resolution parameter, by
 * graphology-communities-louvain on the unweighted graph (`getEdgeWeight: null`). Its random
 * choices (node order, random walk) use a seeded generator (random.ts), so one seed always gives
 * the same partition of the same graph (same node and edge order).
 *
 * The modularity reported is recomputed with NetworkX's definition (modularity.ts) at the same
 * resolution, so that it compares with `nx.community.modularity(G, louvain_communities(G))`; the
 * partitions themselves differ from NetworkX's (another implementation, another generator).
 * Communities are renumbered 0..count-1 in order of their first node.
 */
import louvainModule from 'graphology-communities-louvain';
import type { AbstractGraph } from 'graphology-types';
import { z } from 'zod';
import type { Csr } from '../csr.ts';
import { parseOptions } from '../options.ts';
import { createRng } from '../random.ts';
import { compute as modularity, denseCodes } from './modularity.ts';

// The package is CommonJS with `module.exports = fn` but types it as `export default`: Node's ESM
// loader hands over `fn`, TypeScript (NodeNext) expects `{ default: fn }`. Accept both.
type LouvainFunction = typeof louvainModule.default;
const louvain: LouvainFunction =
  (louvainModule as unknown as { default?: LouvainFunction }).default ?? (louvainModule as unknown as LouvainFunction);

export const optionsSchema = z
  .object({
    resolution: z.number().positive().default(1),
    seed: z.number().int().default(0),
    /** graphology's "random walk" variant of the local moves (its default). */
    randomWalk: z.boolean().default(true),
    fastLocalMoves: z.boolean().default(true),
  })
  .strict();
export type LouvainOptions = z.input<typeof optionsSchema>;

export interface LouvainResult {
  /** Community of each node (CSR index order). */
  readonly communities: Int32Array;
  readonly count: number;
  readonly modularity: number;
  readonly resolution: number;
  readonly seed: number;
}

/** `csr` must be the CSR of `graph` (buildCsr), used for node order and modularity. */
export function compute(graph: AbstractGraph, csr: Csr, options?: LouvainOptions): LouvainResult {
  const { resolution, seed, randomWalk, fastLocalMoves } = parseOptions('communities/louvain', optionsSchema, options);
  if (csr.n !== graph.order) throw new Error("analytics/communities/louvain: the CSR is not the graph's.");
  const raw = new Int32Array(csr.n);
  if (graph.size > 0) {
    const mapping = louvain(graph, { getEdgeWeight: null, resolution, rng: createRng(seed), randomWalk, fastLocalMoves });
    for (let i = 0; i < csr.n; i++) raw[i] = mapping[csr.keys[i]!] ?? -1;
  } else {
    for (let i = 0; i < csr.n; i++) raw[i] = i;
  }
  const communities = denseCodes(raw);
  let count = 0;
  for (const c of communities) if (c >= count) count = c + 1;
  return { communities, count, modularity: modularity(csr, communities, { resolution }), resolution, seed };
}
