/**
 * Random graphs with the degrees of a given one, by double-edge swaps (Maslov & Sneppen 2002,
 * "Specificity and stability in topology of protein networks", Science 296; the switching Markov
 * chain of Milo et al. 2003, "On the uniform generation of random graphs with prescribed degree
 * sequences"): pick two edges {a, b} and {c, d} at random (random orientation) and replace them
 * by {a, d} and {c, b} unless that would make a self-loop or a parallel edge. Every node keeps its
 * degree and its attributes; only who is tied to whom changes.
 *
 * One chain, seeded (random.ts): `burnIn` x m attempted swaps from the observed graph, then a
 * sample every `thin` x m attempted swaps, `samples` samples in all (`walk`). `summarise` gives a
 * statistic's observed value against its samples: the mean, the standard deviation (n - 1
 * denominator) and z = (observed - mean) / sd (NaN when sd = 0, e.g. when no swap is possible).
 * The baselines of the east-west divide (eastwest/rewiring-baseline.ts) and of assortativity and
 * modularity (structure/significance.ts) walk this chain.
 *
 * Edges present are kept in an open-addressing hash set on typed arrays (linear probing, deletion
 * by backward shift: Knuth, TAOCP vol. 3, 6.4, Algorithm R): 2.85 million attempted swaps on the
 * Wikipedia list took about 1 s per divide with a JavaScript Set of numeric keys.
 */
import { z } from 'zod';
import type { CsrTopology } from './csr.ts';
import { randomInt } from './random.ts';

export const chainOptionsSchema = z
  .object({
    samples: z.number().int().min(2).max(100_000).default(100),
    seed: z.number().int().default(0),
    /** Attempted swaps per edge before the first sample. */
    burnIn: z.number().min(0).default(10),
    /** Attempted swaps per edge between samples. */
    thin: z.number().positive().default(1),
  })
  .strict();
export type ChainSettings = z.output<typeof chainOptionsSchema>;

/** A statistic on the observed graph against its values on the chain's samples. */
export interface Baseline {
  readonly observed: number;
  readonly mean: number;
  readonly sd: number;
  readonly z: number;
  readonly samples: Float64Array;
}

export interface WalkVisitor {
  /** After each swap made; `chain.last` tells which. */
  swapped?: (chain: SwapChain) => void;
  /** At sample s (0-based), the chain's edges being the sampled graph. */
  sample: (s: number, chain: SwapChain) => void;
}

/** Walks the chain: burn-in, then `samples` samples `thin` x m attempted swaps apart. Returns the share of swaps made. */
export function walk(chain: SwapChain, settings: ChainSettings, visitor: WalkVisitor): number {
  let attempted = 0;
  let accepted = 0;
  const step = (attempts: number): void => {
    for (let t = 0; t < attempts; t++) {
      attempted++;
      if (!chain.trySwap()) continue;
      accepted++;
      visitor.swapped?.(chain);
    }
  };
  step(Math.round(settings.burnIn * chain.m));
  for (let s = 0; s < settings.samples; s++) {
    step(Math.max(1, Math.round(settings.thin * chain.m)));
    visitor.sample(s, chain);
  }
  return attempted === 0 ? 0 : accepted / attempted;
}

/** Mean, sd (n - 1) and z of `samples` against `observed`. */
export function summarise(observed: number, samples: Float64Array): Baseline {
  let mean = 0;
  for (const x of samples) mean += x;
  mean /= samples.length;
  let squares = 0;
  for (const x of samples) squares += (x - mean) ** 2;
  const sd = Math.sqrt(squares / (samples.length - 1));
  return { observed, mean, sd, z: sd > 0 ? (observed - mean) / sd : Number.NaN, samples };
}

/** The edge list of a graph under double-edge swaps. */
export class SwapChain {
  readonly m: number;
  /** Edge e is {ends[2e], ends[2e + 1]}. */
  readonly ends: Int32Array;
  /** The last swap made: {a, b}, {c, d} became {a, d}, {c, b}. */
  readonly last = { a: 0, b: 0, c: 0, d: 0 };
  private readonly present: EdgeSet;
  private readonly rng: () => number;

