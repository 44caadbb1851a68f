/**
 * The filters every analysis and export accepts, and the filtered view of a dataset's graph.
 *
 * Rules (documented in the README):
 * - `types`: keep partnerships of these types.
 * - `from`/`to`: keep partnerships founded in [from, to], so that `to` shows the network as it
 *   stood in that year. Partnerships without a founding year are left out unless
 *   `includeUndated`; ones that had ended by `to` (`until` < `to`) are left out.
 * - `countries` / `blocs`: keep partnerships with at least one end in the listed countries
 *   (ISO 3166-1 alpha-2) / European blocs (east, west, other).
 * - Municipalities: with any partnership filter, those left without a partnership in the view
 *   are left out; then `minDegree` drops municipalities with fewer partnerships in the view.
 * Every view says how many were left out and why.
 */
import { UndirectedGraph } from 'graphology';
import type { AbstractGraph, Attributes } from 'graphology-types';
import { z } from 'zod';
import { PARTNERSHIP_TYPES } from '../domain/model.ts';

const list = <T extends z.ZodType<unknown, string>>(item: T) =>
  z
    .string()
    .transform((s) =>
      s
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean),
    )
    .pipe(z.array(item).min(1));

const year = z.coerce.number().int().min(1000).max(2100);

export const FilterShape = {
  types: list(z.enum(PARTNERSHIP_TYPES)).optional().describe('Comma-separated partnership types'),
  from: year.optional().describe('First founding year to include'),
  to: year.optional().describe('Last founding year to include: the network as it stood that year'),
  includeUndated: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional()
    .describe('With a year range, keep partnerships without a founding year'),
  countries: list(
    z
      .string()
      .regex(/^[A-Za-z]{2}$/, 'an ISO 3166-1 alpha-2 code')
      .transform((c) => c.toUpperCase()),
  )
    .optional()
    .describe('Comma-separated ISO 3166-1 alpha-2 codes; partnerships with at least one end there'),
  blocs: list(z.enum(['east', 'west', 'other']))
    .optional()
    .describe('Comma-separated blocs; partnerships with at least one end there'),
  minDegree: z.coerce
    .number()
    .int()
    .min(0)
    .max(100_000)
    .optional()
    .describe('Leave out municipalities with fewer partnerships in the view'),
};

export const FilterSchema = z.strictObject(FilterShape).refine((f) => f.from === undefined || f.to === undefined || f.from <= f.to, {
  message: '`from` must not be after `to`',
  path: ['from'],
});

export type Filters = z.infer<typeof FilterSchema>;

export interface LeftOut {
  partnerships: { type: number; undated: number; outOfRange: number; ended: number; place: number };
  municipalities: { withoutPartnership: number; belowMinDegree: number };
}

export interface FilteredView {
  graph: AbstractGraph;
  filters: Filters;
  leftOut: LeftOut;
}

export function hasPartnershipFilter(f: Filters): boolean {
  return f.types !== undefined || f.from !== undefined || f.to !== undefined || f.countries !== undefined || f.blocs !== undefined;
}

/** A canonical, order-independent key of the filters, for caches and ETags. */
export function filtersKey(f: Filters): string {
  const sorted = (xs?: string[]) => (xs ? [...xs].sort().join(',') : '');
  return [
    sorted(f.types),
    f.from ?? '',
    f.to ?? '',
    f.includeUndated ? 1 : 0,
    sorted(f.countries),
    sorted(f.blocs),
    f.minDegree ?? '',
  ].join(';');
}

/** The view of `graph` under `filters`; the shared graph itself is never changed. */
export function applyFilters(graph: AbstractGraph, filters: Filters): FilteredView {
  const leftOut: LeftOut = {
    partnerships: { type: 0, undated: 0, outOfRange: 0, ended: 0, place: 0 },
    municipalities: { withoutPartnership: 0, belowMinDegree: 0 },
  };
  if (!hasPartnershipFilter(filters) && !filters.minDegree) return { graph, filters, leftOut };

  const types = filters.types ? new Set<string>(filters.types) : null;
  const places =
    filters.countries || filters.blocs
      ? { countries: new Set(filters.countries ?? []), blocs: new Set<string>(filters.blocs ?? []) }
      : null;
  const inPlaces = (a: Attributes) => places !== null && (places.countries.has(a.country as string) || places.blocs.has(a.bloc as string));
  const ranged = filters.from !== undefined || filters.to !== undefined;
  const p = leftOut.partnerships;

  const view = new UndirectedGraph({ allowSelfLoops: false });
  view.replaceAttributes({ ...graph.getAttributes() });
  const keepAll = !hasPartnershipFilter(filters);
  if (keepAll) graph.forEachNode((node, attr) => view.addNode(node, attr));
  graph.forEachEdge((edge, attr, source, target, sa, ta) => {
    if (types && !types.has(attr.type as string)) return void (p.type += 1);
    if (ranged) {
      const since = attr.since as number | undefined;
      const until = attr.until as number | undefined;
      if (since === undefined && !filters.includeUndated) return void (p.undated += 1);
      if (
        since !== undefined &&
        ((filters.from !== undefined && since < filters.from) || (filters.to !== undefined && since > filters.to))
      ) {
        return void (p.outOfRange += 1);
      }
      if (until !== undefined && filters.to !== undefined && until < filters.to) return void (p.ended += 1);
    }
    if (places && !inPlaces(sa) && !inPlaces(ta)) return void (p.place += 1);
    view.mergeNode(source, sa);
    view.mergeNode(target, ta);
    view.addUndirectedEdgeWithKey(edge, source, target, attr);
  });
  leftOut.municipalities.withoutPartnership = graph.order - view.order;
  if (filters.minDegree) {
    const low = view.filterNodes((node) => view.degree(node) < filters.minDegree!);
    for (const node of low) view.dropNode(node);
    leftOut.municipalities.belowMinDegree = low.length;
  }
  return { graph: view, filters, leftOut };
}

/** The filter fields of a parsed query that also holds other parameters. */
export function pickFilters(query: Record<string, unknown>): Filters {
  const f: Record<string, unknown> = {};
  for (const k of Object.keys(FilterShape)) if (query[k] !== undefined) f[k] = query[k];
  return f as Filters;
}

/**
 * The network that the analyses (centralities, communities, components, structure) run on: the
 * view's places with at least one partnership in it. Places without one are data (`/api/graph`,
 * exports and region figures include them) but not part of the network. The same graph when every
 * place has a partnership.
 */
export function partneredOnly(graph: AbstractGraph): AbstractGraph {
  if (!graph.someNode((node) => graph.degree(node) === 0)) return graph;
  const network = new UndirectedGraph({ allowSelfLoops: false });
  network.replaceAttributes({ ...graph.getAttributes() });
  graph.forEachNode((node, attr) => {
    if (graph.degree(node) > 0) network.addNode(node, attr);
  });
  graph.forEachEdge((edge, attr, source, target) => network.addUndirectedEdgeWithKey(edge, source, target, attr));
  return network;
}
