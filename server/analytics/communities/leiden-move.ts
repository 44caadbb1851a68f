/**
 * Leiden's fast local moving of nodes (Traag, Waltman & van Eck 2019, "From Louvain to Leiden:
 * guaranteeing well-connected communities", Sci. Rep. 9:5233, Algorithm A.2, MoveNodesFast):
 * every node is queued once in random order; a node taken from the queue moves to the community
 * (among its neighbours' and an empty one) that raises the quality most, staying put unless a move
 * gains strictly; when it moves, its neighbours outside its new community are queued again unless
 * already queued. Ends when the queue is empty.
 *
 * Quality is modularity written as the paper's CPM on node weights: moving node v (weight k_v)
 * into community C gains w(v, C) - gamma k_v K_C / 2m, with w(v, C) the weight of v's edges into
 * C, K_C the weight of C without v and gamma the resolution. Gains are compared times 2m,
 * w(v, C) 2m - gamma k_v K_C: for gamma = 1 every term is an integer, computed exactly, so that
 * rounding never makes a move look better than staying when both are equal (only strict gains
 * move a node, which is why an iteration that moves nothing is the end).
 */
import type { LeidenGraph } from './leiden-graph.ts';

/** A random order of 0..n-1 (Fisher-Yates). */
export function randomOrder(n: number, rng: () => number): Int32Array {
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const t = order[i]!;
    order[i] = order[j]!;
    order[j] = t;
  }
  return order;
}

/**
 * Moves the nodes of `graph` between the communities `clusters` (community ids in 0..n-1; changed
 * in place) for modularity at `resolution`. Returns whether any node moved.
 */
export function moveNodesFast(graph: LeidenGraph, clusters: Int32Array, resolution: number, rng: () => number): boolean {
  const { n, offsets, targets, weights, nodeWeights, twoM } = graph;
  const clusterWeight = new Float64Array(n);
  const clusterSize = new Int32Array(n);
  for (let v = 0; v < n; v++) {
    clusterWeight[clusters[v]!]! += nodeWeights[v]!;
    clusterSize[clusters[v]!]!++;
  }
  const empty = new Int32Array(n); // a stack of the ids of empty communities
  let nEmpty = 0;
  for (let c = n - 1; c >= 0; c--) if (clusterSize[c] === 0) empty[nEmpty++] = c;

  const queue = randomOrder(n, rng); // circular: `count` nodes from `head`
  const queued = new Uint8Array(n).fill(1);
  let head = 0;
  let count = n;
  const weightTo = new Float64Array(n); // w(v, C) for the communities around v; 0 elsewhere
  const around = new Int32Array(n);
  let moved = false;
  while (count > 0) {
    const v = queue[head]!;
    head = head + 1 === n ? 0 : head + 1;
    count--;
    queued[v] = 0;
    const current = clusters[v]!;
    const k = nodeWeights[v]!;
    const gk = resolution * k;
    clusterWeight[current]! -= k;
    if (--clusterSize[current]! === 0) empty[nEmpty++] = current;

    let nAround = 0;
    around[nAround++] = empty[nEmpty - 1]!; // gain 0: no edges into it, no weight
    const first = offsets[v]!;
    const last = offsets[v + 1]!;
    for (let p = first; p < last; p++) {
      const c = clusters[targets[p]!]!;
      if (weightTo[c] === 0) around[nAround++] = c;
      weightTo[c]! += weights[p]!;
    }
    let best = current;
    let bestGain = weightTo[current]! * twoM - gk * clusterWeight[current]!;
    for (let i = 0; i < nAround; i++) {
      const c = around[i]!;
      const gain = weightTo[c]! * twoM - gk * clusterWeight[c]!;
      if (gain > bestGain) {
        best = c;
        bestGain = gain;
      }
      weightTo[c] = 0;
    }

    clusterWeight[best]! += k;
    if (clusterSize[best]!++ === 0) nEmpty--; // it was the top of the stack: the one offered, or v's own
    if (best === current) continue;
    clusters[v] = best;
    moved = true;
    for (let p = first; p < last; p++) {
      const u = targets[p]!;
      if (queued[u] || clusters[u] === best) continue;
      queued[u] = 1;
      let tail = head + count;
      if (tail >= n) tail -= n;
      queue[tail] = u;
      count++;
    }
  }
  return moved;
}
