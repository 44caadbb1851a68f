/**
 * The answers of the analysis endpoints (GET /api/metrics…, /api/communities…, /api/structure,
 * /api/bridges/east-west, /api/recommendations/:id; the regions' are in regions.ts). The server's results are typed
 * by these schemas and the client reads them through the same types; the OpenAPI document is
 * generated from them.
 */
import { z } from 'zod';
import { ANALYTICS_ENGINES, COMMUNITY_ALGORITHMS, DIVIDES, MEASURES } from '../vocabularies.ts';
import { LeftOutSchema, PlaceRefSchema, TieRefSchema } from './common.ts';
import { analysisQuery, flag } from './query.ts';

export const BetweennessMethodSchema = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('exact') }),
  z.object({
    mode: z.literal('sampled'),
    k: z.number().int(),
    seed: z.number().int(),
    errorBound: z.object({ epsilon: z.number(), confidence: z.number(), method: z.string() }).nullable(),
  }),
]);
export type BetweennessMethod = z.infer<typeof BetweennessMethodSchema>;

/** GET /api/metrics/centrality: a ranking by one centrality. */
export const RankingSchema = z.object({
  version: z.number().int(),
  measure: z.enum(MEASURES),
  method: BetweennessMethodSchema.optional().describe('With measure=betweenness: exact, or sampled with its error bound'),
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
  items: z.array(PlaceRefSchema.extend({ rank: z.number().int(), value: z.number() })),
  leftOut: LeftOutSchema,
});
export type Ranking = z.infer<typeof RankingSchema>;

/** GET /api/metrics: every node's values, one column per measure, in the order of `nodes`. */
export const MetricsTableSchema = z.object({
  version: z.number().int(),
  nodes: z.array(z.string()).describe('Place ids; the i-th value of every column belongs to the i-th place'),
  measures: z.partialRecord(z.enum(MEASURES), z.array(z.number())),
  ranks: z.partialRecord(z.enum(MEASURES), z.array(z.number().int())).describe('1 = highest; ties ordered by id'),
  algorithm: z.enum(COMMUNITY_ALGORITHMS).describe('The algorithm of the communities: louvain or leiden'),
  community: z
    .array(z.number().int())
    .describe('The community of each place by `algorithm` (the ids of /api/communities for the same algorithm)'),
  coreNumber: z.array(z.number().int()).describe('The k-core number of each place: the largest k whose k-core holds it'),
  betweennessMethod: BetweennessMethodSchema,
  leftOut: LeftOutSchema,
});
export type MetricsTable = z.infer<typeof MetricsTableSchema>;

export const SideCountSchema = z.object({ east: z.number().int(), west: z.number().int(), eastShare: z.number().nullable() });

export const CommunityProfileSchema = z.object({
  id: z.number().int(),
  name: z
    .string()
    .describe(
      'Who the community is: the countries holding at least 25 % of its places (ISO codes, at most three; else the most frequent ones until together they hold 25 %), when only one does its regions holding at least 25 % (at most two), then its largest town, e.g. "PL–DE · Görlitz", "DE Sachsen · Dresden"',
    ),
  size: z.number().int(),
  topCountries: z.array(z.object({ country: z.string(), count: z.number().int() })),
  germany: SideCountSchema.describe('Places with a German East/West side, and the share of them in the East'),
  europe: SideCountSchema.describe('Places with a European bloc, and the share of them in the Eastern bloc'),
  topTowns: z.array(z.object({ id: z.string(), name: z.string(), degree: z.number().int() })),
});
export type CommunityProfile = z.infer<typeof CommunityProfileSchema>;

