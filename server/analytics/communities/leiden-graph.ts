/**
 * The weighted graphs Leiden works on (leiden.ts): the input CSR with unit edge weights, and its
 * aggregates, in which each node stands for a set of nodes of the graph below (a subcommunity of
 * the refinement) and an edge's weight is the number of edges between two sets (Traag, Waltman &
 * van Eck 2019, "From Louvain to Leiden: guaranteeing well-connected communities", Sci. Rep.
 * 9:5233, Algorithm A.2, AggregateGraph). A node's weight is the sum of the degrees, in the input
 * graph, of the nodes it stands for, so that modularity keeps its value from level to level.
 * Edges inside a set are dropped: a node never moves away from itself, so they change no gain.
 *
 * Everything is typed arrays in CSR form, as csr.ts, plus a weight per edge entry.
 */
import type { CsrTopology } from '../csr.ts';

export interface LeidenGraph extends CsrTopology {
  /** Weight of each edge entry, aligned with `targets` (each undirected edge twice, same weight). */
  readonly weights: Float64Array;
  /** Weight of each node: the sum of the input degrees of the nodes it stands for. */
  readonly nodeWeights: Float64Array;
  /** 2m, twice the input's edges: the total node weight, at every level. */
  readonly twoM: number;
}

/** The input graph: every edge of weight 1, every node weighed by its degree. */
export function fromCsr(csr: CsrTopology): LeidenGraph {
  const { n, offsets, targets } = csr;
  const nodeWeights = new Float64Array(n);
  for (let v = 0; v < n; v++) nodeWeights[v] = offsets[v + 1]! - offsets[v]!;
  return { n, offsets, targets, weights: new Float64Array(targets.length).fill(1), nodeWeights, twoM: offsets[n]! };
}

/**
 * The graph whose nodes are the sets `labels` (node v of `graph` in set labels[v], sets numbered
 * 0..count-1): one node per set, the edges between two sets summed into one of their total weight.
 */
export function aggregate(graph: LeidenGraph, labels: Int32Array, count: number): LeidenGraph {
  const { n, offsets, targets, weights } = graph;
  // members of each set, contiguous (a counting sort by label)
  const start = new Int32Array(count + 1);
  for (let v = 0; v < n; v++) start[labels[v]! + 1]!++;
  for (let c = 0; c < count; c++) start[c + 1]! += start[c]!;
  const fill = start.slice(0, count);
  const members = new Int32Array(n);
  const nodeWeights = new Float64Array(count);
  for (let v = 0; v < n; v++) {
    const c = labels[v]!;
    members[fill[c]!++] = v;
    nodeWeights[c]! += graph.nodeWeights[v]!;
  }

  const nextOffsets = new Int32Array(count + 1);
  const nextTargets = new Int32Array(offsets[n]!); // at most as many entries as below
  const nextWeights = new Float64Array(offsets[n]!);
  const weightTo = new Float64Array(count); // 0 means "not yet seen from this set" (weights are positive)
  const touched = new Int32Array(count);
  let e = 0;
  for (let c = 0; c < count; c++) {
    nextOffsets[c] = e;
    let nTouched = 0;
    for (let i = start[c]!, end = start[c + 1]!; i < end; i++) {
      const v = members[i]!;
      for (let p = offsets[v]!, stop = offsets[v + 1]!; p < stop; p++) {
        const d = labels[targets[p]!]!;
        if (d === c) continue;
        if (weightTo[d] === 0) touched[nTouched++] = d;
        weightTo[d]! += weights[p]!;
      }
    }
    for (let t = 0; t < nTouched; t++) {
      const d = touched[t]!;
      nextTargets[e] = d;
      nextWeights[e++] = weightTo[d]!;
      weightTo[d] = 0;
    }
  }
  nextOffsets[count] = e;
  return {
    n: count,
    offsets: nextOffsets,
    targets: nextTargets.slice(0, e),
    weights: nextWeights.slice(0, e),
    nodeWeights,
    twoM: graph.twoM,
  };
}

/** Labels renumbered 0..count-1 in order of first node (in place); returns count. */
export function renumber(labels: Int32Array, scratch: Int32Array): number {
  scratch.fill(-1);
  let count = 0;
  for (let v = 0; v < labels.length; v++) {
    const c = labels[v]!;
    let code = scratch[c]!;
    if (code < 0) {
      code = count++;
      scratch[c] = code;
    }
    labels[v] = code;
  }
  return count;
}

/** The connected parts of the sets `labels` (ids in 0..n-1): each part as the id of one node of it. */
export function connectedParts(graph: LeidenGraph, labels: Int32Array): Int32Array {
  const { n, offsets, targets } = graph;
  const part = new Int32Array(n).fill(-1);
  const stack = new Int32Array(n);
  for (let s = 0; s < n; s++) {
    if (part[s] !== -1) continue;
    const label = labels[s]!;
    part[s] = s;
    let top = 0;
    stack[top++] = s;
    while (top > 0) {
      const v = stack[--top]!;
      for (let p = offsets[v]!, end = offsets[v + 1]!; p < end; p++) {
        const u = targets[p]!;
        if (part[u] !== -1 || labels[u] !== label) continue;
        part[u] = s;
        stack[top++] = u;
      }
    }
  }
  return part;
}
