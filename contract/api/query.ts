/**
 * The query parameters shared by many endpoints: the filters (/api/graph, every analysis, export
 * and report) and the analysis options. Query strings arrive as text; these schemas coerce them,
 * and `filtersOf` turns a parsed query into the one `Filters` shape the rule takes.
 */
import { z } from 'zod';
import { NO_FILTERS, type Filters } from '../filters.ts';
import { BLOCS, PARTNERSHIP_TYPES } from '../vocabularies.ts';

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

export const flag = z.enum(['true', 'false']).transform((v) => v === 'true');

export const FilterShape = {
  types: list(z.enum(PARTNERSHIP_TYPES)).optional().describe('Comma-separated partnership types'),
  from: year.optional().describe('First founding year to include'),
  to: year.optional().describe('Last founding year to include: the network as it stood that year'),
  includeUndated: flag.optional().describe('With a year range, keep partnerships without a founding year'),
  countries: list(
    z
      .string()
      .regex(/^[A-Za-z]{2}$/, 'an ISO 3166-1 alpha-2 code')
      .transform((c) => c.toUpperCase()),
  )
    .optional()
    .describe('Comma-separated ISO 3166-1 alpha-2 codes; partnerships with at least one end there'),
  blocs: list(z.enum(BLOCS)).optional().describe('Comma-separated blocs; partnerships with at least one end there'),
  minDegree: z.coerce
    .number()
    .int()
    .min(0)
    .max(100_000)
    .optional()
    .describe('Leave out municipalities with fewer partnerships in the view'),
};

export const AnalysisShape = {
  resolution: z.coerce.number().positive().max(100).default(1).describe('Resolution of the communities (Louvain, Leiden)'),
  seed: z.coerce
    .number()
    .int()
    .min(0)
    .max(2 ** 31 - 1)
    .default(0)
    .describe('Seed of the communities (Louvain, Leiden) and the random baseline'),
  betweenness: z.enum(['exact', 'sampled']).default('exact').describe('Exact betweenness (Brandes) or sampled with k pivots'),
  k: z.coerce.number().int().min(2).max(1_000_000).default(500).describe('Pivots for sampled betweenness'),
};
const AnalysisOptionsSchema = z.object(AnalysisShape);
export type AnalysisOptions = z.output<typeof AnalysisOptionsSchema>;

type FilterQuery = { [K in keyof typeof FilterShape]?: z.output<(typeof FilterShape)[K]> };

/** `from` must not be after `to`: the check every query with filters runs. */
export function yearsInOrder(query: object): boolean {
  const { from, to } = query as { from?: number; to?: number };
  return from === undefined || to === undefined || from <= to;
}
export const YEARS_IN_ORDER = { message: '`from` must not be after `to`', path: ['from'] };

/** A query of the filters and the endpoint's own parameters, without analysis options. */
export function filteredQuery<E extends z.ZodRawShape>(extra: E) {
  return z.strictObject({ ...FilterShape, ...extra }).refine(yearsInOrder, YEARS_IN_ORDER);
}

/** A query of the filters alone (/api/graph). */
export const FilterQuery = filteredQuery({});

/** A query of filters, analysis options and the endpoint's own parameters. */
export function analysisQuery<E extends z.ZodRawShape>(extra: E) {
  return z.strictObject({ ...FilterShape, ...AnalysisShape, ...extra }).refine(yearsInOrder, YEARS_IN_ORDER);
}

/** The filters of a parsed query (which may hold other parameters too), in the rule's shape. */
export function filtersOf(query: FilterQuery): Filters {
  return {
    types: query.types ?? NO_FILTERS.types,
    from: query.from ?? null,
    to: query.to ?? null,
    includeUndated: query.includeUndated ?? false,
    countries: query.countries ?? [],
    blocs: query.blocs ?? [],
    minDegree: query.minDegree ?? 0,
  };
}
