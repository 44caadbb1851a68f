/**
 * Tree pruning: the graph split into its 2-core and the trees that hang from it, for the folded
 * shortest-path sweep (folded-sweep.ts).
 *
 * Nodes of degree 1 are removed repeatedly (the 1-degree reduction of Baglioni, Geraci, Pellegrini
 * & Lastres 2012, "Fast exact computation of betweenness centrality in social networks", ASONAM,
 * applied until none is left, as in Sariyüce, Saule, Kaya & Çatalyürek 2013, "Shattering and
 * compressing networks for betweenness centrality", SIAM SDM). What remains is the core: the
 * 2-core, plus one node for every component that is a tree. Each removed node hangs, through its
 * `parent`, from exactly one core node, its `root`; every path between a tree node and a node
 * outside its tree passes through its root, so shortest paths among core nodes, weighted by how
 * many nodes each core node stands for, give everything else (folded-sweep.ts).
 *
 * Twin-town networks have many towns with a single partner: the Wikipedia list's 17,717 places
 * have a 2-core of 6,922 nodes and 16,485 of the 25,914 edges.
 *
 * Removal runs in index order, so the result depends only on the CSR: two threads that prune the
 * same CSR agree (which node of a tree component stays as its root included).
 */
import type { CsrTopology } from '../csr.ts';

export interface TreePruning {
  readonly n: number;
  /** The core node each node hangs from (itself for a core node). */
  readonly root: Int32Array;
  /** The next node towards the root; -1 for a core node. */
  readonly parent: Int32Array;
  /** Hops to the root (0 for a core node). */
  readonly depth: Int32Array;
  /** Nodes in the subtree of a tree node, itself included; for a core node, 1 + the nodes hanging from it. */
  readonly size: Int32Array;
  /** Sum, over the subtrees hanging directly from a node (its children), of their sizes. */
  readonly childSizes: Float64Array;
  /** Sum of the squares of those sizes. */
  readonly childSquares: Float64Array;
  /** The core nodes, ascending. */
  readonly roots: Int32Array;
  /** Nodes hanging from core node r: `members[memberStart[r] .. memberStart[r + 1])`, parents before their children; `memberStart` is indexed by node. */
  readonly memberStart: Int32Array;
  readonly members: Int32Array;
  /** Nodes in removal order: every node after all of its children. */
  readonly removal: Int32Array;
}

const cache = new WeakMap<Int32Array, TreePruning>();

/** The pruning of a CSR, cached per CSR (per targets array). */
export function treePruning(graph: CsrTopology): TreePruning {
  const cached = cache.get(graph.targets);
  if (cached && cached.n === graph.n) return cached;
  const pruning = prune(graph);
  cache.set(graph.targets, pruning);
  return pruning;
}

function prune(graph: CsrTopology): TreePruning {
  const { n, offsets, targets } = graph;
  const degree = new Int32Array(n);
  const removed = new Uint8Array(n);
  const parent = new Int32Array(n).fill(-1);
  const size = new Int32Array(n).fill(1);
  const childSizes = new Float64Array(n);
  const childSquares = new Float64Array(n);
  const queue = new Int32Array(n);
  const removal = new Int32Array(n);
  let tail = 0;
  for (let v = 0; v < n; v++) {
    degree[v] = offsets[v + 1]! - offsets[v]!;
    if (degree[v] === 1) queue[tail++] = v;
  }
  let removedCount = 0;
  for (let head = 0; head < tail; head++) {
    const v = queue[head]!;
    if (degree[v] !== 1) continue; // its last neighbour went first: v stays as the root of a tree component
    let p = -1;
    for (let q = offsets[v]!, end = offsets[v + 1]!; q < end; q++) {
      if (!removed[targets[q]!]) {
        p = targets[q]!;
        break;
      }
    }
    removed[v] = 1;
    degree[v] = 0;
    parent[v] = p;
    removal[removedCount++] = v;
    const s = size[v]!;
    size[p]! += s;
    childSizes[p]! += s;
    childSquares[p]! += s * s;
    if (--degree[p]! === 1) queue[tail++] = p;
  }

  const root = new Int32Array(n);
  const depth = new Int32Array(n);
  for (let v = 0; v < n; v++) root[v] = v;
  for (let i = removedCount - 1; i >= 0; i--) {
    const v = removal[i]!;
    root[v] = root[parent[v]!]!;
    depth[v] = depth[parent[v]!]! + 1;
  }
  const roots = new Int32Array(n - removedCount);
  for (let v = 0, k = 0; v < n; v++) if (!removed[v]) roots[k++] = v;
  for (let v = 0, k = removedCount; v < n; v++) if (!removed[v]) removal[k++] = v;

  // Members by root, parents before children: reverse removal order is such an order.
  const memberStart = new Int32Array(n + 1);
  for (let i = 0; i < removedCount; i++) memberStart[root[removal[i]!]! + 1]!++;
  for (let v = 0; v < n; v++) memberStart[v + 1]! += memberStart[v]!;
  const fill = memberStart.slice(0, n);
  const members = new Int32Array(removedCount);
  for (let i = removedCount - 1; i >= 0; i--) {
    const v = removal[i]!;
    members[fill[root[v]!]!++] = v;
  }
  return { n, root, parent, depth, size, childSizes, childSquares, roots, memberStart, members, removal };
}
