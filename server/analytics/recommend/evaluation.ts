/**
 * How well the recommendation score predicts partnerships that exist: the link-prediction
 * evaluation of Liben-Nowell & Kleinberg 2007 ("The link-prediction problem for social networks",
 * JASIST 58(7)), per town as a recommender is used.
 *
 * - Split: a share `holdout` of the partnerships, drawn at random with `seed`, is hidden; the rest
 *   is the graph the scores see (a copy: the input graph is never changed).
 * - Queries: each hidden tie {u, v} is two queries, (u, v) and (v, u). For a query (u, v) every
 *   candidate of u on the graph without the hidden ties (recommendations.ts `candidateParts`: two
 *   steps away or among the `nearby` nearest, other country or across the divide) is scored; v's
 *   rank is 1 + (candidates scored higher) + (candidates scored equal) / 2, the mid-rank of ties,
 *   so that no score gains from an order among equals. u's other hidden partners are left out of
 *   that count (the "filtered" rank). A v outside u's candidates is not reached: a miss, 1/rank 0.
 * - Metrics: hit rate@k, the share of queries whose rank is at most k; mean reciprocal rank (MRR),
 *   the mean of 1/rank.
 * - Scores: ours (the weighted parts), and the baselines common neighbours, Adamic-Adar alone and
 *   distance alone (nearer first; no coordinates ranks last).
 * - Fit: `fitWeights` searches the grid of weights that are multiples of `step` and sum to 1, for
 *   each distance scale of `SCALES_KM` (geography 1 / (1 + d / scale)), for the highest MRR (then
 *   hit rate) on one split's queries; report it on another seed's.
 */
import type { AbstractGraph } from 'graphology-types';
import { z } from 'zod';
import type { Recommendation } from '../../../contract/api/analyses.ts';
import { AppError } from '../../errors.ts';
import { parseOptions } from '../options.ts';
import { sampleWithoutReplacement, createRng } from '../random.ts';
import {
  candidateParts,
  geographyOf,
  NearbyIndexes,
  optionsSchema as recommendOptions,
  scoreOf,
  WEIGHTS,
  type Weights,
} from './recommendations.ts';

export const optionsSchema = z
  .object({
    holdout: z.number().gt(0).lt(1).default(0.1),
    seed: z.number().int().default(0),
    k: z.number().int().min(1).default(10),
    nearby: recommendOptions.shape.nearby,
  })
  .strict();
export type EvaluationOptions = z.input<typeof optionsSchema>;

type Parts = Recommendation['parts'];
export type Scorer = (parts: Parts) => number;

export const BASELINES = {
  commonNeighbours: (p: Parts) => p.sharedPartners,
  adamicAdar: (p: Parts) => p.adamicAdar,
  distance: (p: Parts) => (p.distanceKm === null ? -Infinity : -p.distanceKm),
} as const satisfies Record<string, Scorer>;

export interface Split {
  /** The graph without the hidden ties. */
  train: AbstractGraph;
  /** The hidden ties, as [source, target] keys. */
  hidden: [string, string][];
}

/** Hides round(holdout × ties) ties drawn with `seed`, on a copy of the graph. */
export function splitTies(graph: AbstractGraph, holdout: number, seed: number): Split {
  const train = graph.copy();
  const edges = train.edges();
  const picked = sampleWithoutReplacement(createRng(seed), edges.length, Math.round(holdout * edges.length));
  const hidden: [string, string][] = [];
  for (const i of picked) {
    const e = edges[i]!;
    hidden.push([train.source(e), train.target(e)]);
    train.dropEdge(e);
  }
  return { train, hidden };
}

/** One town that lost ties: its candidates' parts, and the indices among them of its hidden partners. */
export interface TownQueries {
  town: string;
  candidates: Parts[];
  /** Index into `candidates` of each hidden partner, -1 when it is not a candidate. */
  targets: number[];
}

/** The queries of a split, grouped by town (towns in the order of the hidden ties). */
export function queriesOf(split: Split, nearby: number): TownQueries[] {
  const lost = new Map<string, string[]>();
  for (const [u, v] of split.hidden) {
    lost.set(u, [...(lost.get(u) ?? []), v]);
    lost.set(v, [...(lost.get(v) ?? []), u]);
  }
  const out: TownQueries[] = [];
  const indexes = new NearbyIndexes(split.train);
  for (const [town, partners] of lost) {
    const pool = candidateParts(split.train, town, nearby, indexes);
    const index = new Map(pool.map((c, i) => [c.id, i]));
    out.push({ town, candidates: pool.map((c) => c.parts), targets: partners.map((p) => index.get(p) ?? -1) });
  }
  return out;
}

/** The filtered mid-rank of candidate `target` among `scores`, leaving out the indices in `skip`. */
export function rankOf(scores: ArrayLike<number>, target: number, skip: readonly number[]): number {
  const s = scores[target]!;
  let higher = 0;
  let equal = 0;
  for (let i = 0; i < scores.length; i++) {
    if (i === target) continue;
    if (scores[i]! > s) higher++;
    else if (scores[i] === s) equal++;
  }
  for (const i of skip) {
    if (i === target || i < 0) continue;
    if (scores[i]! > s) higher--;
    else if (scores[i] === s) equal--;
  }
  return 1 + higher + equal / 2;
}

