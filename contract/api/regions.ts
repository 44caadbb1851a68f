/**
 * The answers of the regions endpoints (GET /api/regions, /api/regions/under-connected,
 * /api/regions/geometry, /api/regions/:region, /api/regions/:region/recommendations). German
 * states and districts count every municipality of the Destatis directory, partnered or not;
 * countries count the places listed.
 */
import { z } from 'zod';
import { DIVIDES, REGION_LEVELS } from '../vocabularies.ts';
import { RecommendationSchema } from './analyses.ts';
import { LeftOutSchema, PlaceRefSchema, TieRefSchema } from './common.ts';

export const REGION_RULES = ['ratio', 'percentile'] as const;
export type RegionRule = (typeof REGION_RULES)[number];

export const RegionRowSchema = z.object({
  rank: z.number().int().describe('By perMunicipality, highest first (ties share a rank)'),
  region: z.string().describe('DE-BY for a state, the 5-digit Kreis key for a district, ISO alpha-2 for a country'),
  name: z.string(),
  municipalities: z.number().int().describe('States and districts: the directory municipalities; countries: the places listed'),
  partnered: z.number().int(),
  partneredShare: z.number().nullable(),
  partnerships: z.number().int().describe('Distinct partnerships with an end in the region (a tie inside it counts once)'),
  perMunicipality: z.number().describe('Partnership ends per municipality (a tie inside the region counts twice)'),
  population: z.number().nullable(),
  per100k: z.number().nullable().describe('Partnership ends of the places with a population, per 100,000 of their inhabitants'),
  observed: z.number().int().nullable().describe('Partnership ends of the municipalities the count model covers (population > 0)'),
  expected: z.number().nullable().describe('The ends the count model expects from those municipalities’ populations'),
  ratio: z.number().nullable().describe('observed / expected'),
  ratioLow: z.number().nullable().describe('Lower limit of the exact Poisson (Garwood) 95 % interval of observed, divided by expected'),
  ratioHigh: z.number().nullable(),
  crossTies: z.number().int(),
  crossShare: z.number().nullable(),
  underConnected: z.boolean(),
});
export type RegionRow = z.infer<typeof RegionRowSchema>;

export const RegionRuleSchema = z.object({
  kind: z.enum(REGION_RULES),
  text: z.string(),
  /** Percentile rule: the quantile, the minimum size judged, the threshold and how many were judged. */
  quantile: z.number(),
  minMunicipalities: z.number().int(),
  threshold: z.number().nullable(),
  judged: z.number().int(),
  /** Ratio rule: the interval's confidence level. */
  confidence: z.number(),
});
export type RegionRuleAnswer = z.infer<typeof RegionRuleSchema>;

export const CoefficientSchema = z.object({
  term: z.string(),
  estimate: z.number(),
  standardError: z.number(),
  low: z.number().describe('95 % Wald interval, estimate ± 1.96 SE'),
  high: z.number(),
});

export const CountModelSchema = z
  .object({
    family: z
      .enum(['poisson', 'quasi-poisson'])
      .describe('The mean is Poisson’s; quasi-Poisson standard errors when the test finds overdispersion'),
    link: z.literal('log'),
    formula: z.string(),
    n: z.number().int().describe('Municipalities fitted (directory places with a population above 0)'),
    excluded: z.number().int().describe('Directory places left out for a population of 0 or unknown'),
    scale: z.number().describe('Standard errors are multiplied by √scale: the Pearson dispersion when overdispersed, else 1'),
    alpha: z.number().nullable().describe('The NB2 dispersion (variance μ + αμ²) by maximum likelihood, of the overdispersion test'),
    pearsonDispersion: z.number().describe('Pearson χ²/(n − p) of the Poisson fit'),
    overdispersionTest: z.object({ statistic: z.number(), pValue: z.number(), text: z.string() }),
    coefficients: z.array(CoefficientSchema),
    eastWest: z
      .object({
        formula: z.string(),
        scale: z.number(),
        coefficients: z.array(CoefficientSchema),
        rateRatio: z.number().describe('exp(east coefficient): the East’s partnerships relative to the West’s at equal population'),
        rateRatioLow: z.number(),
        rateRatioHigh: z.number(),
      })
      .nullable()
      .describe('The same model with an East indicator (AGS states 12–16); reported beside the rows, not used for expected'),
    text: z.string(),
  })
  .describe('The count model behind expected (German levels only)');
export type CountModel = z.infer<typeof CountModelSchema>;

