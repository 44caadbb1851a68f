/**
 * graphology's serialisation format (`Graph.from` / `graph.import` load it), as /api/graph, with
 * the analysis results on the nodes and, as graph attributes, the dataset version, the filters,
 * what was left out, the analysis options and the credits (structured and as text). Non-finite
 * numbers become null, as JSON has none.
 */
import type { ExportGraph } from './export-graph.ts';

export function writeJson({ graph }: ExportGraph): string {
  return JSON.stringify(graph.export());
}
