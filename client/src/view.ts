/**
 * The visible part of the graph under the filters, computed in the browser by the API's own filter
 * rule (`selectView`, contract/filters.ts), so that a filter change, or the play button stepping
 * through the years, is drawn at once without a round trip, and the counts shown match
 * `/api/graph` with the same parameters (a browser test compares them). One rule of the page's
 * own comes on top: places without any partnership are a layer, drawn only when asked for.
 */
import { hasPartnershipFilter, selectView } from '../../contract/filters.ts';
import { sideOf } from '../../contract/sides.ts';
import type { Divide } from '../../contract/vocabularies.ts';
import type { ClientFilters } from './state.ts';
import type { TownGraph } from './types.ts';

export interface View {
  readonly filters: ClientFilters;
  readonly nodes: ReadonlySet<string>;
  readonly edges: ReadonlySet<string>;
  /** Partnerships of each visible town inside the view. */
  readonly degree: ReadonlyMap<string, number>;
  readonly maxDegree: number;
  /** Partnerships left out because they have no founding year while a year range is set. */
  readonly undatedLeftOut: number;
}

export function computeView(graph: TownGraph, filters: ClientFilters): View {
  const selection = selectView(graph, filters);
  // with a partnership filter, places without a partnership in the view are left out by the rule
  const hideUnpartnered = !hasPartnershipFilter(filters) && !filters.unpartnered;
  const nodes = new Set<string>();
  for (const node of selection.filtered ? selection.nodes : graph.nodes()) {
    if (!hideUnpartnered || graph.degree(node) > 0) nodes.add(node);
  }
  const edges = selection.filtered ? selection.edges : new Set(graph.edges());

  const degree = new Map<string, number>();
  for (const node of nodes) degree.set(node, 0);
  for (const edge of edges) {
    const [s, t] = graph.extremities(edge);
    degree.set(s, (degree.get(s) ?? 0) + 1);
    degree.set(t, (degree.get(t) ?? 0) + 1);
  }
  let maxDegree = 0;
  for (const d of degree.values()) if (d > maxDegree) maxDegree = d;
  return { filters, nodes, edges, degree, maxDegree, undatedLeftOut: selection.leftOut.partnerships.undated };
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

/** Cross ties of the view: one end east, the other west (contract/sides.ts; Berlin counts as neither). */
export function crossTies(graph: TownGraph, view: View, divide: Divide): CrossCount {
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