export const CoverageSchema = z.object({
  normalised: z.boolean().describe('false for countries: only Germany’s full directory is known, elsewhere only places with a partnership'),
  basis: z.string(),
  sources: z
    .array(z.object({ id: z.string(), partnerships: z.number().int() }))
    .describe('Sources of the partnerships counted, most first'),
  outsideDirectory: z
    .object({ places: z.number().int(), partnerships: z.number().int() })
    .nullable()
    .describe('German places with partnerships but no directory key (not counted in states and districts)'),
  text: z.string(),
});

/** GET /api/regions (and, the flagged rows only, /api/regions/under-connected). */
export const RegionsSchema = z.object({
  version: z.number().int(),
  level: z.enum(REGION_LEVELS),
  rule: RegionRuleSchema,
  model: CountModelSchema.nullable(),
  coverage: CoverageSchema,
  rows: z.array(RegionRowSchema),
  leftOut: LeftOutSchema,
});
export type Regions = z.infer<typeof RegionsSchema>;

/** GET /api/regions/:region: the row, its municipalities and its ties. */
export const RegionDetailSchema = z.object({
  version: z.number().int(),
  level: z.enum(['state', 'district']),
  row: RegionRowSchema,
  municipalities: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      ags: z.string(),
      population: z.number().nullable(),
      partnerships: z.number().int(),
      expected: z.number().nullable(),
    }),
  ),
  ties: z.array(TieRefSchema.extend({ cross: z.boolean() })),
  leftOut: LeftOutSchema,
});
export type RegionDetail = z.infer<typeof RegionDetailSchema>;

const ArcRef = z.union([z.array(z.array(z.number().int())), z.array(z.array(z.array(z.number().int())))]);

/** GET /api/regions/geometry: a TopoJSON topology, one geometry per region, `id` the rows' `region`. */
export const RegionGeometrySchema = z.object({
  type: z.literal('Topology'),
  level: z.enum(['state', 'district']),
  licence: z.string(),
  attribution: z.string(),
  source: z.string(),
  bbox: z.array(z.number()),
  transform: z.object({ scale: z.array(z.number()), translate: z.array(z.number()) }),
  arcs: z.array(z.array(z.array(z.number()))),
  objects: z.record(
    z.string(),
    z.object({
      type: z.literal('GeometryCollection'),
      geometries: z.array(
        z.object({ type: z.enum(['Polygon', 'MultiPolygon']), id: z.string(), properties: z.object({ name: z.string() }), arcs: ArcRef }),
      ),
    }),
  ),
});
export type RegionGeometry = z.infer<typeof RegionGeometrySchema>;

/** The columns of format=csv. */
export const REGION_CSV_COLUMNS = Object.keys(RegionRowSchema.shape);

/** GET /api/regions/:region/recommendations: partners for a region's municipalities, and what the first of them would change. */
export const RegionRecommendationsSchema = z.object({
  version: z.number().int(),
  level: z.enum(['state', 'district']),
  region: z.string(),
  name: z.string(),
  divide: z.enum(DIVIDES).nullable().describe('Pairs across this divide come first; null: by score only'),
  pairs: z
    .array(
      z.object({
        rank: z.number().int(),
        from: PlaceRefSchema.extend({ ags: z.string(), partnerships: z.number().int() }).describe('The region’s municipality'),
        to: PlaceRefSchema.describe('The proposed partner, outside the region'),
        score: z.number().describe('As in GET /api/recommendations/:id for `from` (the same parts and weights)'),
        parts: RecommendationSchema.shape.parts,
        cross: z.boolean().describe('Across `divide`'),
      }),
    )
    .describe('At most one pair per municipality of the region and one per partner, cross first (with a divide), then by score'),
  whatIf: z.object({
    added: z.array(TieRefSchema).describe('The first `whatIf` pairs, added to a copy of the network'),
    model: z.string().describe('How expected was held fixed'),
    changes: z
      .array(z.object({ level: z.enum(['state', 'district']), before: RegionRowSchema, after: RegionRowSchema }))
      .describe('The region’s row, and for a state the rows of its districts that the ties reach, before and after'),
  }),
  leftOut: LeftOutSchema,
});
export type RegionRecommendations = z.infer<typeof RegionRecommendationsSchema>;

/** The columns of format=csv of GET /api/regions/:region/recommendations. */
export const REGION_PAIR_CSV_COLUMNS = [
  'rank',
  'fromId',
  'fromName',
  'fromAgs',
  'toId',
  'toName',
  'toCountry',
  'score',
  'cross',
  ...Object.keys(RecommendationSchema.shape.parts.shape),
];