  constructor(graph: CsrTopology, rng: () => number) {
    const { n, offsets, targets } = graph;
    this.rng = rng;
    this.m = offsets[n]! / 2;
    this.ends = new Int32Array(2 * this.m);
    this.present = new EdgeSet(this.m);
    let e = 0;
    for (let u = 0; u < n; u++) {
      for (let p = offsets[u]!, end = offsets[u + 1]!; p < end; p++) {
        const v = targets[p]!;
        if (v <= u) continue;
        this.ends[2 * e] = u;
        this.ends[2 * e + 1] = v;
        this.present.add(u, v);
        e++;
      }
    }
  }

  /** One attempted swap: false when rejected; when made, `last` tells which. */
  trySwap(): boolean {
    if (this.m < 2) return false;
    const e1 = randomInt(this.rng, this.m);
    let e2 = randomInt(this.rng, this.m - 1);
    if (e2 >= e1) e2++;
    const flip = this.rng() < 0.5;
    const a = this.ends[2 * e1]!;
    const b = this.ends[2 * e1 + 1]!;
    const c = this.ends[2 * e2 + (flip ? 1 : 0)]!;
    const d = this.ends[2 * e2 + (flip ? 0 : 1)]!;
    if (a === d || c === b || a === c || b === d) return false;
    if (this.present.has(a, d) || this.present.has(c, b)) return false;
    this.present.delete(a, b);
    this.present.delete(c, d);
    this.present.add(a, d);
    this.present.add(c, b);
    this.ends[2 * e1 + 1] = d;
    this.ends[2 * e2] = c;
    this.ends[2 * e2 + 1] = b;
    const last = this.last;
    last.a = a;
    last.b = b;
    last.c = c;
    last.d = d;
    return true;
  }
}

/** A set of undirected edges {u, v} of at most `capacity` edges: open addressing, linear probing. */
class EdgeSet {
  private readonly low: Int32Array;
  private readonly high: Int32Array;
  private readonly mask: number;

  constructor(capacity: number) {
    let size = 16;
    while (size < capacity * 3) size *= 2; // load factor at most 1/3
    this.low = new Int32Array(size).fill(-1);
    this.high = new Int32Array(size);
    this.mask = size - 1;
  }

  has(u: number, v: number): boolean {
    return this.find(u < v ? u : v, u < v ? v : u) >= 0;
  }

  add(u: number, v: number): void {
    const lo = u < v ? u : v;
    const hi = u < v ? v : u;
    let i = this.slot(lo, hi);
    while (this.low[i] !== -1) {
      if (this.low[i] === lo && this.high[i] === hi) return;
      i = (i + 1) & this.mask;
    }
    this.low[i] = lo;
    this.high[i] = hi;
  }

  delete(u: number, v: number): void {
    let i = this.find(u < v ? u : v, u < v ? v : u);
    if (i < 0) return;
    // backward shift: move later entries of the run into the hole unless they would pass their slot
    for (let j = (i + 1) & this.mask; this.low[j] !== -1; j = (j + 1) & this.mask) {
      const home = this.slot(this.low[j]!, this.high[j]!);
      if (((j - home) & this.mask) >= ((j - i) & this.mask)) {
        this.low[i] = this.low[j]!;
        this.high[i] = this.high[j]!;
        i = j;
      }
    }
    this.low[i] = -1;
  }

  private find(lo: number, hi: number): number {
    for (let i = this.slot(lo, hi); this.low[i] !== -1; i = (i + 1) & this.mask) {
      if (this.low[i] === lo && this.high[i] === hi) return i;
    }
    return -1;
  }

  private slot(lo: number, hi: number): number {
    let h = Math.imul(lo, 0x9e3779b1) ^ Math.imul(hi + 0x7f4a7c15, 0x85ebca77);
    h ^= h >>> 15;
    h = Math.imul(h, 0x2c1b3c6d);
    h ^= h >>> 12;
    return h & this.mask;
  }
}
