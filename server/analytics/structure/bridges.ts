/**
 * Bridges: the edges whose removal disconnects their component, as NetworkX's `bridges`. A tree
 * edge (p, v) of a depth-first search is a bridge when low(v) > disc(p) (Tarjan 1974, "A note on
 * finding the bridges of a graph", Information Processing Letters 2(6)); the DFS is iterative
 * (lowpoint.ts), so deep graphs (a path of 200,000 nodes) work. Time O(n + m).
 */
import { z } from 'zod';
import type { CsrTopology } from '../csr.ts';
import { parseOptions } from '../options.ts';
import { lowpoints } from './lowpoint.ts';

export const optionsSchema = z.object({}).strict();
export type BridgesOptions = z.input<typeof optionsSchema>;

/** Bridges as a flat list of index pairs [u0, v0, u1, v1, ...] with u < v, sorted. */
export function compute(graph: CsrTopology, options?: BridgesOptions): Int32Array {
  parseOptions('structure/bridges', optionsSchema, options);
  const { disc, low, parent } = lowpoints(graph);
  const pairs: Array<[number, number]> = [];
  for (let v = 0; v < graph.n; v++) {
    const p = parent[v]!;
    if (p >= 0 && low[v]! > disc[p]!) pairs.push(p < v ? [p, v] : [v, p]);
  }
  pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out = new Int32Array(pairs.length * 2);
  pairs.forEach(([u, v], i) => {
    out[2 * i] = u;
    out[2 * i + 1] = v;
  });
  return out;
}
