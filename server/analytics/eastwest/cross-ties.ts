/**
 * Cross ties ("east-west bridges"): the edges whose two ends lie on different sides. Counted over
 * the edges whose both ends have a side; edges touching a node without side are reported apart.
 * Also the cross ties of each node, for per-region and per-year tables built by the caller.
 */
import { z } from 'zod';
import type { CsrTopology } from '../csr.ts';
import { parseOptions } from '../options.ts';
import { encodeSides, NONE, type Side } from '../sides.ts';

export const optionsSchema = z.object({}).strict();
export type CrossTiesOptions = z.input<typeof optionsSchema>;

export interface CrossTiesResult {
  /** All edges. */
  readonly edges: number;
  /** Edges with a side at both ends. */
  readonly sidedEdges: number;
  /** Edges between east and west. */
  readonly crossTies: number;
  readonly eastEastTies: number;
  readonly westWestTies: number;
  /** crossTies / sidedEdges (NaN without sided edges). */
  readonly crossShare: number;
  /** Cross ties of each node. */
  readonly perNode: Int32Array;
}

export function compute(graph: CsrTopology, sides: ArrayLike<Side>, options?: CrossTiesOptions): CrossTiesResult {
  parseOptions('eastwest/cross-ties', optionsSchema, options);
  const { n, offsets, targets } = graph;
  const side = encodeSides('eastwest/cross-ties', n, sides);
  const perNode = new Int32Array(n);
  let crossEnds = 0;
  let eastEnds = 0;
  let westEnds = 0;
  for (let u = 0; u < n; u++) {
    const su = side[u]!;
    if (su === NONE) continue;
    for (let p = offsets[u]!, end = offsets[u + 1]!; p < end; p++) {
      const sv = side[targets[p]!]!;
      if (sv === NONE) continue;
      if (sv !== su) {
        perNode[u]!++;
        crossEnds++;
      } else if (su === 0) eastEnds++;
      else westEnds++;
    }
  }
  const crossTies = crossEnds / 2;
  const sidedEdges = (crossEnds + eastEnds + westEnds) / 2;
  return {
    edges: offsets[n]! / 2,
    sidedEdges,
    crossTies,
    eastEastTies: eastEnds / 2,
    westWestTies: westEnds / 2,
    crossShare: sidedEdges === 0 ? Number.NaN : crossTies / sidedEdges,
    perNode,
  };
}
