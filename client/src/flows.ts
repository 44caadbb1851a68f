/**
 * Flows: the partnerships drawn at this moment, aggregated between groups of towns for the
 * zoomed-out map ("overview first, details on demand"; features/flows.ts draws them). A town's
 * group is its German state (ISO 3166-2, `DE-BY`) when it is German, else its country (ISO
 * alpha-2); a German town without a state is in `DE`, a town without a country in `?`. The force
 * layout's community graph groups by community instead (`FlowOptions.group`).
 *
 * A partnership between two groups counts once in their flow (partnerships are undirected: one
 * flow per pair of groups); one inside a group counts in the group's `internal`. Both also count
 * how many cross the east-west divide given (contract/sides.ts, the rule every cross count uses).
 *
 * A group's anchor is the degree-weighted mean of its towns' map positions: each end of a counted
 * partnership adds its town's position once, so a town weighs by its partnerships counted here.
 * Towns without coordinates (on the ring around the map) do not move it; a group none of whose
 * towns has coordinates has no anchor, and its flows are counted but cannot be drawn.
 *
 * One pass over the partnerships (O(edges)), then a sort of the flows (far fewer); the same
 * graph and partnerships give the same result.
 */
import type { Point } from '../../contract/map-positions.ts';
import { isCross, type Sided } from '../../contract/sides.ts';
import type { Divide } from '../../contract/vocabularies.ts';

/** The group of a town without a country. */
export const UNKNOWN_GROUP = '?';
/**
 * Flows stand for the partnerships while the map across the screen's shorter side spans more than
 * this many radians (about 29° of longitude: France to Poland); closer in, each partnership is drawn.
 */
export const FLOW_SPAN = 0.5;
/** At most this many flows are drawn, the largest (a few hundred lines stay readable and cheap per frame). */
export const MAX_DRAWN_FLOWS = 300;

/** The attributes the grouping and the divide read; any others may be present. */
export interface Groupable extends Sided {
  country?: string;
  admin1?: string;
}

/** What the aggregation reads of the graph: graphology's `forEachEdge`, with both ends' attributes. */
export interface FlowGraph {
  forEachEdge(
    callback: (
      edge: string,
      attributes: unknown,
      source: string,
      target: string,
      sourceAttributes: Groupable,
      targetAttributes: Groupable,
    ) => void,
  ): void;
}

export interface FlowGroup {
  readonly key: string;
  /** Partnerships with both towns in the group (drawn as its circle, not as a line). */
  internal: number;
  /** Of those, across the divide (rare: a group lies on one side, save `DE` and `?`). */
  internalCross: number;
  /** Ends of counted partnerships in the group: its towns' partnerships counted here (an internal one twice). */
  ends: number;
  /** The degree-weighted mean position of its towns with coordinates (graph coordinates), null when none has any. */
  anchor: Point | null;
}

export interface Flow {
  /** The group with more ends (ties by key): a flow is drawn from `from` to `to`, bent to its right. */
  readonly from: string;
  readonly to: string;
  /** Partnerships between the two groups. */
  count: number;
  /** Of those, across the divide. */
  cross: number;
}

export interface FlowSummary {
  readonly groups: ReadonlyMap<string, FlowGroup>;
  /** Largest first; equal counts by their groups' keys. */
  readonly flows: readonly Flow[];
  /** The partnerships counted: the flows' counts and the groups' internal ones add up to it. */
  readonly ties: number;
  /** The divide whose crossings are counted (null: none counted). */
  readonly divide: Divide | null;
}

export interface FlowOptions {
  /** A town's map position; undefined for a town without coordinates. */
  position(node: string): Point | undefined;
  /** The divide whose crossings to count; null counts none. */
  divide: Divide | null;
  /** A town's group; by default `groupOf` (its German state, else its country). */
  group?: (node: string, attributes: Groupable) => string;
}

/** The group of a town: its German state, else its country. */
export function groupOf(place: Groupable): string {
  if (place.country === 'DE' && place.admin1?.startsWith('DE-')) return place.admin1;
  return place.country || UNKNOWN_GROUP;
}