/** GET /api/communities. */
export const CommunitiesSchema = z.object({
  version: z.number().int(),
  algorithm: z
    .enum(COMMUNITY_ALGORITHMS)
    .describe('The algorithm that found the partition: louvain (Blondel et al. 2008) or leiden (Traag et al. 2019)'),
  engine: z
    .enum(ANALYTICS_ENGINES)
    .describe(
      'Where the partition was found: this service (inprocess) or Neo4j Graph Data Science (gds, ANALYTICS_ENGINE=gds; its Louvain takes no seed and no resolution, and has no stability score)',
    ),
  count: z.number().int(),
  modularity: z.number().nullable().describe('null without any partnership in the view (undefined)'),
  resolution: z.number(),
  seed: z.number().int(),
  nmi: z.object({ country: z.number(), bloc: z.number() }).describe('Agreement (NMI) of the communities with countries and blocs'),
  stability: z.object({ seeds: z.array(z.number().int()), meanNmi: z.number().nullable() }),
  total: z.number().int(),
  communities: z.array(CommunityProfileSchema),
  leftOut: LeftOutSchema,
});
export type Communities = z.infer<typeof CommunitiesSchema>;

/** GET /api/communities/:id. */
export const CommunitySchema = z.object({
  version: z.number().int(),
  algorithm: z.enum(COMMUNITY_ALGORITHMS),
  community: CommunityProfileSchema,
  members: z.array(PlaceRefSchema.extend({ partnerships: z.number().int() })),
});
export type Community = z.infer<typeof CommunitySchema>;

export const NetworkSummarySchema = z.object({
  nodes: z.number().int(),
  edges: z.number().int(),
  density: z.number(),
  components: z.number().int(),
  largestComponent: z.number().int(),
  averageClustering: z.number(),
  transitivity: z.number(),
  degreeAssortativity: z
    .number()
    .nullable()
    .describe('null where it is undefined (as NetworkX gives nan): no partnership, or every end of the same degree'),
  countryAssortativity: z.number().nullable().describe('null where it is undefined: no partnership'),
  blocAssortativity: z.number().nullable().describe('null where it is undefined: no partnership'),
  bridges: z.number().int(),
  articulationPoints: z.number().int(),
  diameter: z.number().int(),
  averagePathLength: z.number(),
});
export type NetworkSummary = z.infer<typeof NetworkSummarySchema>;

export const BaselineSchema = z.object({
  observed: z.number(),
  mean: z.number(),
  sd: z.number(),
  z: z.number().nullable().describe('(observed - mean) / sd; null when sd = 0 (no swap changes the statistic)'),
  samples: z.number().int(),
  seed: z.number().int(),
});
export type Baseline = z.infer<typeof BaselineSchema>;

/** The rewired samples of `/api/structure?significance=true`: 50 by default (about 20 s on the Wikipedia list: README, Methods), at most 200. */
export const SIGNIFICANCE_SAMPLES = { default: 50, max: 200 } as const;

/** The query of GET /api/structure. */
export const StructureQuery = analysisQuery({
  limit: z.coerce.number().int().min(1).max(100_000).default(100),
  significance: flag
    .default(false)
    .describe('Add `significance`: assortativities and modularity against degree-preserving rewiring (a job of its own, on request)'),
  samples: z.coerce
    .number()
    .int()
    .min(2)
    .max(SIGNIFICANCE_SAMPLES.max)
    .default(SIGNIFICANCE_SAMPLES.default)
    .describe('With significance=true: rewired graphs sampled (each costs a Louvain run)'),
});

const SignificantSchema = BaselineSchema.nullable().describe(
  'null where the baseline is undefined on this view: no ties, a single category, or no spread (e.g. no swap possible)',
);

export const SignificanceSchema = z
  .object({
    samples: z.number().int(),
    seed: z.number().int(),
    resolution: z.number(),
    acceptance: z.number().describe('Share of attempted swaps that were made'),
    countryAssortativity: SignificantSchema,
    blocAssortativity: SignificantSchema,
    degreeAssortativity: SignificantSchema.describe(
      'Degrees are kept, not who meets whom: the baseline is the correlation that the degree sequence alone gives a simple graph',
    ),
    modularity: SignificantSchema.describe(
      "Louvain's modularity (same resolution and seed) on the observed graph against Louvain's on each sample",
    ),
  })
  .describe(
    'Each statistic of the observed network against the same statistic on graphs drawn by double-edge swaps that keep every degree (one seeded chain): z = (observed - mean) / sd',
  );
