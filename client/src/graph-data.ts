/**
 * The graph as loaded from the API, and what the page needs to know about it once: the towns'
 * map positions, the countries and years present, the names of the multilateral networks.
 */
import { UndirectedGraph } from 'graphology';
import type { GraphAnswer } from '../../contract/api/graph.ts';
import { mapPositions } from '../../contract/map-positions.ts';
import { getJson, type FetchOptions } from './api.ts';
import { ENDPOINTS } from './endpoints.ts';
import type { TownGraph } from './types.ts';

export function fetchGraph(options: FetchOptions = {}): Promise<GraphAnswer> {
  return getJson(ENDPOINTS.graph, options);
}

export interface GraphMeta {
  readonly towns: number;
  readonly ties: number;
  /** Countries by number of towns, most first. */
  readonly countries: ReadonlyArray<{ code: string; towns: number }>;
  /** The range of the year slider: from the earliest founding year (at most 1950) to this year. */
  readonly firstYear: number;
  readonly lastYear: number;
  readonly undated: number;
  /** Places without any partnership (the directory's unpartnered municipalities). */
  readonly unpartnered: number;
  readonly networks: ReadonlyMap<string, string>;
  /** Map positions of the towns (also of those without coordinates: a ring around the map). */
  readonly geo: ReadonlyMap<string, { x: number; y: number }>;
  readonly unplaced: number;
}

export function buildGraph(data: GraphAnswer): TownGraph {
  // x and y are required by sigma; the geographic layout gives their first values
  for (const node of data.nodes) Object.assign(node.attributes, { x: 0, y: 0 });
  return UndirectedGraph.from(data) as TownGraph;
}

export function describeGraph(graph: TownGraph, now = new Date()): GraphMeta {
  const countries = new Map<string, number>();
  graph.forEachNode((_node, attr) => {
    if (attr.country) countries.set(attr.country, (countries.get(attr.country) ?? 0) + 1);
  });
  // the force layout starts from these positions too, on the server as here (contract/map-positions.ts)
  const { positions: geo, unplaced } = mapPositions(graph.mapNodes((node, attr) => [node, attr] as const));
  let firstYear = 1950;
  let undated = 0;
  graph.forEachEdge((_edge, attr) => {
    if (attr.since === undefined) undated += 1;
    else if (attr.since < firstYear && attr.since >= 1000) firstYear = attr.since;
  });
  const networks = new Map(graph.getAttribute('networks').map((n) => [n.id, n.name] as const));
  return {
    towns: graph.order,
    ties: graph.size,
    countries: [...countries].map(([code, towns]) => ({ code, towns })).sort((a, b) => b.towns - a.towns || a.code.localeCompare(b.code)),
    firstYear,
    lastYear: now.getFullYear(),
    undated,
    unpartnered: graph.filterNodes((node) => graph.degree(node) === 0).length,
    networks,
    geo,
    unplaced,
  };
}
