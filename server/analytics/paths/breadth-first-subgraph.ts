/**
 * A copy of a graph numbered for locality, for the shortest-path engine only: the plain sweep
 * searches such a copy of large graphs (shortest-paths.ts), the folded sweep numbers its core with
 * it (folded-sweep.ts).
 */
import type { CsrTopology } from '../csr.ts';

/** A subgraph renumbered for locality: `rank[v]` is v's index in it (-1 if left out), `node[i]` the node numbered i. */
export interface RenumberedSubgraph {
  readonly topology: CsrTopology;
  readonly rank: Int32Array;
  readonly node: Int32Array;
}

/**
 * The subgraph induced by the nodes `keep` accepts (all by default), its nodes numbered in
 * breadth-first order from the highest-degree node of each component (ties by index), so that a
 * search finds neighbours close in memory. Deterministic for a CSR.
 */
export function breadthFirstSubgraph(graph: CsrTopology, keep: (v: number) => boolean = () => true): RenumberedSubgraph {
  const { n, offsets, targets } = graph;
  const degree = new Int32Array(n);
  const kept: number[] = [];
  for (let v = 0; v < n; v++) {
    if (!keep(v)) continue;
    kept.push(v);
    for (let p = offsets[v]!, end = offsets[v + 1]!; p < end; p++) if (keep(targets[p]!)) degree[v]!++;
  }
  kept.sort((a, b) => degree[b]! - degree[a]! || a - b);
  const node = new Int32Array(kept.length);
  const rank = new Int32Array(n).fill(-1);
  let tail = 0;
  for (const start of kept) {
    if (rank[start]! >= 0) continue;
    rank[start] = tail;
    node[tail++] = start;
    for (let head = tail - 1; head < tail; head++) {
      const v = node[head]!;
      for (let p = offsets[v]!, end = offsets[v + 1]!; p < end; p++) {
        const w = targets[p]!;
        if (rank[w]! >= 0 || !keep(w)) continue;
        rank[w] = tail;
        node[tail++] = w;
      }
    }
  }
  const subOffsets = new Int32Array(tail + 1);
  for (let i = 0; i < tail; i++) subOffsets[i + 1] = subOffsets[i]! + degree[node[i]!]!;
  const subTargets = new Int32Array(subOffsets[tail]!);
  for (let i = 0, k = 0; i < tail; i++) {
    const v = node[i]!;
    for (let p = offsets[v]!, end = offsets[v + 1]!; p < end; p++) {
      const w = rank[targets[p]!]!;
      if (w >= 0) subTargets[k++] = w;
    }
  }
  return { topology: { n: tail, offsets: subOffsets, targets: subTargets }, rank, node };
}
