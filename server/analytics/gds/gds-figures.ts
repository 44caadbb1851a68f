/**
 * Neo4j Graph Data Science's figures brought to NetworkX's default normalisation, which every
 * figure of this service follows (README, Methods), for an undirected graph of n places:
 *
 * - degree centrality: GDS counts partners; NetworkX's `degree_centrality` divides by n − 1;
 * - betweenness: GDS counts each unordered pair of places once, unnormalised; NetworkX's
 *   `betweenness_centrality(normalized=True)` divides by (n − 1)(n − 2) / 2;
 * - closeness: GDS with `useWassermanFaust: true` is NetworkX's `closeness_centrality`
 *   (wf_improved=True, Wasserman & Faust 1994);
 * - harmonic closeness: GDS divides the sum of 1/d by n − 1; NetworkX's `harmonic_centrality` does not;
 * - PageRank: GDS's scores sum to n, NetworkX's to 1 (damping 0.85 both);
 * - k-core numbers: the same (Batagelj & Zaversnik 2003);
 * - components (GDS's weakly connected components of the undirected projection), bridges and
 *   articulation points: the same sets; only the numbering and order are brought to ours
 *   (components numbered in order of their first place, as NetworkX's `connected_components`;
 *   bridges and articulation points in the order of the places).
 *
 * References: NetworkX 3 documentation of the functions named; GDS 2.13 manual, "Degree
 * Centrality", "Betweenness Centrality", "Closeness Centrality", "Harmonic Centrality", "PageRank",
 * "K-Core Decomposition", "Weakly Connected Components", "Bridges", "Articulation Points". test/integration/gds.test.ts checks each against ours to 1e-9 (PageRank:
 * within NetworkX's stopping bound).
 */
import { MEASURES, type Measure } from '../../../contract/vocabularies.ts';

/** The centralities GDS gives as NetworkX does: all of ours but eigenvector; and the k-core numbers. */
export type GdsMeasure = Exclude<Measure, 'eigenvector'> | 'kcore';
export const GDS_MEASURES: readonly GdsMeasure[] = [
  ...MEASURES.filter((m): m is Exclude<Measure, 'eigenvector'> => m !== 'eigenvector'),
  'kcore',
];

/** GDS's value of each place, by measure, as its procedures stream them. */
export type GdsFigures = Record<GdsMeasure, ReadonlyMap<string, number>>;

/** The figures in the order of `nodes`, normalised as NetworkX does; throws if GDS left out a place. */
export function toNetworkX(figures: GdsFigures, nodes: readonly string[]): Record<GdsMeasure, number[]> {
  const n = nodes.length;
  const pagerankSum = [...figures.pagerank.values()].reduce((a, b) => a + b, 0);
  const scale: Record<GdsMeasure, (v: number) => number> = {
    degree: (v) => (n > 1 ? v / (n - 1) : 0),
    betweenness: (v) => (n > 2 ? (2 * v) / ((n - 1) * (n - 2)) : 0),
    closeness: (v) => v,
    harmonic: (v) => v * (n - 1),
    pagerank: (v) => (pagerankSum > 0 ? v / pagerankSum : 0),
    kcore: (v) => v,
  };
  const out = {} as Record<GdsMeasure, number[]>;
  for (const measure of GDS_MEASURES) {
    out[measure] = nodes.map((id) => {
      const v = figures[measure].get(id);
      if (v === undefined) throw new Error(`GDS gave no ${measure} for place ${id}`);
      return scale[measure](v);
    });
  }
  return out;
}

/** GDS's structure of the network: each place's component id, the bridges, the articulation points. */
export interface GdsStructure {
  component: ReadonlyMap<string, number>;
  bridges: readonly (readonly [string, string])[];
  articulationPoints: readonly string[];
}

/** The structure as ours gives it (analytics/structure/): components dense in `nodes` order, the rest in that order. */
export function toOurStructure(
  structure: GdsStructure,
  nodes: readonly string[],
): { component: number[]; componentSizes: number[]; bridges: [string, string][]; articulationPoints: string[] } {
  const position = new Map(nodes.map((id, i) => [id, i]));
  const at = (id: string) => {
    const i = position.get(id);
    if (i === undefined) throw new Error(`GDS named place ${id}, which is not in the network`);
    return i;
  };
  const ids = new Map<number, number>();
  const component = nodes.map((id) => {
    const c = structure.component.get(id);
    if (c === undefined) throw new Error(`GDS gave no component for place ${id}`);
    if (!ids.has(c)) ids.set(c, ids.size);
    return ids.get(c)!;
  });
  const componentSizes = new Array<number>(ids.size).fill(0);
  for (const c of component) componentSizes[c]! += 1;
  const bridges = structure.bridges
    .map(([a, b]) => (at(a) < at(b) ? [at(a), at(b)] : [at(b), at(a)]) as [number, number])
    .sort((x, y) => x[0] - y[0] || x[1] - y[1])
    .map(([i, j]): [string, string] => [nodes[i]!, nodes[j]!]);
  const articulationPoints = structure.articulationPoints
    .map(at)
    .sort((x, y) => x - y)
    .map((i) => nodes[i]!);
  return { component, componentSizes, bridges, articulationPoints };
}
