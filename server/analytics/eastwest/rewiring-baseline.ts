/**
 * Is the number of east-west ties more or less than chance, given who has how many partners?
 * The degree-preserving random baseline of swap-chain.ts (double-edge swaps: Maslov & Sneppen
 * 2002, "Specificity and stability in topology of protein networks", Science 296; Milo et al.
 * 2003): every node keeps its degree and its side; only who is tied to whom changes. The result
 * gives the observed cross ties, the mean and standard deviation (n - 1 denominator) of the
 * samples, and z = (observed - mean) / sd (NaN when sd = 0, e.g. when no swap is possible).
 *
 * The chain does not depend on the sides, so `computeMany` follows several divides along one
 * chain: each result equals `compute` for that divide with the same seed. The cross ties are
 * counted once on the observed graph, then updated by each swap made.
 */
import type { z } from 'zod';
import type { CsrTopology } from '../csr.ts';
import { parseOptions } from '../options.ts';
import { createRng } from '../random.ts';
import { encodeSides, NONE, type Side } from '../sides.ts';
import { chainOptionsSchema, summarise, SwapChain, walk, type Baseline } from '../swap-chain.ts';

export const optionsSchema = chainOptionsSchema;
export type RewiringOptions = z.input<typeof optionsSchema>;

export interface RewiringResult extends Baseline {
  /** Share of attempted swaps that were made. */
  readonly acceptance: number;
}

export function compute(graph: CsrTopology, sides: ArrayLike<Side>, options?: RewiringOptions): RewiringResult {
  return computeMany(graph, [sides], options)[0]!;
}

/** The baseline of several divides (one side vector each) along one chain. */
export function computeMany(graph: CsrTopology, divides: readonly ArrayLike<Side>[], options?: RewiringOptions): RewiringResult[] {
  const opts = parseOptions('eastwest/rewiring-baseline', optionsSchema, options);
  const sides = divides.map((sides) => encodeSides('eastwest/rewiring-baseline', graph.n, sides));
  const chain = new SwapChain(graph, createRng(opts.seed));
  const levels = sides.length;
  const current = new Float64Array(levels);
  for (let l = 0; l < levels; l++) {
    const side = sides[l]!;
    for (let e = 0; e < chain.m; e++) current[l]! += cross(side, chain.ends[2 * e]!, chain.ends[2 * e + 1]!);
  }
  const observed = Float64Array.from(current);
  const samples = sides.map(() => new Float64Array(opts.samples));
  const acceptance = walk(chain, opts, {
    swapped: ({ last: { a, b, c, d } }) => {
      for (let l = 0; l < levels; l++) {
        const side = sides[l]!;
        current[l]! += cross(side, a, d) + cross(side, c, b) - cross(side, a, b) - cross(side, c, d);
      }
    },
    sample: (s) => {
      for (let l = 0; l < levels; l++) samples[l]![s] = current[l]!;
    },
  });
  return samples.map((values, l) => ({ ...summarise(observed[l]!, values), acceptance }));
}

function cross(side: Int8Array, u: number, v: number): number {
  return side[u] !== NONE && side[v] !== NONE && side[u] !== side[v] ? 1 : 0;
}
