/**
 * k-cores: the core number of every node, as NetworkX's `core_number`. The k-core is the largest
 * subgraph in which every node has at least k neighbours; a node's core number is the largest k
 * whose k-core holds it, the graph's degeneracy the largest core number, and the k-shell the nodes
 * of core number exactly k.
 *
 * Bucket peeling of V. Batagelj & M. Zaversnik 2003, "An O(m) algorithm for cores decomposition of
 * networks" (arXiv cs/0310049): nodes sorted by degree into bins (counting sort), taken in order of
 * their current degree; taking v fixes its core number and lowers the current degree of each
 * neighbour still above it by moving that neighbour to the front of its bin and the bin's start
 * one place on. Time O(n + m), memory O(n).
 */
import { z } from 'zod';
import type { CsrTopology } from '../csr.ts';
import { parseOptions } from '../options.ts';

export const optionsSchema = z.object({}).strict();
export type CoreNumberOptions = z.input<typeof optionsSchema>;

/** Core number of each node (0 for an isolated node). */
export function compute(graph: CsrTopology, options?: CoreNumberOptions): Int32Array {
  parseOptions('structure/core-number', optionsSchema, options);
  const { n, offsets, targets } = graph;
  const degree = new Int32Array(n);
  let maxDegree = 0;
  for (let v = 0; v < n; v++) {
    degree[v] = offsets[v + 1]! - offsets[v]!;
    if (degree[v]! > maxDegree) maxDegree = degree[v]!;
  }
  // bin[d]: where the nodes of current degree d start in `vert`, the nodes sorted by degree
  const bin = new Int32Array(maxDegree + 1);
  for (let v = 0; v < n; v++) bin[degree[v]!]!++;
  for (let d = 0, start = 0; d <= maxDegree; d++) {
    const size = bin[d]!;
    bin[d] = start;
    start += size;
  }
  const vert = new Int32Array(n);
  const pos = new Int32Array(n);
  for (let v = 0; v < n; v++) {
    pos[v] = bin[degree[v]!]!++;
    vert[pos[v]!] = v;
  }
  for (let d = maxDegree; d > 0; d--) bin[d] = bin[d - 1]!;
  bin[0] = 0;

  for (let i = 0; i < n; i++) {
    const v = vert[i]!;
    const dv = degree[v]!;
    for (let p = offsets[v]!, end = offsets[v + 1]!; p < end; p++) {
      const u = targets[p]!;
      const du = degree[u]!;
      if (du <= dv) continue;
      // swap u with the first node of its bin, then shrink the bin from the front
      const first = bin[du]!;
      const w = vert[first]!;
      if (w !== u) {
        vert[pos[u]!] = w;
        pos[w] = pos[u]!;
        vert[first] = u;
        pos[u] = first;
      }
      bin[du]!++;
      degree[u] = du - 1;
    }
  }
  return degree;
}

export interface Shell {
  /** The core number of the shell's nodes. */
  readonly k: number;
  readonly size: number;
}

/** The degeneracy (largest core number, 0 without nodes) and the size of each non-empty k-shell, by increasing k. */
export function shells(coreNumber: ArrayLike<number>): { degeneracy: number; shells: Shell[] } {
  const sizes = new Map<number, number>();
  let degeneracy = 0;
  for (let i = 0; i < coreNumber.length; i++) {
    const k = coreNumber[i]!;
    sizes.set(k, (sizes.get(k) ?? 0) + 1);
    if (k > degeneracy) degeneracy = k;
  }
  const list = [...sizes].map(([k, size]) => ({ k, size })).sort((a, b) => a.k - b.k);
  return { degeneracy, shells: list };
}
