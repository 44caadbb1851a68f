/** The graph under the filters, in graphology's serialisation format (`Graph.from` loads it). */
import type { GraphAnswer } from '../../contract/api/graph.ts';
import type { Filters } from '../../contract/filters.ts';
import type { DataLayer } from '../db/data-layer.ts';
import { yearCoverage } from '../graph/coverage.ts';
import { applyFilters } from '../graph/filters.ts';
import type { SourceRow } from '../export/credits.ts';
import { datasetSources } from './dataset-sources.ts';

/** The dataset version whose graph `getGraph` answers now (the graph loaded, if it was not). */
export async function graphVersion(data: DataLayer): Promise<number> {
  await data.ensureReady();
  return (await data.graphs.get()).version;
}

export async function getGraph(data: DataLayer, filters: Filters): Promise<{ version: number; graph: GraphAnswer }> {
  await data.ensureReady();
  const { version, graph } = await data.graphs.get();
  const sources = await data.db.read<SourceRow & Record<string, unknown>>('read/list-sources');
  const view = applyFilters(graph, filters);
  // graphology types the stored attributes loosely; they are the contract's (graph-store.ts loads them)
  const serialized = view.graph.export() as unknown as GraphAnswer;
  const json = filters as GraphAnswer['attributes']['filters']; // read-only arrays, sent as JSON
  serialized.attributes = {
    ...serialized.attributes,
    filters: json,
    leftOut: view.leftOut,
    coverage: yearCoverage(view.graph),
    datasets: datasetSources(sources),
  };
  return { version, graph: serialized };
}
