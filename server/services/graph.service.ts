/** The whole graph, in graphology's serialisation format, so clients load it with `Graph.from`. */
import type { SerializedGraph } from 'graphology-types';
import type { DataLayer } from '../db/data-layer.ts';

export async function getGraph(data: DataLayer): Promise<{ version: number; graph: SerializedGraph }> {
  await data.ensureReady();
  const { version, graph } = await data.graphs.get();
  return { version, graph: graph.export() };
}
