/**
 * Degree centrality: the fraction of the other nodes each node is adjacent to, deg(v) / (n - 1),
 * as NetworkX's `degree_centrality` (Freeman 1978, "Centrality in social networks: conceptual
 * clarification", Social Networks 1(3)). A graph of one node gives 1, as NetworkX does.
 */
import { z } from 'zod';
import type { CsrTopology } from '../csr.ts';
import { parseOptions } from '../options.ts';

export const optionsSchema = z.object({}).strict();
export type DegreeOptions = z.input<typeof optionsSchema>;

export function compute(graph: CsrTopology, options?: DegreeOptions): Float64Array {
  parseOptions('centrality/degree', optionsSchema, options);
  const { n, offsets } = graph;
  const out = new Float64Array(n);
  if (n <= 1) return out.fill(1);
  const scale = 1 / (n - 1);
  for (let i = 0; i < n; i++) out[i] = (offsets[i + 1]! - offsets[i]!) * scale;
  return out;
}
