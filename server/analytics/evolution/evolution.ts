/**
 * The network as it stood each year of a series: for year Y, the dated partnerships that the
 * filter rule keeps under `to = Y` (contract/filters.ts: founded up to Y, not ended before Y), on
 * the places they join. Computed incrementally (dynamic-network.ts): the partnerships founded
 * since the previous point are added, those ended since are removed, and only at a point with
 * removals are the components rebuilt from the edges; degrees, triangles (clustering) and cross
 * ties are counted through additions and removals alike.
 *
 * Modularity is Louvain's (communities/louvain.ts, Blondel et al. 2008), run afresh with the
 * suite's seed on each year's network whenever it differs from the previous point's, on a graph
 * built in the order the suite's filtered view has (places in the order of their first standing
 * partnership, partnerships in the dataset's order): the last year's figures are then those of
 * the full suite with `to` = that year. Louvain is never warm-started from the previous year's
 * partition: that gives another partition, and another modularity, than the suite's.
 *
 * Per divide: cross ties, their share and the E-I index (eastwest/ei-index.ts) over the
 * partnerships with a side at both ends (contract/sides.ts).
 */
import { UndirectedGraph } from 'graphology';
import { z } from 'zod';
import { standingYears, stateIn } from '../../../contract/filters.ts';
import { isCross, sideOf } from '../../../contract/sides.ts';
import { DIVIDES, PARTNERSHIP_TYPES, type PartnershipType } from '../../../contract/vocabularies.ts';
import type { EvolutionYear } from '../../../contract/api/evolution.ts';
import { compute as louvain } from '../communities/louvain.ts';
import { csrFromPairs } from '../csr.ts';
import { eiCounts } from '../eastwest/ei-index.ts';
import { parseOptions } from '../options.ts';
import { DynamicNetwork } from './dynamic-network.ts';

export const optionsSchema = z
  .object({
    from: z.number().int(),
    to: z.number().int(),
    step: z.number().int().min(1).default(1),
    seed: z.number().int().default(0),
    resolution: z.number().positive().default(1),
    /** false: no Louvain (modularity null), to time the rest apart (the bench). */
    modularity: z.boolean().default(true),
  })
  .strict()
  .refine(({ from, to }) => from <= to, { message: '`from` must not be after `to`' });
export type EvolutionOptions = z.input<typeof optionsSchema>;

/**
 * The columns the series reads: those the suite's worker receives (suite/suite-input.ts), so a
 * run takes the suite's input as it is. Edge e joins ends[2e] and ends[2e + 1]; NaN years are unknown.
 */
export interface EvolutionInput {
  keys: readonly string[];
  germany: readonly (string | null)[];
  bloc: readonly (string | null)[];
  ends: Int32Array;
  since: Float64Array;
  until: Float64Array;
  type: readonly (string | null)[];
}

export interface EvolutionResult {
  years: EvolutionYear[];
  louvainRuns: number;
  rebuilds: number;
}

/** The years of the series: from, from + step, …, and `to` last whatever the step. */
export function seriesYears(from: number, to: number, step: number): number[] {
  const years: number[] = [];
  for (let y = from; y < to; y += step) years.push(y);
  years.push(to);
  return years;
}

const orUndefined = (x: number) => (Number.isNaN(x) ? undefined : x);

export function compute(
  input: EvolutionInput,
  options: EvolutionOptions,
  report: (fraction: number, stage: string) => void = () => {},
): EvolutionResult {
  const { from, to, step, seed, resolution, modularity } = parseOptions('evolution/evolution', optionsSchema, options);
  const n = input.keys.length;
  const m = input.since.length;
  const { ends } = input;
  const { sided, cross } = crossFlags(input);
  const { added, removed, enters, leaves, undated, founded } = schedule(input);

  const network = new DynamicNetwork(n);
  const present = new Uint8Array(m);
  const crossCounts = DIVIDES.map(() => ({ sided: 0, cross: 0 }));
  const toggle = (e: number, sign: 1 | -1) => {
    const [u, v] = [ends[2 * e]!, ends[2 * e + 1]!];
    if (sign > 0) network.add(u, v);
    else network.remove(u, v);
    present[e] = sign > 0 ? 1 : 0;
    DIVIDES.forEach((_, d) => {
      crossCounts[d]!.sided += sign * sided[d]![e]!;
      crossCounts[d]!.cross += sign * cross[d]![e]!;
    });
  };

  const years = seriesYears(from, to, step);
  const rows: EvolutionYear[] = [];
  let [nextAdd, nextRemove, nextFounded] = [0, 0, 0];
  let changed = true;
  let communities = { modularity: null as number | null, count: 0 };
  let louvainRuns = 0;
  let rebuilds = 0;
  for (const [k, year] of years.entries()) {
    report(k / years.length, `year ${year}`);
    // chronologically: within a year, the partnerships that end leave before new ones enter
    let rebuilt = false;
    while (nextAdd < added.length || nextRemove < removed.length) {
      const r = removed[nextRemove];
      const a = added[nextAdd];
      const removeFirst = r !== undefined && leaves[r]! <= year && (a === undefined || leaves[r]! <= enters[a]!);
      if (removeFirst) {
        // it entered before (leaves > enters), possibly within this stride: then it shows at no point
        toggle(r, -1);
        rebuilt = true;
        nextRemove++;
      } else if (a !== undefined && enters[a]! <= year) {
        toggle(a, +1);
        nextAdd++;
      } else break;
      changed = true;
    }
    if (rebuilt) {
      network.rebuildComponents();
      rebuilds++;
    }
    const newByType: Partial<Record<PartnershipType, number>> = {};
    let newTotal = 0;
    const windowStart = k === 0 ? year - step : years[k - 1]!;
    while (nextFounded < founded.length && input.since[founded[nextFounded]!]! <= year) {
      const e = founded[nextFounded++]!;
      if (input.since[e]! <= windowStart) continue;
      newTotal++;
      const type = input.type[e];
      if (type && (PARTNERSHIP_TYPES as readonly string[]).includes(type))
        newByType[type as PartnershipType] = (newByType[type as PartnershipType] ?? 0) + 1;
    }
    if (changed && modularity) {
      communities = yearCommunities(input, present, seed, resolution);
      louvainRuns++;
      changed = false;
    }
    const divide = (d: number) => {
      const { sided: s, cross: c } = crossCounts[d]!;
      const ei = eiCounts(c, s - c).ei;
      return { sided: s, crossTies: c, crossShare: s > 0 ? c / s : null, eiIndex: Number.isFinite(ei) ? ei : null };
    };
    rows.push({
      year,
      places: network.nodes,
      partnerships: network.edges,
      undated: undated.filter((e) => stateIn(year, undefined, orUndefined(input.until[e]!)) === 'standing').length,
      newPartnerships: { total: newTotal, byType: newByType },
      components: network.components,
      largestComponent: network.largestComponent,
      meanDegree: network.nodes > 0 ? (2 * network.edges) / network.nodes : 0,
      averageClustering: network.averageClustering(),
      transitivity: network.transitivity(),
      modularity: communities.modularity,
      communities: communities.count,
      germany: divide(0),
      europe: divide(1),
      rebuilt,
    });
  }
  report(1, 'done');
  return { years: rows, louvainRuns, rebuilds };
}

