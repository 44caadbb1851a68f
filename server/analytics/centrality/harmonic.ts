/**
 * Harmonic centrality: H(u) = sum over v != u of 1 / d(u, v), with 1/inf = 0, unnormalised, as
 * NetworkX's `harmonic_centrality`. Reference: Boldi & Vigna 2014, "Axioms for centrality",
 * Internet Mathematics 10(3-4); Marchiori & Latora 2000. One BFS per node (paths/shortest-paths.ts).
 *
 * Splittable: `sources` restricts the computation to some nodes; the other entries stay 0.
 */
import { z } from 'zod';
import type { CsrTopology } from '../csr.ts';
import { parseOptions, resolveSources, sourcesSchema } from '../options.ts';
import { shortestPathSweep } from '../paths/shortest-paths.ts';

export const optionsSchema = z.object({ sources: sourcesSchema }).strict();
export type HarmonicOptions = z.input<typeof optionsSchema>;

export function compute(graph: CsrTopology, options?: HarmonicOptions): Float64Array {
  const { sources } = parseOptions('centrality/harmonic', optionsSchema, options);
  const nodes = resolveSources('centrality/harmonic', graph.n, sources);
  return shortestPathSweep(graph, nodes, { dependencies: false }).inverseDistanceSum;
}
