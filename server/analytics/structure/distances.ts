/**
 * Diameter and average shortest path length of the largest connected component, exact, by one
 * BFS from every node of the component (paths/shortest-paths.ts), as NetworkX's `diameter` and
 * `average_shortest_path_length` on `G.subgraph(max(connected_components(G), key=len))`:
 *   diameter = max eccentricity; ASPL = sum of d(s, t) over ordered pairs / (s (s - 1)).
 * A component of one node has diameter 0 and ASPL 0.
 *
 * Splittable: `distanceTotals(graph, sources)` gives the partial sums of some sources (distance
 * sum, largest eccentricity, sources); partials of disjoint source sets combine by sum and max,
 * and `finishDistances` turns them into the statistics. Time O(s (s + m_lcc)).
 */
import { z } from 'zod';
import type { CsrTopology } from '../csr.ts';
import { parseOptions } from '../options.ts';
import { shortestPathSweep } from '../paths/shortest-paths.ts';
import type { SweepResult } from '../paths/sweep-result.ts';
import { largestComponentNodes } from './components.ts';

export const optionsSchema = z.object({}).strict();
export type DistancesOptions = z.input<typeof optionsSchema>;

export interface DistanceTotals {
  distanceSum: number;
  eccentricityMax: number;
  sources: number;
}

export interface DistancesResult {
  /** Number of nodes of the largest component. */
  readonly size: number;
  readonly diameter: number;
  readonly averageShortestPathLength: number;
}

export function compute(graph: CsrTopology, options?: DistancesOptions): DistancesResult {
  parseOptions('structure/distances', optionsSchema, options);
  const nodes = largestComponentNodes(graph);
  return finishDistances(nodes.length, distanceTotals(graph, nodes));
}

export function distanceTotals(graph: CsrTopology, sources: ArrayLike<number>): DistanceTotals {
  return distanceTotalsFromSweep(shortestPathSweep(graph, sources, { dependencies: false }));
}

/** Distance totals of the sources of a sweep (the nodes with reached > 0). */
export function distanceTotalsFromSweep(totals: Pick<SweepResult, 'reached' | 'distanceSum' | 'eccentricity'>): DistanceTotals {
  let distanceSum = 0;
  let eccentricityMax = 0;
  let count = 0;
  for (let v = 0; v < totals.reached.length; v++) {
    if (totals.reached[v] === 0) continue;
    count++;
    distanceSum += totals.distanceSum[v]!;
    if (totals.eccentricity[v]! > eccentricityMax) eccentricityMax = totals.eccentricity[v]!;
  }
  return { distanceSum, eccentricityMax, sources: count };
}

export function finishDistances(size: number, totals: DistanceTotals): DistancesResult {
  if (totals.sources !== size) {
    throw new Error(`analytics/structure/distances: totals cover ${totals.sources} of ${size} sources.`);
  }
  return {
    size,
    diameter: totals.eccentricityMax,
    averageShortestPathLength: size <= 1 ? 0 : totals.distanceSum / (size * (size - 1)),
  };
}
