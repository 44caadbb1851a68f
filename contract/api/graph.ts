/**
 * GET /api/graph: the municipalities and partnerships under the filters, in graphology's
 * serialisation format (`Graph.from` loads it). The node and edge attributes are the data model's
 * (docs/architecture.md) as Neo4j stores them: a value that is not known is absent, never null.
 * The same place and tie attributes are what the edit endpoints answer and the municipality
 * detail shows.
 */
import { z } from 'zod';
import type { Filters } from '../filters.ts';
import { BLOCS, GERMAN_SIDES, PARTNERSHIP_TYPES, PLACE_KINDS } from '../vocabularies.ts';
import { LeftOutSchema } from './common.ts';

const count = z.number().int();
const year = z.number().int();

/** A place's stored properties (its id aside). */
export const PlacePropertiesSchema = z.object({
  name: z.string(),
  aliases: z.array(z.string()).describe('Other names (exonyms, other languages), searchable'),
  country: z.string().optional().describe('ISO 3166-1 alpha-2'),
  admin1: z.string().optional().describe('ISO 3166-2 subdivision, e.g. DE-BY'),
  admin2: z.string().optional().describe('District (Kreis) or its equivalent'),
  ags: z.string().optional().describe('German 8-digit municipality key (Amtlicher Gemeindeschlüssel)'),
  wikidata: z.string().optional().describe('Wikidata item, e.g. Q64'),
  kind: z.enum(PLACE_KINDS),
  lat: z.number().optional(),
  lon: z.number().optional(),
  population: count.optional(),
  sources: z.array(z.string()).describe('The datasets (ids) or URLs the place comes from'),
  germany: z.enum(GERMAN_SIDES).optional().describe('The side of the former inner-German border (Berlin: neither)'),
  bloc: z.enum(BLOCS).optional().describe("Europe's bloc before 1990"),
});
export type PlaceProperties = z.infer<typeof PlacePropertiesSchema>;

/** A place as a node of the graph: its properties and the networks it belongs to. */
export const PlaceAttributesSchema = PlacePropertiesSchema.extend({
  networks: z.array(z.string()).describe('Ids of the networks (graph attribute `networks`) the place is a member of'),
});
export type PlaceAttributes = z.infer<typeof PlaceAttributesSchema>;

/** A partnership's stored properties (its ends aside). */
export const TieAttributesSchema = z.object({
  type: z.enum(PARTNERSHIP_TYPES),
  since: year.optional().describe('Founding year'),
  until: year.optional().describe('Year it ended'),
  sources: z.array(z.string()).describe('The datasets (ids) or URLs the partnership comes from'),
});
export type TieAttributes = z.infer<typeof TieAttributesSchema>;

/** The filters of a view, in the rule's shape (contract/filters.ts). */
export const FiltersSchema = z.object({
  types: z.array(z.enum(PARTNERSHIP_TYPES)).nullable().describe('null: every type'),
  from: year.nullable(),
  to: year.nullable(),
  includeUndated: z.boolean(),
  countries: z.array(z.string()),
  blocs: z.array(z.enum(BLOCS)),
  minDegree: count,
}) satisfies z.ZodType<Filters>;

/** How many partnerships of a view have a known founding year, overall and per source. */
export const CoverageSchema = z.object({
  partnerships: count,
  withYear: count.describe('Partnerships with a known founding year'),
  share: z.number().describe('withYear / partnerships (1 for an empty view)'),
  bySource: z
    .array(
      z.object({
        source: z.string().describe("A dataset's id, or 'seeds and edits' for facts citing URLs"),
        partnerships: count,
        withYear: count,
        places: count,
      }),
    )
    .describe('Most partnerships first'),
});
export type Coverage = z.infer<typeof CoverageSchema>;

/** An imported dataset (a Source node), which places and partnerships cite by id in `sources`. */
export const DatasetSourceSchema = z.object({
  id: z.string(),
  name: z.string().describe("What to call it: its origin's name when its format tells, else its file's"),
  url: z.string().nullable().describe("The origin's page, when known"),
  format: z.string().nullable(),
  licence: z.string().nullable(),
  attribution: z.string().nullable(),
});
export type DatasetSource = z.infer<typeof DatasetSourceSchema>;

export const GraphAttributesSchema = z.object({
  datasetVersion: count,
  updatedAt: z.string().nullable(),
  networks: z.array(z.object({ id: z.string(), name: z.string() })).describe('Networks of towns (e.g. the Hanse) their members name'),
  filters: FiltersSchema,
  leftOut: LeftOutSchema,
  coverage: CoverageSchema,
  datasets: z.array(DatasetSourceSchema).describe('Every imported dataset in the database (whatever the filters), by id'),
});

/** GET /api/graph. Every edge is undirected, as the graph's type says (so graphology writes no `undirected` flag). */
export const GraphSchema = z.object({
  options: z.object({ type: z.literal('undirected'), multi: z.literal(false), allowSelfLoops: z.literal(false) }),
  attributes: GraphAttributesSchema,
  nodes: z.array(z.object({ key: z.string().describe("The place's id"), attributes: PlaceAttributesSchema })),
  edges: z.array(
    z.object({
      key: z.string().describe('`<a>|<b>`, the smaller id first'),
      source: z.string(),
      target: z.string(),
      attributes: TieAttributesSchema,
    }),
  ),
});
export type GraphAnswer = z.infer<typeof GraphSchema>;
