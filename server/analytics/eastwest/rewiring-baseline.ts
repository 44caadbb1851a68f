/**
 * Is the number of east-west ties more or less than chance, given who has how many partners?
 * A degree-preserving random baseline by double-edge swaps (Maslov & Sneppen 2002, "Specificity
 * and stability in topology of protein networks", Science 296; the switching Markov chain of
 * Milo et al. 2003, "On the uniform generation of random graphs with prescribed degree
 * sequences"): pick two edges {a, b} and {c, d} at random (random orientation) and replace them
 * by {a, d} and {c, b} unless that would make a self-loop or a parallel edge. Every node keeps its
 * degree and its side; only who is tied to whom changes.
 *
 * One chain, seeded (random.ts): `burnIn` x m attempted swaps from the observed graph, then a
 * sample every `thin` x m attempted swaps, `samples` samples in all. The result gives the
 * observed cross ties, the mean and standard deviation (n - 1 denominator) of the samples, and
 * z = (observed - mean) / sd (NaN when sd = 0, e.g. when no swap is possible).
 */
import { z } from 'zod';
import type { CsrTopology } from '../csr.ts';
import { parseOptions } from '../options.ts';
import { createRng, randomInt } from '../random.ts';
import { encodeSides, NONE, type Side } from './sides.ts';

export const optionsSchema = z
  .object({
    samples: z.number().int().min(2).max(100_000).default(100),
    seed: z.number().int().default(0),
    /** Attempted swaps per edge before the first sample. */
    burnIn: z.number().min(0).default(10),
    /** Attempted swaps per edge between samples. */
    thin: z.number().positive().default(1),
  })
  .strict();
export type RewiringOptions = z.input<typeof optionsSchema>;

export interface RewiringResult {
  readonly observed: number;
  readonly mean: number;
  readonly sd: number;
  readonly z: number;
  readonly samples: Float64Array;
  /** Share of attempted swaps that were made. */
  readonly acceptance: number;
}

export function compute(graph: CsrTopology, sides: ArrayLike<Side>, options?: RewiringOptions): RewiringResult {
  const opts = parseOptions('eastwest/rewiring-baseline', optionsSchema, options);
  const side = encodeSides('eastwest/rewiring-baseline', graph.n, sides);
  const chain = new SwapChain(graph, createRng(opts.seed));
  const cross = (u: number, v: number): number => (side[u] !== NONE && side[v] !== NONE && side[u] !== side[v] ? 1 : 0);
  let current = 0;
  for (let e = 0; e < chain.m; e++) current += cross(chain.ends[2 * e]!, chain.ends[2 * e + 1]!);
  const observed = current;
  const samples = new Float64Array(opts.samples);
  let attempted = 0;
  let accepted = 0;
  const step = (attempts: number): void => {
    for (let t = 0; t < attempts; t++) {
      const swap = chain.trySwap();
      attempted++;
      if (swap === null) continue;
      accepted++;
      const { a, b, c, d } = swap;
      current += cross(a, d) + cross(c, b) - cross(a, b) - cross(c, d);
    }
  };
  step(Math.round(opts.burnIn * chain.m));
  for (let s = 0; s < opts.samples; s++) {
    step(Math.max(1, Math.round(opts.thin * chain.m)));
    samples[s] = current;
  }
  let mean = 0;
  for (const x of samples) mean += x;
  mean /= samples.length;
  let squares = 0;
  for (const x of samples) squares += (x - mean) ** 2;
  const sd = Math.sqrt(squares / (samples.length - 1));
  return {
    observed,
    mean,
    sd,
    z: sd > 0 ? (observed - mean) / sd : Number.NaN,
    samples,
    acceptance: attempted === 0 ? 0 : accepted / attempted,
  };
}

/** The edge list of a graph under double-edge swaps; exported for tests (degrees preserved). */
export class SwapChain {
  readonly m: number;
  /** Edge e is {ends[2e], ends[2e + 1]}. */
  readonly ends: Int32Array;
  private readonly present = new Set<number>();
  private readonly n: number;
  private readonly rng: () => number;

  constructor(graph: CsrTopology, rng: () => number) {
    const { n, offsets, targets } = graph;
    this.n = n;
    this.rng = rng;
    this.m = offsets[n]! / 2;
    this.ends = new Int32Array(2 * this.m);
    let e = 0;
    for (let u = 0; u < n; u++) {
      for (let p = offsets[u]!, end = offsets[u + 1]!; p < end; p++) {
        const v = targets[p]!;
        if (v <= u) continue;
        this.ends[2 * e] = u;
        this.ends[2 * e + 1] = v;
        this.present.add(this.key(u, v));
        e++;
      }
    }
  }

  /** One attempted swap: null when rejected, else {a, b}, {c, d} became {a, d}, {c, b}. */
  trySwap(): { a: number; b: number; c: number; d: number } | null {
    if (this.m < 2) return null;
    const e1 = randomInt(this.rng, this.m);
    let e2 = randomInt(this.rng, this.m - 1);
    if (e2 >= e1) e2++;
    const flip = this.rng() < 0.5;
    const a = this.ends[2 * e1]!;
    const b = this.ends[2 * e1 + 1]!;
    const c = this.ends[2 * e2 + (flip ? 1 : 0)]!;
    const d = this.ends[2 * e2 + (flip ? 0 : 1)]!;
    if (a === d || c === b || a === c || b === d) return null;
    if (this.present.has(this.key(a, d)) || this.present.has(this.key(c, b))) return null;
    this.present.delete(this.key(a, b));
    this.present.delete(this.key(c, d));
    this.present.add(this.key(a, d));
    this.present.add(this.key(c, b));
    this.ends[2 * e1 + 1] = d;
    this.ends[2 * e2] = c;
    this.ends[2 * e2 + 1] = b;
    return { a, b, c, d };
  }

  private key(u: number, v: number): number {
    return u < v ? u * this.n + v : v * this.n + u;
  }
}
