/**
 * Depth-first search with discovery times and low points (Tarjan 1972, "Depth-first search and
 * linear graph algorithms", SIAM J. Computing 1(2); Hopcroft & Tarjan 1973, "Algorithm 447"),
 * shared by bridges.ts and articulation-points.ts. ITERATIVE: an explicit stack and a per-node
 * edge cursor replace recursion, so a path of millions of nodes cannot overflow the call stack.
 * The graph is simple (csr.ts drops parallel edges), so the tree edge back to the parent is
 * recognised by the parent's index. Time O(n + m).
 */
import type { CsrTopology } from '../csr.ts';

export interface Lowpoints {
  /** Discovery time of each node. */
  readonly disc: Int32Array;
  /** Smallest discovery time reachable through the node's DFS subtree and one back edge. */
  readonly low: Int32Array;
  /** DFS-tree parent, -1 for roots. */
  readonly parent: Int32Array;
  /** Number of DFS-tree children of each node. */
  readonly children: Int32Array;
}

export function lowpoints(graph: CsrTopology): Lowpoints {
  const { n, offsets, targets } = graph;
  const disc = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const parent = new Int32Array(n).fill(-1);
  const children = new Int32Array(n);
  const cursor = new Int32Array(n);
  const stack = new Int32Array(n);
  let time = 0;
  for (let root = 0; root < n; root++) {
    if (disc[root]! >= 0) continue;
    let top = 0;
    stack[top++] = root;
    disc[root] = low[root] = time++;
    cursor[root] = offsets[root]!;
    while (top > 0) {
      const v = stack[top - 1]!;
      if (cursor[v]! < offsets[v + 1]!) {
        const w = targets[cursor[v]!++]!;
        if (disc[w]! < 0) {
          parent[w] = v;
          children[v]!++;
          disc[w] = low[w] = time++;
          cursor[w] = offsets[w]!;
          stack[top++] = w;
        } else if (w !== parent[v] && disc[w]! < low[v]!) {
          low[v] = disc[w]!;
        }
      } else {
        top--;
        const p = parent[v]!;
        if (p >= 0 && low[v]! < low[p]!) low[p] = low[v]!;
      }
    }
  }
  return { disc, low, parent, children };
}
