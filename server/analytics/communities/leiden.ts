/**
 * Leiden community detection (Traag, Waltman & van Eck 2019, "From Louvain to Leiden: guaranteeing
 * well-connected communities", Sci. Rep. 9:5233, Algorithm A.2 of the supplementary information)
 * maximising modularity with a resolution parameter, on typed arrays. Each iteration moves nodes
 * fast (leiden-move.ts), refines every community into well-connected subcommunities, merging
 * at random with `randomness`, the paper's theta (leiden-refine.ts), aggregates the graph on the
 * refined partition with the unrefined one as its starting partition (leiden-graph.ts), and
 * repeats on the aggregate until every community is one node. After every iteration each community
 * is connected (the paper's guarantee, which the tests check). Typed arrays throughout, the CSR in
 * and weighted CSR aggregates, for speed (docs/architecture.md, "Leiden of our own").
 *
 * Modularity is the paper's CPM on node weights = degrees with resolution gamma / 2m, as CWTS's
 * reference implementation and igraph do it. `iterations: 'until-stable'` repeats iterations,
 * each from the last one's partition, until one moves no node (igraph's n_iterations=-1; a later
 * one, refining differently, might still find a move). The random choices use our seeded
 * generator (random.ts), so one seed always gives the same partition of the same CSR. The
 * modularity reported is recomputed by modularity.ts, as for Louvain, so both are measured alike.
 * Communities are renumbered 0..count-1 in order of their first node, as Louvain's.
 */
import { z } from 'zod';
import type { CsrTopology } from '../csr.ts';
import { parseOptions } from '../options.ts';
import { createRng } from '../random.ts';
import { aggregate, connectedParts, fromCsr, renumber, type LeidenGraph } from './leiden-graph.ts';
import { moveNodesFast } from './leiden-move.ts';
import { refinePartition } from './leiden-refine.ts';
import { compute as modularity } from './modularity.ts';

export const optionsSchema = z
  .object({
    resolution: z.number().positive().default(1),
    seed: z.number().int().default(0),
    /** Iterations of move + refine + aggregate, or until an iteration changes nothing (igraph's n_iterations=-1). */
    iterations: z.union([z.literal('until-stable'), z.number().int().positive()]).default('until-stable'),
    /** Randomness of the refinement's merges (the paper's theta; CWTS's and igraph's default 0.01). */
    randomness: z.number().positive().default(0.01),
  })
  .strict();
export type LeidenOptions = z.input<typeof optionsSchema>;

export interface LeidenResult {
  /** Community of each node (CSR index order). */
  readonly communities: Int32Array;
  readonly count: number;
  readonly modularity: number;
  readonly resolution: number;
  readonly seed: number;
}

export function compute(csr: CsrTopology, options?: LeidenOptions): LeidenResult {
  const { resolution, seed, iterations, randomness } = parseOptions('communities/leiden', optionsSchema, options);
  const { n, offsets } = csr;
  const communities = new Int32Array(n);
  for (let v = 0; v < n; v++) communities[v] = v; // no edges: singletons, as Louvain
  if (offsets[n]! > 0) {
    const graph = fromCsr(csr);
    const rng = createRng(seed);
    if (iterations === 'until-stable') while (iterate(graph, communities, resolution, randomness, rng));
    else for (let i = 0; i < iterations; i++) iterate(graph, communities, resolution, randomness, rng);
  }
  const count = renumber(communities, new Int32Array(n));
  return { communities, count, modularity: modularity(csr, communities, { resolution }), resolution, seed };
}

/**
 * One iteration from `partition` (community ids in 0..n-1 of the input graph's nodes; changed in
 * place). Returns whether any node moved, at any level.
 */
function iterate(input: LeidenGraph, partition: Int32Array, resolution: number, theta: number, rng: () => number): boolean {
  const scratch = new Int32Array(input.n);
  const node = new Int32Array(input.n); // the node of the current level each input node is in
  for (let v = 0; v < input.n; v++) node[v] = v;
  let graph = input;
  let clusters: Int32Array = partition.slice();
  let moved = false;
  for (;;) {
    if (moveNodesFast(graph, clusters, resolution, rng)) moved = true;
    const count = renumber(clusters, scratch);
    if (count === graph.n) break; // every community is one node: nothing left to aggregate
    let refined = refinePartition(graph, clusters, resolution, theta, rng);
    let refinedCount = renumber(refined, scratch);
    if (refinedCount === graph.n) {
      // The refinement merged nothing (rare): aggregating on it would repeat this level unchanged.
      // igraph aggregates on the communities then; we take their connected parts, so that every
      // community stays connected. When those are single nodes too, splitting is the last move.
      refined = connectedParts(graph, clusters);
      refinedCount = renumber(refined, scratch);
      if (refinedCount === graph.n) {
        clusters = refined;
        break;
      }
    }
    const next = new Int32Array(refinedCount); // each aggregate starts in its community
    for (let v = 0; v < graph.n; v++) next[refined[v]!] = clusters[v]!;
    for (let v = 0; v < input.n; v++) node[v] = refined[node[v]!]!;
    graph = aggregate(graph, refined, refinedCount);
    clusters = next;
  }
  for (let v = 0; v < input.n; v++) partition[v] = clusters[node[v]!]!;
  return moved;
}
