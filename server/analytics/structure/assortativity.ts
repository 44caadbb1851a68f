/**
 * Assortativity (M. E. J. Newman 2003, "Mixing patterns in networks", Physical Review E 67,
 * 026126), as NetworkX, every undirected edge counted in both directions:
 * - `degreeAssortativity`: Pearson correlation of the degrees at the two ends of an edge (eq. 21),
 *   NetworkX's `degree_assortativity_coefficient`; NaN when it is undefined (no edges, or all edge
 *   ends of one degree, e.g. a regular graph), where NetworkX gives nan too.
 * - `attributeAssortativity`: r = (tr e - ||e^2||) / (1 - ||e^2||) for the mixing matrix e of a
 *   categorical node attribute (eq. 2), NetworkX's `attribute_assortativity_coefficient`. A node
 *   without a value (null or undefined) is a category of its own, as NetworkX's None.
 */
import { z } from 'zod';
import type { CsrTopology } from '../csr.ts';
import { parseOptions } from '../options.ts';

export const optionsSchema = z.object({}).strict();
export type AssortativityOptions = z.input<typeof optionsSchema>;

export function degreeAssortativity(graph: CsrTopology, options?: AssortativityOptions): number {
  parseOptions('structure/assortativity', optionsSchema, options);
  const { n, offsets, targets } = graph;
  // Over directed edge ends (u -> v and v -> u), x = deg(u) and y = deg(v) have the same
  // distribution, so r = cov(x, y) / var(x). Two passes, centred, to avoid cancellation.
  let ends = 0;
  let sum = 0;
  for (let u = 0; u < n; u++) {
    const du = offsets[u + 1]! - offsets[u]!;
    ends += du;
    sum += du * du;
  }
  if (ends === 0) return Number.NaN;
  const mean = sum / ends;
  let variance = 0;
  let covariance = 0;
  for (let u = 0; u < n; u++) {
    const xu = offsets[u + 1]! - offsets[u]! - mean;
    for (let p = offsets[u]!, end = offsets[u + 1]!; p < end; p++) {
      const v = targets[p]!;
      covariance += xu * (offsets[v + 1]! - offsets[v]! - mean);
      variance += xu * xu;
    }
  }
  return variance <= 0 ? Number.NaN : covariance / variance;
}

export function attributeAssortativity(
  graph: CsrTopology,
  values: ArrayLike<string | number | null | undefined>,
  options?: AssortativityOptions,
): number {
  parseOptions('structure/assortativity', optionsSchema, options);
  const { n, offsets, targets } = graph;
  if (values.length !== n) throw new Error(`analytics/structure/assortativity: expected ${n} values, got ${values.length}.`);
  const codes = new Map<string | number | null, number>();
  const category = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const key = values[i] ?? null;
    let c = codes.get(key);
    if (c === undefined) {
      c = codes.size;
      codes.set(key, c);
    }
    category[i] = c;
  }
  const k = codes.size;
  const same = new Float64Array(k);
  const rows = new Float64Array(k);
  let total = 0;
  for (let u = 0; u < n; u++) {
    const cu = category[u]!;
    for (let p = offsets[u]!, end = offsets[u + 1]!; p < end; p++) {
      total++;
      rows[cu]!++;
      if (category[targets[p]!] === cu) same[cu]!++;
    }
  }
  if (total === 0) return Number.NaN;
  // The matrix is symmetric: row sums a_i equal column sums b_i, so ||e^2|| = sum_i a_i^2.
  let trace = 0;
  let squares = 0;
  for (let c = 0; c < k; c++) {
    trace += same[c]! / total;
    squares += (rows[c]! / total) ** 2;
  }
  return (trace - squares) / (1 - squares);
}
