/**
 * Loads the NetworkX reference fixtures written by scripts/reference/make-fixtures.py and builds the
 * graphology graph (nodes and edges in the fixture's order) and its CSR.
 */
import { readFileSync } from 'node:fs';
import { UndirectedGraph } from 'graphology';
import { buildCsr, type Csr } from '../../server/analytics/csr.ts';

type Values = Array<number | null>;

export interface Fixture {
  name: string;
  nodes: string[];
  edges: Array<[number, number]>;
  degree: Values;
  betweenness: Values;
  closeness: Values;
  harmonic: Values;
  pagerank: Values;
  eigenvector: {
    scope: 'graph' | 'largest-component' | 'none';
    graphConverged: boolean;
    values: Values | null;
    largestComponentValues: Values | null;
  };
  components: { count: number; label: number[] };
  clustering: Values;
  averageClustering: number;
  transitivity: number;
  degreeAssortativity: number | null;
  attribute: { values: string[]; assortativity: number | null };
  bridges: Array<[number, number]>;
  articulationPoints: number[];
  coreNumber: number[];
  largestComponent: { size: number; diameter: number; averageShortestPathLength: number };
  louvain: { seed: number; resolution: number; count: number; label: number[]; modularity: number };
  partition: { label: number[]; modularity: Array<{ resolution: number; value: number }> };
  componentModularity: number;
  nmi: { louvainVsPartition: number; louvainVsAttribute: number; componentsVsLouvain: number };
  brokersSubset: Values;
  /** All shortest paths between seeded pairs: the first 10 in the order of the keys along them. */
  shortestPaths: Array<{ source: number; target: number; length: number | null; count: number; paths: number[][] }>;
  /** nx.ego_graph's node sets (sorted indices). */
  egoNetworks: Array<{ center: number; radius: number; nodes: number[] }>;
  betweennessSampled?: { k: number; seed: number; sources: number[]; values: Values };
}

export const SMALL = ['karate', 'florentine', 'les-miserables', 'path', 'star', 'components'] as const;
export const ALL = [...SMALL, 'generated-2k'] as const;

const cache = new Map<string, { fixture: Fixture; graph: UndirectedGraph; csr: Csr }>();

export function load(name: string): { fixture: Fixture; graph: UndirectedGraph; csr: Csr } {
  const hit = cache.get(name);
  if (hit) return hit;
  const url = new URL(`../fixtures/analytics/${name}.json`, import.meta.url);
  const fixture = JSON.parse(readFileSync(url, 'utf8')) as Fixture;
  const graph = new UndirectedGraph();
  for (const key of fixture.nodes) graph.addNode(key);
  for (const [u, v] of fixture.edges) graph.addEdge(fixture.nodes[u]!, fixture.nodes[v]!);
  const entry = { fixture, graph, csr: buildCsr(graph) };
  cache.set(name, entry);
  return entry;
}

/** Largest absolute difference between a computed array and reference values (null = skip). */
export function maxAbsDiff(actual: ArrayLike<number>, expected: Values): number {
  if (actual.length !== expected.length) return Number.POSITIVE_INFINITY;
  let worst = 0;
  for (let i = 0; i < expected.length; i++) {
    const e = expected[i];
    if (e === null || e === undefined) continue;
    const d = Math.abs(actual[i]! - e);
    if (!(d <= worst)) worst = d;
  }
  return worst;
}