export interface Metrics {
  /** Hit rate@k: share of queries ranked at most k. */
  hitRate: number;
  /** Mean reciprocal rank, 0 for a query not reached. */
  mrr: number;
  queries: number;
  /** Share of queries whose hidden partner is among the candidates at all (the ceiling of the hit rate). */
  reachable: number;
}

/** The metrics of the scores of each town's candidates (`scores[i]` for `queries[i]`). */
function metricsOfScores(queries: readonly TownQueries[], scores: (i: number) => ArrayLike<number>, k: number): Metrics {
  let n = 0;
  let hits = 0;
  let rr = 0;
  let reached = 0;
  for (let q = 0; q < queries.length; q++) {
    const { targets } = queries[q]!;
    n += targets.length;
    if (targets.every((t) => t < 0)) continue;
    const s = scores(q);
    for (const t of targets) {
      if (t < 0) continue;
      reached++;
      const rank = rankOf(s, t, targets);
      if (rank <= k) hits++;
      rr += 1 / rank;
    }
  }
  return { hitRate: n ? hits / n : 0, mrr: n ? rr / n : 0, queries: n, reachable: n ? reached / n : 0 };
}

/** Hit rate@k and MRR of one score over the queries. */
export function metricsOf(queries: readonly TownQueries[], score: Scorer, k: number): Metrics {
  return metricsOfScores(queries, (q) => Float64Array.from(queries[q]!.candidates, score), k);
}

const PARTS = ['proximity', 'geography', 'size', 'crossing'] as const;

/** The distance scales (km) the fit tries: geography is ½ at the scale. */
export const SCALES_KM = [25, 50, 100, 200, 300, 500, 750, 1000, 1500, 2000, 3000, 5000] as const;

export interface Fit {
  weights: Weights;
  /** The distance scale of geography, km. */
  scaleKm: number;
  metrics: Metrics;
}

/**
 * The weights of the four parts on a grid of `step` that sum to 1, and the distance scale among
 * `scalesKm`, by MRR then hit rate@k; with the best weights of every scale (`byScale`), so that
 * one sees how much the scale matters.
 */
export function fitWeights(
  queries: readonly TownQueries[],
  k: number,
  step = 0.05,
  scalesKm: readonly number[] = SCALES_KM,
): Fit & { byScale: Fit[] } {
  const n = Math.round(1 / step);
  if (!(step > 0 && step <= 1 && Math.abs(n * step - 1) < 1e-9)) {
    throw new AppError('bad-request', `analytics/recommend/evaluation: step must divide 1, got ${step}.`);
  }
  const better = (a: Metrics, b: Metrics | undefined) => !b || a.mrr > b.mrr || (a.mrr === b.mrr && a.hitRate > b.hitRate);
  const buffer = new Float64Array(Math.max(0, ...queries.map((q) => q.candidates.length)));
  const byScale: Fit[] = [];
  for (const scaleKm of scalesKm) {
    // the parts as columns, once per scale; each grid point is then a weighted sum per candidate
    const columns = queries.map((q) =>
      PARTS.map((part) => Float64Array.from(q.candidates, (c) => (part === 'geography' ? geographyOf(c.distanceKm, scaleKm) : c[part]))),
    );
    let best: Fit | undefined;
    for (let p = 0; p <= n; p++) {
      for (let g = 0; g <= n - p; g++) {
        for (let s = 0; s <= n - p - g; s++) {
          const weights = { proximity: p / n, geography: g / n, size: s / n, crossing: (n - p - g - s) / n };
          const w = PARTS.map((part) => weights[part]);
          const metrics = metricsOfScores(
            queries,
            (q) => {
              const [c0, c1, c2, c3] = columns[q]!;
              const out = buffer.subarray(0, c0!.length);
              for (let i = 0; i < out.length; i++) out[i] = w[0]! * c0![i]! + w[1]! * c1![i]! + w[2]! * c2![i]! + w[3]! * c3![i]!;
              return out;
            },
            k,
          );
          if (better(metrics, best?.metrics)) best = { weights, scaleKm, metrics };
        }
      }
    }
    byScale.push(best!);
  }
  const best = byScale.reduce((a, b) => (better(b.metrics, a.metrics) ? b : a));
  return { ...best, byScale };
}

/** A score of the parts with `weights` and geography at `scaleKm`. */
export function scorerOf(weights: Weights, scaleKm: number): Scorer {
  return (parts) => scoreOf({ ...parts, geography: geographyOf(parts.distanceKm, scaleKm) }, weights);
}

export interface Evaluation {
  seed: number;
  holdout: number;
  k: number;
  hiddenTies: number;
  towns: number;
  ours: Metrics;
  baselines: Record<keyof typeof BASELINES, Metrics>;
}

/** Ours (with `weights`, the contract's by default) and the baselines on the split of `seed`. */
export function compute(graph: AbstractGraph, options?: EvaluationOptions, weights: Weights = WEIGHTS): Evaluation {
  const o = parseOptions('recommend/evaluation', optionsSchema, options);
  const split = splitTies(graph, o.holdout, o.seed);
  const queries = queriesOf(split, o.nearby);
  const baselines = Object.fromEntries(
    Object.entries(BASELINES).map(([name, score]) => [name, metricsOf(queries, score, o.k)]),
  ) as Evaluation['baselines'];
  return {
    seed: o.seed,
    holdout: o.holdout,
    k: o.k,
    hiddenTies: split.hidden.length,
    towns: queries.length,
    ours: metricsOf(queries, (parts) => scoreOf(parts, weights), o.k),
    baselines,
  };
}
