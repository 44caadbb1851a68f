/**
 * GET /api/municipalities (search by name or alias) and GET /api/municipalities/:id (one
 * municipality with its partners, its analysis values and recommended partners).
 */
import { z } from 'zod';
import { BLOCS, GERMAN_SIDES, MEASURES, PARTNERSHIP_TYPES, type Measure } from '../vocabularies.ts';
import { RecommendationSchema } from './analyses.ts';
import { PlaceAttributesSchema } from './graph.ts';

const count = z.number().int();

/** The query of GET /api/municipalities. */
export const MunicipalitySearchQuery = z.strictObject({
  q: z.string().max(200).optional().describe('Name or alias; case and diacritics do not matter ("Goettingen", "gottingen")'),
  country: z
    .string()
    .regex(/^[A-Za-z]{2}$/, 'an ISO 3166-1 alpha-2 code')
    .transform((c) => c.toUpperCase())
    .optional()
    .describe('ISO 3166-1 alpha-2 code'),
  limit: z.coerce.number().int().min(1).max(500).default(20),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export type MunicipalitySearch = z.output<typeof MunicipalitySearchQuery>;

/** A search hit. */
export const MunicipalitySummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  aliases: z.array(z.string()),
  country: z.string().nullable(),
  admin1: z.string().nullable(),
  germany: z.enum(GERMAN_SIDES).nullable(),
  bloc: z.enum(BLOCS).nullable(),
  partnerships: count,
});
export type MunicipalitySummary = z.infer<typeof MunicipalitySummarySchema>;

/** GET /api/municipalities: ranked matches, exact name first, then prefix, then substring; then by partnerships. */
export const MunicipalitiesSchema = z.object({
  version: count,
  total: count,
  limit: count,
  offset: count,
  items: z.array(MunicipalitySummarySchema),
});
export type Municipalities = z.infer<typeof MunicipalitiesSchema>;

/** A partner of the municipality and the partnership with it. */
export const PartnerSchema = z.object({
  id: z.string(),
  name: z.string(),
  country: z.string().nullable(),
  type: z.enum(PARTNERSHIP_TYPES),
  since: count.nullable(),
  until: count.nullable(),
  sources: z.array(z.string()),
});
export type Partner = z.infer<typeof PartnerSchema>;

const ValueRankSchema = z.object({
  value: z.number(),
  rank: count.describe('1 = highest, by the ranking rule of /api/metrics/centrality'),
});

/** The municipality's centralities with their ranks, its community, and the size of the network ranked. */
export const MunicipalityMetricsSchema = z.object({
  ...(Object.fromEntries(MEASURES.map((m) => [m, ValueRankSchema])) as Record<Measure, typeof ValueRankSchema>),
  community: count.describe('Its Louvain community (/api/communities/:id)'),
  communityName: z.string().describe("Its community's name (the rule of /api/communities' `name`)"),
  of: count.describe('Places in the network the ranks are among'),
});
export type MunicipalityMetrics = z.infer<typeof MunicipalityMetricsSchema>;

/** GET /api/municipalities/:id. */
export const MunicipalitySchema = z.object({
  version: count,
  municipality: PlaceAttributesSchema.extend({ id: z.string(), partnerships: count }),
  partners: z.array(PartnerSchema).describe('Oldest partnership first; undated ones last'),
  metrics: MunicipalityMetricsSchema.nullable().describe(
    'Of the whole dataset with default options; null while the analysis runs (then `metricsJob`) or for a place without partnerships',
  ),
  metricsJob: z.string().optional().describe('The running analysis job (/api/jobs/:id) while `metrics` is null'),
  recommendations: z.array(RecommendationSchema).describe('Candidate partners, as /api/recommendations/:id'),
});
export type Municipality = z.infer<typeof MunicipalitySchema>;
