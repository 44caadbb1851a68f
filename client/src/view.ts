/**
 * The visible part of the graph under the filters, computed in the browser with the rules of the
 * API (server/graph/filters.ts), so that a filter change, or the play button stepping through the
 * years, is drawn at once without a round trip, and the counts shown match `/api/graph` with the
 * same parameters (a browser test compares them).
 */
import type { Filters } from './state.ts';
import { hasFilters } from './state.ts';
import type { TownAttributes, TownGraph } from './types.ts';

export interface View {
  readonly filters: Filters;
  readonly nodes: ReadonlySet<string>;
  readonly edges: ReadonlySet<string>;
  /** Partnerships of each visible town inside the view. */
  readonly degree: ReadonlyMap<string, number>;
  readonly maxDegree: number;
  /** Partnerships left out because they have no founding year while a year range is set. */
  readonly undatedLeftOut: number;
}

export function computeView(graph: TownGraph, filters: Filters): View {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  let undatedLeftOut = 0;

  const partnershipFilter = hasFilters({ ...filters, minDegree: 0 });
  const types = filters.types ? new Set<string>(filters.types) : null;
  const placed = filters.countries.length > 0 || filters.blocs.length > 0;
  const countries = new Set(filters.countries);
  const blocs = new Set<string>(filters.blocs);
  const inPlaces = (a: TownAttributes) =>
    (a.country !== undefined && countries.has(a.country)) || (a.bloc !== undefined && blocs.has(a.bloc));
  const ranged = filters.from !== null || filters.to !== null;

  // places without a partnership are a layer of their own, drawn only when asked for
  if (!partnershipFilter && filters.unpartnered) graph.forEachNode((node) => void nodes.add(node));
  graph.forEachEdge((edge, attr, source, target, sa, ta) => {
    if (types && !types.has(attr.type)) return;
    if (ranged) {
      const { since, until } = attr;
      if (since === undefined && !filters.includeUndated) {
        undatedLeftOut += 1;
        return;
      }
      if (since !== undefined && ((filters.from !== null && since < filters.from) || (filters.to !== null && since > filters.to))) return;
      if (until !== undefined && filters.to !== null && until < filters.to) return;
    }
    if (placed && !inPlaces(sa) && !inPlaces(ta)) return;
    nodes.add(source);
    nodes.add(target);
    edges.add(edge);
  });

  const degree = new Map<string, number>();
  for (const node of nodes) degree.set(node, 0);
  const count = () => {
    for (const edge of edges) {
      const [s, t] = graph.extremities(edge);
      degree.set(s, (degree.get(s) ?? 0) + 1);
      degree.set(t, (degree.get(t) ?? 0) + 1);
    }
  };
  count();
  if (filters.minDegree > 0) {
    for (const [node, d] of degree) if (d < filters.minDegree) nodes.delete(node);
    for (const edge of edges) {
      const [s, t] = graph.extremities(edge);
      if (!nodes.has(s) || !nodes.has(t)) edges.delete(edge);
    }
    degree.clear();
    for (const node of nodes) degree.set(node, 0);
    count();
  }
  let maxDegree = 0;
  for (const d of degree.values()) if (d > maxDegree) maxDegree = d;
  return { filters, nodes, edges, degree, maxDegree, undatedLeftOut };
}

/** Which side of the divide a town is on; null: on neither (Berlin as a whole, neutral, abroad). */
export function sideOf(attr: TownAttributes, divide: 'germany' | 'europe'): 'east' | 'west' | null {
  const value = divide === 'germany' ? attr.germany : attr.bloc;
  return value === 'east' || value === 'west' ? value : null;
}

export interface CrossCount {
  /** Visible partnerships. */
  ties: number;
  /** Visible partnerships with a side at both ends. */
  sided: number;
  /** Visible partnerships between east and west. */
  cross: number;
  crossEdges: ReadonlySet<string>;
}

/** Cross ties of the view: one end east, the other west (Berlin counts as neither). */
export function crossTies(graph: TownGraph, view: View, divide: 'germany' | 'europe'): CrossCount {
  let sided = 0;
  const crossEdges = new Set<string>();
  for (const edge of view.edges) {
    const [s, t] = graph.extremities(edge);
    const a = sideOf(graph.getNodeAttributes(s), divide);
    const b = sideOf(graph.getNodeAttributes(t), divide);
    if (a === null || b === null) continue;
    sided += 1;
    if (a !== b) crossEdges.add(edge);
  }
  return { ties: view.edges.size, sided, cross: crossEdges.size, crossEdges };
}
