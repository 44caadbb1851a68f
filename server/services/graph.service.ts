/** The graph under the filters, in graphology's serialisation format (`Graph.from` loads it). */
import type { SerializedGraph } from 'graphology-types';
import type { DataLayer } from '../db/data-layer.ts';
import { yearCoverage } from '../graph/coverage.ts';
import { applyFilters, type Filters } from '../graph/filters.ts';

export async function getGraph(data: DataLayer, filters: Filters): Promise<{ version: number; graph: SerializedGraph }> {
  await data.ensureReady();
  const { version, graph } = await data.graphs.get();
  const view = applyFilters(graph, filters);
  const serialized = view.graph.export();
  serialized.attributes = { ...serialized.attributes, filters, leftOut: view.leftOut, coverage: yearCoverage(view.graph) };
  return { version, graph: serialized };
}
