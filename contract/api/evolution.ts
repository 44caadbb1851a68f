/**
 * GET /api/evolution (the network as it stood each year, computed incrementally) and
 * GET /api/distances (how far partnerships reach, and the decay of their number with distance).
 *
 * /api/evolution's own `from` and `to` are the first and last year of the series, so they take
 * the place of the founding-year filters (each year of the series is the filter `to = year`), and
 * `includeUndated` has no use there: undated partnerships are counted per year, never placed in
 * time. `minDegree` is not taken either: it would prune every year's network by its own degrees,
 * which no incremental count follows. /api/distances takes every filter.
 */
import { z } from 'zod';
import { PARTNERSHIP_TYPES } from '../vocabularies.ts';
import { LeftOutSchema } from './common.ts';
import { AnalysisShape, FilterShape, filteredQuery, filtersOf } from './query.ts';

const count = z.number().int();
const share = z.number().nullable();
const year = z.coerce.number().int().min(1000).max(2100);

export const EVOLUTION_STEPS = ['1', '5', '10'] as const;

/** The query of GET /api/evolution; parsed, `step` is a number and the filters (types, countries, blocs) are in the rule's shape. */
export const EvolutionQuery = z
  .strictObject({
    types: FilterShape.types,
    countries: FilterShape.countries,
    blocs: FilterShape.blocs,
    resolution: AnalysisShape.resolution,
    seed: AnalysisShape.seed,
    from: year.default(1950).describe('First year of the series (the founding-year filters do not apply here)'),
    to: year.default(() => new Date().getUTCFullYear()).describe('Last year of the series, always one of its years (default: this year)'),
    step: z
      .enum(EVOLUTION_STEPS)
      .default('1')
      .transform(Number)
      .describe('Years between two points of the series: 1, 5 or 10; the last point is `to` whatever the step'),
  })
  .refine(({ from, to }) => from <= to, { message: '`from` must not be after `to`', path: ['from'] })
  .transform(({ types, countries, blocs, ...series }) => ({ ...series, filters: filtersOf({ types, countries, blocs }) }));
export type EvolutionQueryValue = z.output<typeof EvolutionQuery>;

export const DivideYearSchema = z.object({
  sided: count.describe('Standing partnerships with a side at both ends'),
  crossTies: count.describe('Of them, those across the divide'),
  crossShare: share.describe('crossTies / sided; null without sided partnerships'),
  eiIndex: share.describe('Krackhardt & Stern E-I index (E - I) / (E + I) over the sided partnerships; null without them'),
});

export const EvolutionYearSchema = z.object({
  year: count,
  places: count.describe('Places with at least one standing partnership'),
  partnerships: count.describe('Dated partnerships founded up to this year and not ended before it (the filter rule with `to` = year)'),
  undated: count.describe('Partnerships without a founding year that had not ended before this year: stated, not placed in the series'),
  newPartnerships: z
    .object({
      total: count,
      byType: z.partialRecord(z.enum(PARTNERSHIP_TYPES), count).describe('Types with at least one new partnership'),
    })
    .describe(
      'Partnerships founded after the previous point of the series up to this year (for the first point: in the `step` years up to it)',
    ),
  components: count,
  largestComponent: count.describe('Places in the largest connected component'),
  meanDegree: z.number().describe('2 partnerships / places; 0 without places'),
  averageClustering: z.number().describe('Mean local clustering over the places, zeros included (NetworkX average_clustering)'),
  transitivity: z.number(),
  modularity: share.describe(
    "Modularity of Louvain's partition of this year's network at `seed` and `resolution`; null without partnerships",
  ),
  communities: count.describe("Communities of Louvain's partition"),
  germany: DivideYearSchema,
  europe: DivideYearSchema,
  rebuilt: z.boolean().describe('Partnerships ended since the previous point, so the components were rebuilt from the edges'),
});
export type EvolutionYear = z.infer<typeof EvolutionYearSchema>;

/** GET /api/evolution. */
export const EvolutionSchema = z.object({
  version: count,
  from: count,
  to: count,
  step: count,
  seed: count,
  resolution: z.number(),
  years: z.array(EvolutionYearSchema),
  method: z
    .object({
      louvainRuns: count.describe('Years whose network differed from the previous point: Louvain ran afresh (never warm-started)'),
      rebuilds: count.describe('Points at which ended partnerships made the components be rebuilt'),
    })
    .describe('How the series was computed: additions year by year, removals where partnerships ended'),
  leftOut: LeftOutSchema.describe('What the type and place filters left out (the years are the series)'),
});
export type Evolution = z.infer<typeof EvolutionSchema>;

/** The query of GET /api/distances. */
export const DistancesQuery = filteredQuery({
  limit: z.coerce
    .number()
    .int()
    .min(0)
    .max(100_000)
    .default(100)
    .describe('How many partnerships to list with their distance, the longest first'),
});

export const DistanceBinSchema = z.object({ fromKm: z.number(), toKm: z.number().nullable().describe('null: no upper bound') });

export const DistributionSchema = z.object({
  partnerships: count.describe('Partnerships whose two ends have a position'),
  histogram: z.array(count).describe('Partnerships per bin of `bins`'),
  medianKm: share,
  meanKm: share,
  within500kmShare: share.describe('Share within 500 km (d ≤ 500)'),
  sameCountryShare: share.describe('Share with both ends in one country, over those whose ends both have a country'),
  sameBlocShare: share.describe(
    "Share with both ends on one side of Europe's old divide (both east or both west), over those with a side at both ends",
  ),
});

export const DecaySchema = z.object({
  model: z.literal('power-law'),
  exponent: share.describe(
    'γ of p(d) ∝ d^-γ for d ≥ dMinKm, by maximum likelihood (Clauset, Shalizi & Newman 2009); null when too few distances',
  ),
  standardError: share.describe('(γ - 1) / √n, the asymptotic standard error of the estimate'),
  interval: z.tuple([z.number(), z.number()]).nullable().describe('95 % confidence interval, γ ± 1.96 standard errors'),
  dMinKm: share.describe('The lower bound of the fitted tail: the candidate minimising the Kolmogorov-Smirnov distance'),
  tail: count.describe('Distances ≥ dMinKm, the n of the fit'),
  ks: share.describe('Kolmogorov-Smirnov distance between the tail and the fitted law'),
});
export type Decay = z.infer<typeof DecaySchema>;

/** GET /api/distances. */
export const DistancesSchema = z.object({
  version: count,
  unpositioned: count.describe('Partnerships of the view with an end without a position: left out of every figure'),
  bins: z.array(DistanceBinSchema),
  overall: DistributionSchema,
  byType: z.array(DistributionSchema.extend({ type: z.enum(PARTNERSHIP_TYPES) })),
  byDecade: z.array(DistributionSchema.extend({ decade: count.nullable().describe('First year of the decade; null: no founding year') })),
  decay: DecaySchema,
  ties: z.object({
    total: count,
    items: z.array(z.object({ a: z.string(), b: z.string(), type: z.string().nullable(), since: count.nullable(), km: z.number() })),
  }),
  leftOut: LeftOutSchema,
});
export type Distances = z.infer<typeof DistancesSchema>;
export type Distribution = z.infer<typeof DistributionSchema>;
