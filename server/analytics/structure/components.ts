/**
 * Connected components of an undirected graph by iterative breadth-first search (no recursion),
 * as NetworkX's `connected_components`: components are numbered in the order of their first node
 * in node order, and the largest component is the first of the largest size (what
 * `max(nx.connected_components(G), key=len)` returns). Reference: Hopcroft & Tarjan 1973,
 * "Algorithm 447: efficient algorithms for graph manipulation", CACM 16(6). Time O(n + m).
 */
import { z } from 'zod';
import type { CsrTopology } from '../csr.ts';
import { parseOptions } from '../options.ts';

export const optionsSchema = z.object({}).strict();
export type ComponentsOptions = z.input<typeof optionsSchema>;

export interface ComponentsResult {
  /** Component number of each node, 0..count-1. */
  readonly label: Int32Array;
  readonly count: number;
  /** Size of each component. */
  readonly sizes: Int32Array;
  /** Number of the largest component (-1 for an empty graph). */
  readonly largest: number;
}

export function compute(graph: CsrTopology, options?: ComponentsOptions): ComponentsResult {
  parseOptions('structure/components', optionsSchema, options);
  const { n, offsets, targets } = graph;
  const label = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  const sizes: number[] = [];
  let largest = -1;
  for (let root = 0; root < n; root++) {
    if (label[root]! >= 0) continue;
    const c = sizes.length;
    let head = 0;
    let tail = 0;
    queue[tail++] = root;
    label[root] = c;
    while (head < tail) {
      const v = queue[head++]!;
      for (let p = offsets[v]!, end = offsets[v + 1]!; p < end; p++) {
        const w = targets[p]!;
        if (label[w]! < 0) {
          label[w] = c;
          queue[tail++] = w;
        }
      }
    }
    sizes.push(tail);
    if (largest < 0 || tail > sizes[largest]!) largest = c;
  }
  return { label, count: sizes.length, sizes: Int32Array.from(sizes), largest };
}

/** Nodes of the largest component, in increasing index order. */
export function largestComponentNodes(graph: CsrTopology): Int32Array {
  const { label, sizes, largest } = compute(graph);
  const nodes = new Int32Array(largest < 0 ? 0 : sizes[largest]!);
  let k = 0;
  for (let i = 0; i < graph.n; i++) if (label[i] === largest) nodes[k++] = i;
  return nodes;
}
