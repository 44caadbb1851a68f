/**
 * E-I index (Krackhardt & Stern 1988, "Informal networks and organizational crises: an
 * experimental simulation", Social Psychology Quarterly 51(2)): (E - I) / (E + I), from -1 (all
 * ties inside) to +1 (all ties across). Here E counts a group's ties that cross the east-west
 * divide and I those that stay on one side, over the ties with a side at both ends.
 *
 * Groups are any node labels (a country, a German state, a district; null for no group); each tie
 * counts once for every group that one of its ends belongs to (a tie inside a group once). With
 * no groups given, the groups are the sides themselves. `overall` is the index of the whole graph.
 */
import { z } from 'zod';
import type { CsrTopology } from '../csr.ts';
import { parseOptions } from '../options.ts';
import { encodeSides, NONE, type Side } from '../sides.ts';

export const optionsSchema = z.object({}).strict();
export type EiIndexOptions = z.input<typeof optionsSchema>;

export interface EiCounts {
  /** Ties across the divide. */
  readonly external: number;
  /** Ties within one side. */
  readonly internal: number;
  /** (E - I) / (E + I); NaN without sided ties. */
  readonly ei: number;
}

export interface EiIndexResult {
  readonly overall: EiCounts;
  readonly groups: ReadonlyArray<EiCounts & { readonly group: string; readonly members: number }>;
}

export function compute(
  graph: CsrTopology,
  sides: ArrayLike<Side>,
  groups?: ArrayLike<string | null | undefined> | null,
  options?: EiIndexOptions,
): EiIndexResult {
  parseOptions('eastwest/ei-index', optionsSchema, options);
  const { n, offsets, targets } = graph;
  const side = encodeSides('eastwest/ei-index', n, sides);
  const groupOf = new Int32Array(n).fill(-1);
  const names: string[] = [];
  const codes = new Map<string, number>();
  const labels = groups ?? Array.from(sides, (s) => s);
  if (labels.length !== n) throw new Error(`analytics/eastwest/ei-index: expected ${n} groups, got ${labels.length}.`);
  for (let i = 0; i < n; i++) {
    const g = labels[i];
    if (g === null || g === undefined) continue;
    let c = codes.get(g);
    if (c === undefined) {
      c = names.length;
      codes.set(g, c);
      names.push(g);
    }
    groupOf[i] = c;
  }
  const members = new Int32Array(names.length);
  for (let i = 0; i < n; i++) if (groupOf[i]! >= 0) members[groupOf[i]!]!++;
  const external = new Float64Array(names.length);
  const internal = new Float64Array(names.length);
  let e = 0;
  let i = 0;
  for (let u = 0; u < n; u++) {
    for (let p = offsets[u]!, end = offsets[u + 1]!; p < end; p++) {
      const v = targets[p]!;
      if (v < u || side[u] === NONE || side[v] === NONE) continue;
      const cross = side[u] !== side[v];
      if (cross) e++;
      else i++;
      for (const g of groupOf[u] === groupOf[v] ? [groupOf[u]!] : [groupOf[u]!, groupOf[v]!]) {
        if (g < 0) continue;
        if (cross) external[g]!++;
        else internal[g]!++;
      }
    }
  }
  return {
    overall: eiCounts(e, i),
    groups: names.map((group, g) => ({ group, members: members[g]!, ...eiCounts(external[g]!, internal[g]!) })),
  };
}

/** The index of `external` ties across and `internal` ties within (NaN without either). */
export function eiCounts(external: number, internal: number): EiCounts {
  const total = external + internal;
  return { external, internal, ei: total === 0 ? Number.NaN : (external - internal) / total };
}
