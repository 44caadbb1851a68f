/**
 * Brokers inside one country: east-west brokerage (brokers.ts: betweenness over the shortest paths
 * whose ends lie on different sides, Brandes 2008, "On variants of shortest-path betweenness
 * centrality and their generic computation", section 3.3) computed on the subgraph induced by the
 * places of that country, so that only paths that never leave it count. For the inner-German
 * divide this answers what a German council can act on: the global measure finds East and West
 * German towns joined through foreign partners (a Ukrainian or Moldovan town partnered with both),
 * which is true of the network but not a German place.
 *
 * `values` is per node of the whole graph: 0 for a node outside the country. Normalisation
 * (`normalized`, as brokers.ts) divides by the east-west pairs of the subgraph not involving the
 * node. NetworkX's `betweenness_centrality_subset(G.subgraph(inside), east, west,
 * normalized=False)` gives half of the unnormalised values (the test compares them).
 */
import type { CsrTopology } from '../csr.ts';
import { compute as brokers, type BrokersOptions, type BrokersResult, type Side } from './brokers.ts';

/** What runs brokers.ts on worker threads (workers/pool.ts's WorkerPool, named here by shape: the pool imports this folder). */
export interface BrokersRunner {
  brokers(graph: CsrTopology, sides: ArrayLike<Side>, options?: BrokersOptions): Promise<BrokersResult>;
}

export interface InnerBrokersResult extends BrokersResult {
  /** Places of the subgraph (inside the country). */
  readonly inside: number;
}

/** The subgraph induced by the nodes with `keep[i]`: its topology and, per new index, the old one. */
export function inducedSubgraph(graph: CsrTopology, keep: ArrayLike<boolean>): { topology: CsrTopology; original: Int32Array } {
  if (keep.length !== graph.n) throw new Error(`analytics/eastwest/inner-brokers: expected ${graph.n} flags, got ${keep.length}.`);
  const renumber = new Int32Array(graph.n).fill(-1);
  const original: number[] = [];
  for (let i = 0; i < graph.n; i++) if (keep[i]) renumber[i] = original.push(i) - 1;
  const offsets = new Int32Array(original.length + 1);
  const targets: number[] = [];
  original.forEach((v, i) => {
    for (let p = graph.offsets[v]!; p < graph.offsets[v + 1]!; p++) {
      const w = renumber[graph.targets[p]!]!;
      if (w >= 0) targets.push(w);
    }
    offsets[i + 1] = targets.length;
  });
  return { topology: { n: original.length, offsets, targets: Int32Array.from(targets) }, original: Int32Array.from(original) };
}

/**
 * East-west brokerage on the subgraph of the nodes with `inside[i]`, on the pool's threads when one
 * is given (the same values).
 */
export async function compute(
  graph: CsrTopology,
  inside: ArrayLike<boolean>,
  sides: ArrayLike<Side>,
  options?: BrokersOptions,
  pool?: BrokersRunner,
): Promise<InnerBrokersResult> {
  if (sides.length !== graph.n) throw new Error(`analytics/eastwest/inner-brokers: expected ${graph.n} sides, got ${sides.length}.`);
  const { topology, original } = inducedSubgraph(graph, inside);
  const subSides = Array.from(original, (v) => sides[v] ?? null);
  const sub = pool && topology.n > 0 ? await pool.brokers(topology, subSides, options) : brokers(topology, subSides, options);
  const values = new Float64Array(graph.n);
  original.forEach((v, i) => (values[v] = sub.values[i]!));
  return { values, normalized: sub.normalized, east: sub.east, west: sub.west, inside: topology.n };
}