/** Aggregates the partnerships of `graph` for which `shown` is true into flows between groups. */
export function aggregateFlows(graph: FlowGraph, shown: (edge: string) => boolean, options: FlowOptions): FlowSummary {
  const { divide } = options;
  const groupOfNode = options.group ?? ((_node: string, attributes: Groupable) => groupOf(attributes));
  // groups by index, so that a pair of groups is a number rather than a string built per partnership
  const index = new Map<string, number>();
  const sums: Array<{ group: FlowGroup; x: number; y: number; weight: number }> = [];
  const nodeGroup = new Map<string, number>();
  const byPair = new Map<number, Flow>();
  let count = 0;

  const visit = (node: string, attributes: Groupable): number => {
    let i = nodeGroup.get(node);
    if (i === undefined) {
      const key = groupOfNode(node, attributes);
      i = index.get(key);
      if (i === undefined) {
        i = sums.length;
        index.set(key, i);
        sums.push({ group: { key, internal: 0, internalCross: 0, ends: 0, anchor: null }, x: 0, y: 0, weight: 0 });
      }
      nodeGroup.set(node, i);
    }
    const sum = sums[i]!;
    sum.group.ends += 1;
    const p = options.position(node);
    if (p) {
      sum.x += p.x;
      sum.y += p.y;
      sum.weight += 1;
    }
    return i;
  };

  graph.forEachEdge((edge, _attributes, source, target, sourceAttributes, targetAttributes) => {
    if (!shown(edge)) return;
    const a = visit(source, sourceAttributes);
    const b = visit(target, targetAttributes);
    const cross = divide !== null && isCross(sourceAttributes, targetAttributes, divide) ? 1 : 0;
    count += 1;
    if (a === b) {
      const { group } = sums[a]!;
      group.internal += 1;
      group.internalCross += cross;
      return;
    }
    // fewer than 65,536 groups: there are some 250 countries
    const pair = a < b ? a * 65_536 + b : b * 65_536 + a;
    let flow = byPair.get(pair);
    if (!flow) {
      flow = { from: sums[a]!.group.key, to: sums[b]!.group.key, count: 0, cross: 0 };
      byPair.set(pair, flow);
    }
    flow.count += 1;
    flow.cross += cross;
  });

  const groups = new Map<string, FlowGroup>();
  for (const sum of [...sums].sort((p, q) => (p.group.key < q.group.key ? -1 : 1))) {
    if (sum.weight > 0) sum.group.anchor = { x: sum.x / sum.weight, y: sum.y / sum.weight };
    groups.set(sum.group.key, sum.group);
  }
  const flows = [...byPair.values()].map((flow): Flow => {
    // from the larger group to the smaller (ties by key): the flows leaving a hub bend to the same side
    const [p, q] = flow.from < flow.to ? [flow.from, flow.to] : [flow.to, flow.from];
    const larger = groups.get(q)!.ends > groups.get(p)!.ends ? q : p;
    return larger === p ? { ...flow, from: p, to: q } : { ...flow, from: q, to: p };
  });
  flows.sort((p, q) => q.count - p.count || compare(pairKey(p), pairKey(q)));
  return { groups, flows, ties: count, divide };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function pairKey(flow: Flow): string {
  return flow.from < flow.to ? `${flow.from} ${flow.to}` : `${flow.to} ${flow.from}`;
}

/** A flow most of whose partnerships cross the divide (drawn in the colour of cross ties). */
export function crossesDivide(flow: Flow): boolean {
  return flow.cross * 2 > flow.count;
}

/**
 * The flows drawn, largest first: of those whose groups both have an anchor, the largest `max`,
 * where the flows across the divide are ranked among themselves for up to a third of the places.
 * Ranked among all, the ones inside Germany (a few dozen partnerships each, against hundreds
 * between France and Britain) would never be drawn in the East/West colouring that is about them.
 */
export function drawnFlows(summary: FlowSummary, max = MAX_DRAWN_FLOWS): Flow[] {
  const placed = summary.flows.filter((f) => summary.groups.get(f.from)?.anchor && summary.groups.get(f.to)?.anchor);
  const cross = summary.divide === null ? [] : placed.filter(crossesDivide).slice(0, Math.floor(max / 3));
  const taken = new Set(cross);
  const rest = placed.filter((f) => !taken.has(f)).slice(0, max - cross.length);
  const order = new Map(placed.map((f, i) => [f, i]));
  return [...cross, ...rest].sort((p, q) => order.get(p)! - order.get(q)!);
}

/**
 * The divide whose crossings the flows show: the east-west view's, else the one the colour mode
 * shows (East/West Germany, or Europe's blocs); none for the other colour modes.
 */
export function flowDivide(state: { color: string; divide: Divide | null }): Divide | null {
  if (state.divide) return state.divide;
  if (state.color === 'germany') return 'germany';
  if (state.color === 'bloc') return 'europe';
  return null;
}