/** Per divide and partnership: whether both ends have a side, and whether they differ (contract/sides.ts). */
function crossFlags(input: EvolutionInput) {
  const { ends } = input;
  const m = input.since.length;
  const places = input.keys.map((_, i) => ({ germany: input.germany[i], bloc: input.bloc[i] }));
  const flags = (test: (a: (typeof places)[number], b: (typeof places)[number]) => boolean) =>
    Uint8Array.from({ length: m }, (_, e) => (test(places[ends[2 * e]!]!, places[ends[2 * e + 1]!]!) ? 1 : 0));
  return {
    sided: DIVIDES.map((divide) => flags((a, b) => sideOf(a, divide) !== null && sideOf(b, divide) !== null)),
    cross: DIVIDES.map((divide) => flags((a, b) => isCross(a, b, divide))),
  };
}

/**
 * When each dated partnership enters (the first year it stands) and leaves (the first year after
 * it), by the filter rule's `standingYears`; the additions and removals in the order of those
 * years (then of the input), the dated ones by founding year, and the undated ones.
 */
function schedule(input: EvolutionInput) {
  const m = input.since.length;
  const added: number[] = [];
  const removed: number[] = [];
  const enters = new Float64Array(m).fill(Number.POSITIVE_INFINITY);
  const leaves = new Float64Array(m).fill(Number.POSITIVE_INFINITY);
  const undated: number[] = [];
  for (let e = 0; e < m; e++) {
    const since = orUndefined(input.since[e]!);
    if (since === undefined) {
      undated.push(e);
      continue;
    }
    const years = standingYears(since, orUndefined(input.until[e]!));
    if (!years) continue;
    [enters[e], leaves[e]] = years;
    added.push(e);
    if (years[1] !== Number.POSITIVE_INFINITY) removed.push(e);
  }
  const byYear = (at: Float64Array) => (a: number, b: number) => at[a]! - at[b]! || a - b;
  added.sort(byYear(enters));
  removed.sort(byYear(leaves));
  const founded = added.slice().sort((a, b) => input.since[a]! - input.since[b]! || a - b);
  return { added, removed, enters, leaves, undated, founded };
}

/**
 * Louvain on the standing partnerships, as a graph in the order of the suite's filtered view:
 * places in the order of their first standing partnership (its source first), partnerships in
 * the input's order. Louvain's seeded choices follow that order.
 */
function yearCommunities(input: EvolutionInput, present: Uint8Array, seed: number, resolution: number) {
  const graph = new UndirectedGraph({ allowSelfLoops: false });
  const { keys, ends } = input;
  const index = new Int32Array(keys.length).fill(-1);
  const order: string[] = [];
  const pairs: number[] = [];
  for (let e = 0; e < present.length; e++) {
    if (!present[e]) continue;
    for (const end of [ends[2 * e]!, ends[2 * e + 1]!]) {
      if (index[end]! >= 0) continue;
      index[end] = order.length;
      order.push(keys[end]!);
      graph.addNode(keys[end]!);
    }
    pairs.push(index[ends[2 * e]!]!, index[ends[2 * e + 1]!]!);
  }
  for (let p = 0; p < pairs.length; p += 2) graph.addEdge(order[pairs[p]!]!, order[pairs[p + 1]!]!);
  if (graph.size === 0) return { modularity: null, count: 0 };
  // the CSR of this graph (same node order), made from the pairs rather than read back from it
  const result = louvain(graph, csrFromPairs(order, pairs), { resolution, seed });
  return { modularity: result.modularity, count: result.count };
}
