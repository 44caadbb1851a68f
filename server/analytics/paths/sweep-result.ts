/**
 * What a shortest-path sweep gives: per-source distance totals and, if asked, Brandes'
 * dependencies. The plain sweep (shortest-paths.ts) and the folded one (folded-sweep.ts) both
 * return it; it lives apart so that the folded sweep, which the plain one calls, imports nothing
 * back from it.
 */
export interface SweepResult {
  /** Unscaled dependency sums over the sources (each unordered pair counted from both ends); null if not asked. */
  readonly dependency: Float64Array | null;
  /** Per source: nodes reached, the source included; 0 for non-sources. */
  readonly reached: Int32Array;
  /** Per source: sum of distances to the nodes reached. */
  readonly distanceSum: Float64Array;
  /** Per source: sum of 1/d over the nodes reached, the source excluded. */
  readonly inverseDistanceSum: Float64Array;
  /** Per source: largest distance to a node reached. */
  readonly eccentricity: Int32Array;
}
