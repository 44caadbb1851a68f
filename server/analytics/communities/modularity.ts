/**
 * Modularity of a partition of an unweighted undirected graph with a resolution parameter gamma,
 * as NetworkX's `community.modularity(G, communities, resolution=gamma)`:
 *
 *   Q = sum over communities c of [ L_c / m - gamma (D_c / 2m)^2 ]
 *
 * with L_c the edges inside c, D_c the sum of degrees in c and m the number of edges (Newman &
 * Girvan 2004, "Finding and evaluating community structure in networks", Phys. Rev. E 69, 026113;
 * resolution: Reichardt & Bornholdt 2006). Q is undefined for a graph without edges (NetworkX
 * divides by zero); this returns NaN.
 */
import { z } from 'zod';
import type { CsrTopology } from '../csr.ts';
import { parseOptions } from '../options.ts';

export const optionsSchema = z.object({ resolution: z.number().positive().default(1) }).strict();
export type ModularityOptions = z.input<typeof optionsSchema>;

/** `communities[i]` is node i's community, any number or string. */
export function compute(graph: CsrTopology, communities: ArrayLike<number | string>, options?: ModularityOptions): number {
  const { resolution } = parseOptions('communities/modularity', optionsSchema, options);
  const { n, offsets, targets } = graph;
  if (communities.length !== n) {
    throw new Error(`analytics/communities/modularity: expected ${n} community labels, got ${communities.length}.`);
  }
  const code = denseCodes(communities);
  let k = 0;
  for (let i = 0; i < n; i++) if (code[i]! >= k) k = code[i]! + 1;
  const inside = new Float64Array(k); // edge ends inside, 2 L_c
  const degreeSum = new Float64Array(k);
  for (let u = 0; u < n; u++) {
    const c = code[u]!;
    degreeSum[c]! += offsets[u + 1]! - offsets[u]!;
    for (let p = offsets[u]!, end = offsets[u + 1]!; p < end; p++) if (code[targets[p]!] === c) inside[c]!++;
  }
  const twoM = offsets[n]!;
  if (twoM === 0) return Number.NaN;
  let q = 0;
  for (let c = 0; c < k; c++) q += inside[c]! / twoM - resolution * (degreeSum[c]! / twoM) ** 2;
  return q;
}

/** Labels as 0..k-1 in order of first appearance. */
export function denseCodes(labels: ArrayLike<number | string | null | undefined>): Int32Array {
  const codes = new Map<number | string | null, number>();
  const out = new Int32Array(labels.length);
  for (let i = 0; i < labels.length; i++) {
    const key = labels[i] ?? null;
    let c = codes.get(key);
    if (c === undefined) {
      c = codes.size;
      codes.set(key, c);
    }
    out[i] = c;
  }
  return out;
}
