/**
 * Betweenness centrality of the nodes of an unweighted undirected graph, by Brandes' algorithm
 * (U. Brandes 2001, "A faster algorithm for betweenness centrality", Journal of Mathematical
 * Sociology 25(2)): one BFS per source counting shortest paths (sigma), then dependencies
 * accumulated in reverse BFS order, on typed arrays, resetting only the entries a search visited;
 * sources of degree 1 are served exactly by their neighbour's search (paths/shortest-paths.ts holds the
 * kernel). Time O(k m) for k sources, memory O(n + m).
 *
 * Normalisation as NetworkX's `betweenness_centrality` (3.6) for undirected graphs with its defaults
 * (normalized=True, endpoints=False): the raw sum over sources counts every unordered pair twice,
 * and is scaled by 1 / ((n - 1)(n - 2)), i.e. pair counts times 2 / ((n - 1)(n - 2));
 * `normalized: false` gives pair counts (raw / 2).
 *
 * Sampling (Brandes & Pich 2007, "Centrality estimation in large networks"): with `k` pivots drawn
 * without replacement (seeded, random.ts) or given as `pivots`, scaled as NetworkX 3.6 does: a
 * node that is itself a pivot by 1 / ((k - 1)(n - 2)), any other node by 1 / (k (n - 2)) (only the
 * other pivots can see a pivot as an intermediate node). For a node v, the estimate is the mean of
 * m = k or k - 1 values delta_s(v) / (n - 2) in [0, 1], drawn without replacement from the n - 1
 * values whose mean is the exact normalised betweenness. Hoeffding's inequality (1963, Theorem 1
 * and section 6 for sampling without replacement) bounds one node's error by
 * eps = sqrt(ln(2 / delta) / (2 m)) with probability 1 - delta; the result states the bound for
 * all nodes at once (union bound: ln(2 n / delta)) with m = k - 1, at `confidence` = 1 - delta.
 * The bound is in normalised units, and scaled by (n - 1)(n - 2) / 2 when normalized is false.
 *
 * Splittable: `rawBetweenness(graph, sources)` returns the unscaled sums of some sources; partial
 * sums over disjoint sources add up, and `finishBetweenness` scales them (workers/pool.ts).
 *
 * Measured before and after writing this kernel (scripts/reference/bench-kernels.ts and
 * bench-igraph.py; Node 20.20, this 2-core machine, which other jobs (Neo4j tests) shared during
 * most runs, so the spread is wide; exact normalised betweenness):
 *   generated Holme-Kim graph, 5,000 nodes, 14,991 edges, no degree-1 nodes:
 *     graphology-metrics betweenness, defaults (Dijkstra on 'weight') ... 14.4 - 21.7 s
 *     graphology-metrics betweenness, getEdgeWeight: null (BFS)       ...  6.2 -  8.6 s
 *     first CSR kernel (predecessors found by scanning neighbours)    ...  2.5 s
 *     this kernel, 1 thread (DAG edge list, locality order)           ...  1.7 -  2.4 s
 *     this kernel, 2 worker threads (workers/pool.ts), quiet machine  ...  1.1 -  1.3 s
 *     igraph 1.0 betweenness, 1 thread                                ...  1.8 -  2.4 s
 *   twin-town-like graph, 17,700 nodes, 26,815 edges, 7,569 of degree 1 (one run each):
 *     graphology-metrics defaults 246 s; getEdgeWeight: null 144 s; igraph 28.4 - 32.2 s;
 *     this kernel 10.9 - 14.8 s on 1 thread, 5.4 s on 2 worker threads (quiet machine), and the
 *     same for betweenness + closeness + harmonic + distances together (path-metrics.ts).
 */
import { z } from 'zod';
import type { CsrTopology } from '../csr.ts';
import { AppError } from '../../errors.ts';
import { parseOptions } from '../options.ts';
import { createRng, sampleWithoutReplacement } from '../random.ts';
import { shortestPathSweep } from '../paths/shortest-paths.ts';

export const optionsSchema = z
  .object({
    normalized: z.boolean().default(true),
    /** Number of pivot sources to sample; absent means exact (all sources). */
    k: z.number().int().min(2).optional(),
    seed: z.number().int().default(0),
    /** Explicit pivots (node indices), instead of sampling k of them. */
    pivots: z.array(z.number().int().min(0)).min(2).optional(),
    /** Confidence of the stated error bound when sampling. */
    confidence: z.number().gt(0).lt(1).default(0.95),
  })
  .strict();
export type BetweennessOptions = z.input<typeof optionsSchema>;

