/**
 * The filter rule: which partnerships and places a view keeps. The API (every analysis, export
 * and /api/graph) and the client (drawing a filter change at once) run this same function, so the
 * counts a user sees in the browser are the API's.
 *
 * - `types`: keep partnerships of these types.
 * - `from`/`to`: keep partnerships founded in [from, to], so that `to` shows the network as it
 *   stood in that year. Partnerships without a founding year are left out unless
 *   `includeUndated`; ones that had ended by `to` (`until` < `to`) are left out.
 * - `countries` / `blocs`: keep partnerships with at least one end in the listed countries
 *   (ISO 3166-1 alpha-2) / European blocs (east, west, other).
 * - Places: with any partnership filter, those left without a partnership in the view are left
 *   out; then `minDegree` drops places with fewer partnerships in the view.
 * Every view says how many were left out and why.
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import type { Bloc, PartnershipType } from './vocabularies.ts';

export interface Filters {
  /** null: every type. */
  readonly types: readonly PartnershipType[] | null;
  readonly from: number | null;
  readonly to: number | null;
  readonly includeUndated: boolean;
  readonly countries: readonly string[];
  readonly blocs: readonly Bloc[];
  readonly minDegree: number;
}

export const NO_FILTERS: Filters = {
  types: null,
  from: null,
  to: null,
  includeUndated: false,
  countries: [],
  blocs: [],
  minDegree: 0,
};

export interface LeftOut {
  partnerships: { type: number; undated: number; outOfRange: number; ended: number; place: number };
  municipalities: { withoutPartnership: number; belowMinDegree: number };
}

/** What a view keeps: places and partnerships by key, and the count of what it left out. */
export interface Selection {
  /** False when nothing is filtered: every place and partnership is kept (the sets are then empty). */
  readonly filtered: boolean;
  /** In the order they were first kept: the graph's, or that of their first kept partnership. */
  readonly nodes: ReadonlySet<string>;
  readonly edges: ReadonlySet<string>;
  readonly leftOut: LeftOut;
}

export function hasPartnershipFilter(f: Filters): boolean {
  return f.types !== null || f.from !== null || f.to !== null || f.countries.length > 0 || f.blocs.length > 0;
}

export function hasFilters(f: Filters): boolean {
  return hasPartnershipFilter(f) || f.minDegree > 0;
}

/** The filters as query parameters, those at their default left out (the API's parameter names). */
export function filterQuery(f: Filters): Record<string, string> {
  const q: Record<string, string> = {};
  if (f.types) q.types = f.types.join(',');
  if (f.from !== null) q.from = String(f.from);
  if (f.to !== null) q.to = String(f.to);
  if (f.includeUndated && (f.from !== null || f.to !== null)) q.includeUndated = 'true';
  if (f.countries.length > 0) q.countries = f.countries.join(',');
  if (f.blocs.length > 0) q.blocs = f.blocs.join(',');
  if (f.minDegree > 0) q.minDegree = String(f.minDegree);
  return q;
}

/** A canonical, order-independent key of the filters, for caches and ETags. */
export function filtersKey(f: Filters): string {
  const sorted = (xs: readonly string[] | null) => (xs ? [...xs].sort().join(',') : '');
  return [
    sorted(f.types),
    f.from ?? '',
    f.to ?? '',
    f.includeUndated ? 1 : 0,
    sorted(f.countries),
    sorted(f.blocs),
    f.minDegree || '',
  ].join(';');
}

/**
 * The year part of the rule: how a partnership founded in `since` and ended in `until` (either
 * unknown) stands in `year`, i.e. under `to = year`. Founded after it: left out as out of range;
 * ended before it (`until < year`): left out as ended, so a partnership still counts in its end
 * year and is gone from the next one; otherwise standing.
 */
export function stateIn(year: number, since: number | undefined, until: number | undefined): 'standing' | 'founded later' | 'ended' {
  if (since !== undefined && since > year) return 'founded later';
  if (until !== undefined && until < year) return 'ended';
  return 'standing';
}

/**
 * The years in which `stateIn` finds a dated partnership standing, as [first, end) (end is
 * Infinity while it has not ended); null when it never stands (an end before its founding). The
 * year-by-year series (analytics/evolution/) adds a partnership in `first` and removes it in `end`.
 */
export function standingYears(since: number, until: number | undefined): readonly [number, number] | null {
  const end = until === undefined ? Number.POSITIVE_INFINITY : until + 1;
  return since < end ? [since, end] : null;
}

/** The places and partnerships of `graph` that `filters` keep; the graph itself is never changed. */
export function selectView(graph: AbstractGraph, filters: Filters): Selection {
  const leftOut: LeftOut = {
    partnerships: { type: 0, undated: 0, outOfRange: 0, ended: 0, place: 0 },
    municipalities: { withoutPartnership: 0, belowMinDegree: 0 },
  };
  const nodes = new Set<string>();
  const edges = new Set<string>();
  if (!hasFilters(filters)) return { filtered: false, nodes, edges, leftOut };

  const types = filters.types ? new Set<string>(filters.types) : null;
  const placed = filters.countries.length > 0 || filters.blocs.length > 0;
  const countries = new Set(filters.countries);
  const blocs = new Set<string>(filters.blocs);
  const inPlaces = (a: Attributes) => countries.has(a.country as string) || blocs.has(a.bloc as string);
  const { from, to } = filters;
  const ranged = from !== null || to !== null;
  const p = leftOut.partnerships;

  if (!hasPartnershipFilter(filters)) graph.forEachNode((node) => void nodes.add(node));
  graph.forEachEdge((edge, attr, source, target, sa, ta) => {
    if (types && !types.has(attr.type as string)) return void (p.type += 1);
    if (ranged) {
      const since = attr.since as number | undefined;
      const until = attr.until as number | undefined;
      if (since === undefined && !filters.includeUndated) return void (p.undated += 1);
      if (since !== undefined && from !== null && since < from) return void (p.outOfRange += 1);
      const state = to === null ? 'standing' : stateIn(to, since, until);
      if (state === 'founded later') return void (p.outOfRange += 1);
      if (state === 'ended') return void (p.ended += 1);
    }
    if (placed && !inPlaces(sa) && !inPlaces(ta)) return void (p.place += 1);
    nodes.add(source);
    nodes.add(target);
    edges.add(edge);
  });
  leftOut.municipalities.withoutPartnership = graph.order - nodes.size;

  if (filters.minDegree > 0) {
    const degree = new Map<string, number>();
    for (const edge of edges) {
      for (const end of graph.extremities(edge)) degree.set(end, (degree.get(end) ?? 0) + 1);
    }
    for (const node of [...nodes]) {
      if ((degree.get(node) ?? 0) < filters.minDegree) {
        nodes.delete(node);
        leftOut.municipalities.belowMinDegree += 1;
      }
    }
    for (const edge of [...edges]) {
      const [s, t] = graph.extremities(edge);
      if (!nodes.has(s) || !nodes.has(t)) edges.delete(edge);
    }
  }
  return { filtered: true, nodes, edges, leftOut };
}
