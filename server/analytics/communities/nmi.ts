/**
 * Normalised mutual information between two labelings of the same nodes, with arithmetic-mean
 * normalisation, as scikit-learn's `normalized_mutual_info_score` default
 * (average_method='arithmetic'):
 *
 *   NMI(U, V) = I(U; V) / ((H(U) + H(V)) / 2)
 *
 * (Strehl & Ghosh 2002 use the geometric mean; the arithmetic mean is Vinh, Epps & Bailey 2010,
 * "Information theoretic measures for clusterings comparison", JMLR 11, their NMI_sum.) Natural
 * logarithms; the base cancels. Limit cases as scikit-learn: both labelings with a single class
 * (or empty) give 1; zero mutual information gives 0. Missing labels (null, undefined) are a
 * class of their own.
 */
import { z } from 'zod';
import { parseOptions } from '../options.ts';
import { denseCodes } from './modularity.ts';

export const optionsSchema = z.object({}).strict();
export type NmiOptions = z.input<typeof optionsSchema>;

type Label = number | string | null | undefined;

export function compute(a: ArrayLike<Label>, b: ArrayLike<Label>, options?: NmiOptions): number {
  parseOptions('communities/nmi', optionsSchema, options);
  const n = a.length;
  if (b.length !== n) throw new Error(`analytics/communities/nmi: labelings differ in length (${n} and ${b.length}).`);
  const ca = denseCodes(a);
  const cb = denseCodes(b);
  const ka = classCount(ca);
  const kb = classCount(cb);
  if (ka === kb && ka <= 1) return 1;
  const rows = new Float64Array(ka);
  const cols = new Float64Array(kb);
  const joint = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    rows[ca[i]!]!++;
    cols[cb[i]!]!++;
    const key = ca[i]! * kb + cb[i]!;
    joint.set(key, (joint.get(key) ?? 0) + 1);
  }
  let mi = 0;
  for (const [key, nij] of joint) {
    const i = Math.floor(key / kb);
    const j = key % kb;
    mi += (nij / n) * Math.log((n * nij) / (rows[i]! * cols[j]!));
  }
  if (mi <= 0) return 0;
  return mi / ((entropy(rows, n) + entropy(cols, n)) / 2);
}

function entropy(sizes: Float64Array, n: number): number {
  let h = 0;
  for (const s of sizes) if (s > 0) h -= (s / n) * Math.log(s / n);
  return h;
}

/** Number of classes of dense codes 0..k-1. */
function classCount(codes: Int32Array): number {
  let k = 0;
  for (const c of codes) if (c >= k) k = c + 1;
  return k;
}