export interface BetweennessSample {
  readonly k: number;
  readonly seed: number | null;
  readonly pivots: Int32Array;
  /** With probability >= confidence, every node's estimate is within epsilon of its exact value. */
  readonly errorBound: { readonly epsilon: number; readonly confidence: number; readonly method: 'hoeffding-union' };
}

export interface BetweennessResult {
  readonly values: Float64Array;
  /** null when exact. */
  readonly sample: BetweennessSample | null;
}

export function compute(graph: CsrTopology, options?: BetweennessOptions): BetweennessResult {
  const plan = planBetweenness(graph.n, options);
  return finishBetweenness(rawBetweenness(graph, plan.sources), graph.n, plan);
}

/** What a run computes: resolved options, the sources to run from, and the pivots if sampled. */
export interface BetweennessPlan {
  readonly options: z.output<typeof optionsSchema>;
  readonly sources: Int32Array;
  readonly pivots: Int32Array | null;
  readonly seed: number | null;
}

/** Resolves options and draws the pivots; the sources can then be split across workers. */
export function planBetweenness(n: number, options?: BetweennessOptions): BetweennessPlan {
  const opts = parseOptions('centrality/betweenness', optionsSchema, options);
  let pivots: Int32Array | null = null;
  let seed: number | null = null;
  if (opts.pivots !== undefined) {
    pivots = Int32Array.from(opts.pivots);
    if (new Set(opts.pivots).size !== pivots.length || pivots.some((v) => v >= n)) {
      throw new AppError('bad-request', `analytics/centrality/betweenness: pivots must be distinct nodes in 0..${n - 1}.`);
    }
  } else if (opts.k !== undefined && opts.k < n) {
    seed = opts.seed;
    pivots = sampleWithoutReplacement(createRng(opts.seed), n, opts.k);
  }
  return { options: opts, sources: pivots ?? allNodes(n), pivots, seed };
}

/** Scales the summed raw dependencies of all the plan's sources and states the error bound. */
export function finishBetweenness(raw: Float64Array, n: number, plan: BetweennessPlan): BetweennessResult {
  const { options: opts, pivots, seed } = plan;
  const values = scaleBetweenness(raw, n, { normalized: opts.normalized, pivots });
  if (pivots === null) return { values, sample: null };
  const k = pivots.length;
  let epsilon = k >= n ? 0 : Math.sqrt(Math.log((2 * n) / (1 - opts.confidence)) / (2 * (k - 1)));
  if (!opts.normalized) epsilon *= ((n - 1) * (n - 2)) / 2;
  return {
    values,
    sample: { k, seed, pivots, errorBound: { epsilon, confidence: opts.confidence, method: 'hoeffding-union' } },
  };
}

/**
 * Unscaled dependency sums over `sources` (each unordered pair counted from both ends), added into
 * `into` if given. The search itself is in paths/shortest-paths.ts.
 */
export function rawBetweenness(graph: CsrTopology, sources: ArrayLike<number>, into?: Float64Array): Float64Array {
  const dependency = shortestPathSweep(graph, sources, { dependencies: true }).dependency!;
  if (!into) return dependency;
  for (let i = 0; i < into.length; i++) into[i]! += dependency[i]!;
  return into;
}

/** NetworkX 3.6's `_rescale` for undirected node betweenness without endpoints (in place). */
export function scaleBetweenness(
  raw: Float64Array,
  n: number,
  { normalized, pivots }: { normalized: boolean; pivots: Int32Array | null },
): Float64Array {
  if (n - 1 < 2) return raw;
  const sampled = pivots !== null && pivots.length < n;
  const k = sampled ? pivots.length : n - 1;
  // Non-pivots (every node when exact, k = n - 1): 1 / (k (n - 2)), or (n - 1) / (2 k) as counts.
  const other = normalized ? 1 / (k * (n - 2)) : (n - 1) / (2 * k);
  if (!sampled) {
    for (let i = 0; i < n; i++) raw[i]! *= other;
    return raw;
  }
  const pivot = k > 1 ? (normalized ? 1 / ((k - 1) * (n - 2)) : (n - 1) / (2 * (k - 1))) : Number.NaN;
  const isPivot = new Uint8Array(n);
  for (const v of pivots) isPivot[v] = 1;
  for (let i = 0; i < n; i++) raw[i]! *= isPivot[i] ? pivot : other;
  return raw;
}

function allNodes(n: number): Int32Array {
  const all = new Int32Array(n);
  for (let i = 0; i < n; i++) all[i] = i;
  return all;
}
