/** The graph under the filters, in graphology's serialisation format (`Graph.from` loads it). */
import type { GraphAnswer } from '../../contract/api/graph.ts';
import type { Filters } from '../../contract/filters.ts';
import type { DataLayer } from '../db/data-layer.ts';
import type { LoadedGraph } from '../db/graph-store.ts';
import { yearCoverage } from '../graph/coverage.ts';
import { applyFilters } from '../graph/filters.ts';
import type { SourceRow } from '../export/credits.ts';
import { datasetSources } from './dataset-sources.ts';

/** The dataset's graph as loaded now, with its version (loaded from Neo4j once per version). */
export async function currentGraph(data: DataLayer): Promise<LoadedGraph> {
  await data.ensureReady();
  return data.graphs.get();
}

/** The answer of /api/graph: `loaded` under the filters, with what was left out and the datasets' sources. */
export async function graphAnswer(data: DataLayer, loaded: LoadedGraph, filters: Filters): Promise<GraphAnswer> {
  const sources = await data.db.read<SourceRow & Record<string, unknown>>('read/list-sources');
  const view = applyFilters(loaded.graph, filters);
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
  return serialized;
}
