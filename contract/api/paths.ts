/**
 * GET /api/paths (every shortest path between two places, counted, the first few listed) and
 * GET /api/ego/:id (a place's neighbourhood, in the serialisation of /api/graph). Both search the
 * filtered view, places without a partnership included, and take only the filters.
 */
import { z } from 'zod';
import { LeftOutSchema, PlaceRefSchema } from './common.ts';
import { GraphAttributesSchema, GraphSchema } from './graph.ts';
import { FilterShape, filteredQuery, filtersOf, yearsInOrder } from './query.ts';

const count = z.number().int();
const place = z.string().min(1).max(200);

const { from: firstYear, to: lastYear, ...otherFilters } = FilterShape;

/**
 * The query of GET /api/paths: the places are `from` and `to` (as a researcher says "from A to
 * B"), so here the founding-year filters, `from` and `to` everywhere else, are `since` and
 * `until`. Parsed, it gives the places as `source` and `target` and the filters in the rule's shape.
 */
export const PathsQuery = z
  .strictObject({
    ...otherFilters,
    since: firstYear.describe('First founding year to include (the filter `from` of the other endpoints)'),
    until: lastYear.describe('Last founding year to include (the filter `to` of the other endpoints)'),
    from: place.describe('Id of the place the paths start from; an id of the older slug rule names the place it names today'),
    to: place.describe('Id of the place the paths lead to'),
    limit: z.coerce.number().int().min(1).max(100).default(10).describe('How many paths to list; all are counted'),
  })
  .refine(({ since, until }) => yearsInOrder({ from: since, to: until }), {
    message: '`since` must not be after `until`',
    path: ['since'],
  })
  .transform(({ from, to, limit, since, until, ...filters }) => ({
    source: from,
    target: to,
    limit,
    filters: filtersOf({ ...filters, from: since, to: until }),
  }));

/** GET /api/paths. */
export const PathsSchema = z.object({
  version: count,
  source: PlaceRefSchema,
  target: PlaceRefSchema,
  length: count.nullable().describe('Partnerships along a shortest path; null when the places are not connected in the view'),
  count: z.number().describe('How many shortest paths there are (0 when not connected), counted without listing them; exact up to 2^53'),
  limit: count,
  paths: z
    .array(z.array(PlaceRefSchema))
    .describe('Up to `limit` shortest paths, each its places from source to target, ordered by the ids along them (compared as strings)'),
  leftOut: LeftOutSchema,
});
export type Paths = z.infer<typeof PathsSchema>;

/** The query of GET /api/ego/:id. */
export const EgoQuery = filteredQuery({
  radius: z.coerce.number().int().min(1).max(3).default(1).describe('Partnerships away from the place: 1, 2 or 3'),
  max: z.coerce
    .number()
    .int()
    .min(1)
    .max(20_000)
    .default(2000)
    .describe('At most this many places, the nearest first (breadth-first order)'),
});

export const EgoAttributesSchema = GraphAttributesSchema.omit({ coverage: true, datasets: true }).extend({
  center: z.string().describe("The place's id (today's, when it was asked by an older one)"),
  radius: count,
  truncated: z.boolean().describe('More places lie within the radius than `max`: the graph holds the nearest `max`'),
  total: count.describe('Places within the radius, the center included, kept or not'),
});

/** GET /api/ego/:id: the places within `radius` partnerships of one, and every partnership among them. */
export const EgoSchema = GraphSchema.extend({ attributes: EgoAttributesSchema });
export type EgoAnswer = z.infer<typeof EgoSchema>;