export type Significance = z.infer<typeof SignificanceSchema>;

/** GET /api/structure. */
export const StructureSchema = z.object({
  version: z.number().int(),
  summary: NetworkSummarySchema,
  componentSizes: z.array(z.number().int()),
  degeneracy: z.number().int().describe('The largest k with a non-empty k-core (every place of the k-core has at least k partners in it)'),
  shells: z
    .array(z.object({ k: z.number().int(), size: z.number().int() }))
    .describe('The places of core number exactly k, for each k that has any, by increasing k'),
  bridges: z.object({ total: z.number().int(), items: z.array(TieRefSchema) }),
  articulationPoints: z.object({
    total: z.number().int(),
    items: z.array(z.object({ id: z.string(), name: z.string(), partnerships: z.number().int() })),
  }),
  significance: SignificanceSchema.optional().describe('With significance=true only'),
  leftOut: LeftOutSchema,
});
export type Structure = z.infer<typeof StructureSchema>;

export const YearRowSchema = z.object({
  year: z.number().int(),
  sided: z.number().int().describe('Partnerships founded that year with a side at both ends'),
  cross: z.number().int(),
  cumulativeShare: z.number().nullable().describe('Share of cross ties among sided ties founded up to that year'),
});
export type YearRow = z.infer<typeof YearRowSchema>;

/** GET /api/bridges/east-west. */
export const EastWestSchema = z.object({
  version: z.number().int(),
  level: z.enum(DIVIDES),
  summary: z.object({
    east: z.number().int(),
    west: z.number().int(),
    sidedPartnerships: z.number().int(),
    crossTies: z.number().int(),
    crossShare: z.number().nullable(),
    eiIndex: z.number().nullable(),
  }),
  baseline: BaselineSchema,
  perYear: z.array(YearRowSchema),
  perRegion: z.array(
    z.object({
      region: z.string(),
      partnerships: z.number().int(),
      crossTies: z.number().int(),
      crossShare: z.number().nullable(),
      eiIndex: z.number().nullable(),
    }),
  ),
  brokers: z
    .array(PlaceRefSchema.extend({ value: z.number() }))
    .describe('Betweenness over the shortest east-west paths of the whole network (they may run through places abroad), normalised'),
  innerBrokers: z
    .array(PlaceRefSchema.extend({ value: z.number() }))
    .nullable()
    .describe(
      'level=germany: the same brokerage on the subgraph of German places only (paths that stay inside Germany), so every broker is German; null for level=europe',
    ),
  ties: z.object({
    total: z.number().int(),
    items: z.array(TieRefSchema.extend({ type: z.string().nullable(), since: z.number().int().nullable() })),
  }),
  leftOut: LeftOutSchema,
});
export type EastWestAnswer = z.infer<typeof EastWestSchema>;

export const RecommendationSchema = z.object({
  id: z.string(),
  name: z.string(),
  country: z.string().nullable(),
  score: z.number(),
  parts: z.object({
    adamicAdar: z.number(),
    sharedPartners: z.number(),
    proximity: z.number(),
    distanceKm: z.number().nullable(),
    geography: z.number(),
    size: z.number(),
    crossing: z.number(),
  }),
});
export type Recommendation = z.infer<typeof RecommendationSchema>;

/** GET /api/recommendations/:id. */
export const RecommendationsSchema = z.object({
  version: z.number().int(),
  id: z.string(),
  recommendations: z.array(RecommendationSchema),
});
export type Recommendations = z.infer<typeof RecommendationsSchema>;

/** The columns of the CSV form of each table (format=csv). */
export const CSV_COLUMNS = {
  ranking: ['rank', 'id', 'name', 'country', 'value'],
  recommendations: ['id', 'name', 'country', 'score', ...Object.keys(RecommendationSchema.shape.parts.shape)],
} as const;
