/**
 * The one ranking rule of every list of places by a value (the API, the report, the CLI, a town's
 * ranks): highest first; values equal to 12 significant digits are ties, whatever floating-point
 * noise their summation order left, and ties go by id, so that the order is deterministic and the
 * same as NetworkX's numbers sorted alike (scripts/bench/make-analyze-fixture.py). Values that are
 * not finite (no value) come last.
 */

const tieKey = (v: number) => (Number.isFinite(v) ? Number(v.toPrecision(12)) : -Infinity);

/** Indices into `values`, in rank order. */
export function rankOrder(values: ArrayLike<number>, ids: readonly string[]): number[] {
  const keys = Array.from(values, tieKey);
  return keys.map((_, i) => i).sort((a, b) => keys[b]! - keys[a]! || (ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : 0));
}

/** The rank (1 = first) of every index, in the order of `values`. */
export function ranks(values: ArrayLike<number>, ids: readonly string[]): number[] {
  const out = new Array<number>(values.length);
  rankOrder(values, ids).forEach((index, position) => (out[index] = position + 1));
  return out;
}
