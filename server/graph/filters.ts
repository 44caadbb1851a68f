/**
 * The filtered view of a dataset's graph, as a graph the analyses and exports read. Which
 * partnerships and places a view keeps is the rule of contract/filters.ts, the one the client runs
 * too; this module only builds the subgraph it selects.
 */
import { UndirectedGraph } from 'graphology';
import type { AbstractGraph } from 'graphology-types';
import { selectView, type Filters, type LeftOut } from '../../contract/filters.ts';

export interface FilteredView {
  graph: AbstractGraph;
  filters: Filters;
  leftOut: LeftOut;
}

/** The view of `graph` under `filters`; the shared graph itself is never changed (nor copied when nothing is filtered). */
export function applyFilters(graph: AbstractGraph, filters: Filters): FilteredView {
  const selection = selectView(graph, filters);
  if (!selection.filtered) return { graph, filters, leftOut: selection.leftOut };
  const view = new UndirectedGraph({ allowSelfLoops: false });
  view.replaceAttributes({ ...graph.getAttributes() });
  // The selection lists places in the order they were first kept (the graph's order, or that of
  // their first kept partnership); seeded analyses (Louvain) depend on the order.
  for (const node of selection.nodes) view.addNode(node, graph.getNodeAttributes(node));
  graph.forEachEdge((edge, attr, source, target) => {
    if (selection.edges.has(edge)) view.addUndirectedEdgeWithKey(edge, source, target, attr);
  });
  return { graph: view, filters, leftOut: selection.leftOut };
}

/**
 * The network that the analyses (centralities, communities, components, structure) run on: the
 * view's places with at least one partnership in it. Places without one are data (`/api/graph`,
 * exports and region figures include them) but not part of the network. The same graph when every
 * place has a partnership.
 */
export function partneredOnly(graph: AbstractGraph): AbstractGraph {
  if (!graph.someNode((node) => graph.degree(node) === 0)) return graph;
  const network = new UndirectedGraph({ allowSelfLoops: false });
  network.replaceAttributes({ ...graph.getAttributes() });
  graph.forEachNode((node, attr) => {
    if (graph.degree(node) > 0) network.addNode(node, attr);
  });
  graph.forEachEdge((edge, attr, source, target) => network.addUndirectedEdgeWithKey(edge, source, target, attr));
  return network;
}
