/**
 * Compressed sparse row (CSR) view of an undirected simple graph.
 *
 * Node i's neighbours are `targets[offsets[i] .. offsets[i + 1])`; every undirected edge appears
 * twice, once from each end. Node indices follow the graph's node order (`graph.nodes()`), and
 * neighbours keep the order in which graphology yields the edges, so that results are reproducible.
 * Self-loops and parallel edges are dropped and edge directions, weights and attributes ignored:
 * the kernels compute on the simple undirected, unweighted graph. The source graph is only read.
 *
 * The typed arrays can live on a SharedArrayBuffer (`shareCsr`) so that worker threads read the
 * same memory instead of a copy.
 */
import type { AbstractGraph } from 'graphology-types';
import { AppError } from '../errors.ts';

/** What the kernels need: the adjacency only. Worker threads get this, without the keys. */
export interface CsrTopology {
  /** Number of nodes. */
  readonly n: number;
  /** Length n + 1; `offsets[n]` is 2m. */
  readonly offsets: Int32Array;
  /** Length 2m: each undirected edge {u, v} appears as v in u's row and u in v's row. */
  readonly targets: Int32Array;
}

export interface Csr extends CsrTopology {
  /** Number of undirected edges. */
  readonly m: number;
  /** Node keys by index. */
  readonly keys: readonly string[];
  /** Node key to index. */
  readonly index: ReadonlyMap<string, number>;
}

/** Builds the CSR of a graphology graph (any type; edges are read as undirected pairs). */
export function buildCsr(graph: AbstractGraph): Csr {
  const keys = graph.nodes();
  const index = new Map<string, number>();
  for (let i = 0; i < keys.length; i++) index.set(keys[i]!, i);
  const ends: number[] = [];
  graph.forEachEdge((_edge, _attributes, source, target) => {
    ends.push(index.get(source)!, index.get(target)!);
  });
  return csrFromPairs(keys, Int32Array.from(ends));
}

/**
 * Builds a CSR from node keys and a flat list of edge ends `[u0, v0, u1, v1, ...]` (indices into
 * `keys`). Self-loops and repeated pairs are dropped.
 */
export function csrFromPairs(keys: readonly string[], ends: ArrayLike<number>): Csr {
  const n = keys.length;
  if (ends.length % 2 !== 0) throw new AppError('bad-request', 'analytics/csr: the edge list has an odd length.');
  const degree = new Int32Array(n + 1);
  for (let e = 0; e < ends.length; e += 2) {
    const u = ends[e]!;
    const v = ends[e + 1]!;
    if (!(u >= 0 && u < n && v >= 0 && v < n) || !Number.isInteger(u) || !Number.isInteger(v)) {
      throw new AppError('bad-request', `analytics/csr: edge ${e / 2} has an end outside 0..${n - 1}.`);
    }
    if (u === v) continue;
    degree[u]!++;
    degree[v]!++;
  }
  const start = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) start[i + 1] = start[i]! + degree[i]!;
  const fill = start.slice(0, n);
  const raw = new Int32Array(start[n]!);
  for (let e = 0; e < ends.length; e += 2) {
    const u = ends[e]!;
    const v = ends[e + 1]!;
    if (u === v) continue;
    raw[fill[u]!++] = v;
    raw[fill[v]!++] = u;
  }
  // Drop repeated neighbours, keeping first occurrences in order.
  const seenBy = new Int32Array(n).fill(-1);
  const offsets = new Int32Array(n + 1);
  let w = 0;
  for (let i = 0; i < n; i++) {
    offsets[i] = w;
    for (let p = start[i]!; p < start[i + 1]!; p++) {
      const j = raw[p]!;
      if (seenBy[j] === i) continue;
      seenBy[j] = i;
      raw[w++] = j;
    }
  }
  offsets[n] = w;
  const targets = w === raw.length ? raw : raw.slice(0, w);
  const index = new Map<string, number>();
  for (let i = 0; i < n; i++) index.set(keys[i]!, i);
  if (index.size !== n) throw new AppError('bad-request', 'analytics/csr: node keys are not unique.');
  return { n, m: w / 2, keys, index, offsets, targets };
}

/** A copy of the topology whose arrays live on SharedArrayBuffers, for worker threads. */
export function shareCsr(csr: CsrTopology): CsrTopology {
  const offsets = new Int32Array(new SharedArrayBuffer(csr.offsets.byteLength));
  offsets.set(csr.offsets);
  const targets = new Int32Array(new SharedArrayBuffer(csr.targets.byteLength));
  targets.set(csr.targets);
  return { n: csr.n, offsets, targets };
}

/** Degree of every node. */
export function degrees(csr: CsrTopology): Int32Array {
  const out = new Int32Array(csr.n);
  for (let i = 0; i < csr.n; i++) out[i] = csr.offsets[i + 1]! - csr.offsets[i]!;
  return out;
}

/** A per-node array as a plain record keyed by node key (for JSON output). */
export function toRecord<T>(csr: Csr, values: ArrayLike<T>): Record<string, T> {
  const out: Record<string, T> = {};
  for (let i = 0; i < csr.n; i++) out[csr.keys[i]!] = values[i]!;
  return out;
}
