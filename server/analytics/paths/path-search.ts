/**
 * One breadth-first search with shortest-path counting, and Brandes' accumulation over it
 * (U. Brandes 2001, "A faster algorithm for betweenness centrality", J. Math. Sociology 25(2)):
 * the inner loops shared by the plain sweep (shortest-paths.ts) and the folded one
 * (folded-sweep.ts).
 *
 * Without predecessor lists: during the search the edges of the shortest-path DAG are written
 * grouped by their tail, tails in BFS order; the accumulation then walks the order backwards as
 *   delta(v) = sigma(v) * sum over DAG successors u of (targetWeight(u) + delta(u)) / sigma(u),
 * reading each DAG edge once and dividing once per node. Scratch arrays are typed and allocated
 * once per sweep; after each search only the entries it visited are reset.
 */
import type { CsrTopology } from '../csr.ts';

export interface Search {
  readonly dist: Int32Array;
  readonly sigma: Float64Array;
  readonly coefficient: Float64Array;
  /** Nodes in BFS order; the search reached `order[0 .. tail)`. */
  readonly order: Int32Array;
  /** DAG edges from order[i]: dagTo[dagStart[i] .. dagStart[i + 1]). */
  readonly dagTo: Int32Array;
  readonly dagStart: Int32Array;
  /** Nodes at distance d are order[levelStart[d] .. levelStart[d + 1]), for d up to the last level reached. */
  readonly levelStart: Int32Array;
}

export function createSearch(graph: CsrTopology): Search {
  const { n, offsets } = graph;
  return {
    dist: new Int32Array(n).fill(-1),
    sigma: new Float64Array(n),
    coefficient: new Float64Array(n),
    order: new Int32Array(n),
    dagTo: new Int32Array(offsets[n]! / 2 + 1),
    dagStart: new Int32Array(n + 1),
    levelStart: new Int32Array(n + 2),
  };
}

/** Searches from `source`: distances, path counts and the DAG; returns how many nodes it reached. */
export function searchFrom(search: Search, graph: CsrTopology, source: number): number {
  const { offsets, targets } = graph;
  const { dist, sigma, order, dagTo, dagStart, levelStart } = search;
  let head = 0;
  let tail = 0;
  let edges = 0;
  let level = 0;
  order[tail++] = source;
  dist[source] = 0;
  sigma[source] = 1;
  levelStart[0] = 0;
  while (head < tail) {
    dagStart[head] = edges;
    const v = order[head++]!;
    const dv = dist[v]! + 1;
    const sv = sigma[v]!;
    for (let p = offsets[v]!, end = offsets[v + 1]!; p < end; p++) {
      const w = targets[p]!;
      const dw = dist[w]!;
      if (dw < 0) {
        if (dv > level) levelStart[(level = dv)] = tail;
        dist[w] = dv;
        order[tail++] = w;
        sigma[w] = sv;
      } else if (dw === dv) {
        sigma[w]! += sv;
      } else {
        continue;
      }
      dagTo[edges++] = w;
    }
  }
  dagStart[tail] = edges;
  levelStart[level + 1] = tail;
  return tail;
}

/**
 * The accumulation over the last search, each target u weighted by `targetWeight[u]` (1 when
 * null); adds scale * delta(v) to into[node[v]] (into[v] when `node` is null).
 */
export function accumulate(
  search: Search,
  tail: number,
  targetWeight: Float64Array | null,
  scale: number,
  into: Float64Array,
  node: Int32Array | null,
): void {
  const { sigma, coefficient, order, dagTo, dagStart } = search;
  for (let i = tail - 1; i > 0; i--) {
    const v = order[i]!;
    let acc = 0;
    for (let e = dagStart[i]!, end = dagStart[i + 1]!; e < end; e++) acc += coefficient[dagTo[e]!]!;
    const sv = sigma[v]!;
    const delta = sv * acc;
    into[node === null ? v : node[v]!]! += scale * delta;
    coefficient[v] = ((targetWeight === null ? 1 : targetWeight[v]!) + delta) / sv;
  }
}

/** Clears what the last search visited. */
export function resetSearch(search: Search, tail: number): void {
  const { dist, sigma, order } = search;
  for (let i = 0; i < tail; i++) {
    const v = order[i]!;
    dist[v] = -1;
    sigma[v] = 0;
  }
}
