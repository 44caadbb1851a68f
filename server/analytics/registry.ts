/**
 * The analytics registry: metric name -> { family, description, options schema, compute }, so that
 * callers (services, the CLI, reports) look metrics up instead of switching on names. Options are
 * validated against the schema (defaults applied, `bad-request` AppError naming the metric on bad
 * input); compute reads the shared, never-mutated graph and its CSR, and uses the worker pool for
 * the source-splittable kernels when the context has one. Per-node results are typed arrays in
 * CSR index order (`context.csr.keys`); `toRecord` in csr.ts turns them into key -> value maps.
 *
 * Metrics that need node data read it from node attributes named in their options: a categorical
 * attribute for attribute assortativity, a community label for modularity and NMI, and for the
 * east-west metrics the side attribute of the data model (`germany` for the inner-German divide,
 * `bloc` for Europe; values 'east' | 'west', anything else meaning no side).
 */
import type { AbstractGraph } from 'graphology-types';
import { z } from 'zod';
import { sideOf } from '../../contract/sides.ts';
import { DIVIDES, type Divide } from '../../contract/vocabularies.ts';
import { AppError } from '../errors.ts';
import * as betweenness from './centrality/betweenness.ts';
import * as closeness from './centrality/closeness.ts';
import * as degree from './centrality/degree.ts';
import * as eigenvector from './centrality/eigenvector.ts';
import * as harmonic from './centrality/harmonic.ts';
import * as pagerank from './centrality/pagerank.ts';
import * as pathMetrics from './centrality/path-metrics.ts';
import * as leiden from './communities/leiden.ts';
import * as louvain from './communities/louvain.ts';
import * as modularity from './communities/modularity.ts';
import * as nmi from './communities/nmi.ts';
import type { Csr } from './csr.ts';
import * as brokers from './eastwest/brokers.ts';
import * as crossTies from './eastwest/cross-ties.ts';
import * as eiIndex from './eastwest/ei-index.ts';
import * as rewiring from './eastwest/rewiring-baseline.ts';
import type { Side } from './sides.ts';
import { parseOptions } from './options.ts';
import * as articulationPoints from './structure/articulation-points.ts';
import * as assortativity from './structure/assortativity.ts';
import * as bridges from './structure/bridges.ts';
import * as clustering from './structure/clustering.ts';
import * as components from './structure/components.ts';
import * as coreNumber from './structure/core-number.ts';
import * as distances from './structure/distances.ts';
import type { WorkerPool } from './workers/pool.ts';

export interface AnalyticsContext {
  /** The shared graph of one dataset version; read only. */
  readonly graph: AbstractGraph;
  /** Its CSR (buildCsr(graph)), built once per version. */
  readonly csr: Csr;
  /** Worker threads for the splittable kernels; without it they run on the calling thread. */
  readonly pool?: WorkerPool;
}

export type Family = 'centrality' | 'structure' | 'communities' | 'eastwest';

export interface MetricDefinition<S extends z.ZodType = z.ZodType, R = unknown> {
  readonly family: Family;
  readonly description: string;
  readonly schema: S;
  compute(context: AnalyticsContext, options: z.output<S>): R | Promise<R>;
}

function define<S extends z.ZodType, R>(definition: MetricDefinition<S, R>): MetricDefinition<S, R> {
  return definition;
}

const attributeName = z.string().min(1);
const divide = z.enum(DIVIDES).default('germany');

/** A node attribute per CSR index (undefined where absent). */
function attributeValues(context: AnalyticsContext, name: string): Array<string | number | null | undefined> {
  const { graph, csr } = context;
  return csr.keys.map((key) => {
    const value: unknown = graph.getNodeAttribute(key, name);
    return typeof value === 'string' || typeof value === 'number' ? value : value === null ? null : undefined;
  });
}

function sidesOf({ graph, csr }: AnalyticsContext, which: Divide): Side[] {
  return csr.keys.map((key) => sideOf(graph.getNodeAttributes(key), which));
}

export const registry = {
  degree: define({
    family: 'centrality',
    description: 'Degree centrality deg/(n-1), as NetworkX.',
    schema: degree.optionsSchema,
    compute: ({ csr }, options) => degree.compute(csr, options),
  }),
  betweenness: define({
    family: 'centrality',
    description: 'Betweenness (Brandes), normalised as NetworkX; exact, or sampled with k pivots, a seed and an error bound.',
    schema: betweenness.optionsSchema,
    compute: ({ csr, pool }, options) => (pool ? pool.betweenness(csr, options) : betweenness.compute(csr, options)),
  }),
  closeness: define({
    family: 'centrality',
    description: 'Closeness with the Wasserman-Faust correction, as NetworkX.',
    schema: closeness.optionsSchema.omit({ sources: true }),
    compute: ({ csr, pool }, options) => (pool ? pool.closeness(csr, options) : closeness.compute(csr, options)),
  }),
  harmonic: define({
    family: 'centrality',
    description: 'Harmonic centrality, sum of 1/d, unnormalised as NetworkX.',
    schema: harmonic.optionsSchema.omit({ sources: true }),
    compute: ({ csr, pool }) => (pool ? pool.harmonic(csr) : harmonic.compute(csr)),
  }),
  'path-metrics': define({
    family: 'centrality',
    description:
      'Exact betweenness, closeness, harmonic closeness, LCC distances and the brokers of each divide asked for, from one shared sweep.',
    schema: pathMetrics.optionsSchema.extend({
      brokers: z
        .array(z.enum(['germany', 'europe']))
        .max(2)
        .default([]),
    }),
    compute: (context, { brokers: divides, ...options }) => {
      const sides = divides.map((which) => sidesOf(context, which));
      return context.pool
        ? context.pool.pathMetrics(context.csr, sides, options.betweenness)
        : pathMetrics.compute(context.csr, options, sides);
    },
  }),
  pagerank: define({
    family: 'centrality',
    description: 'PageRank, alpha 0.85, as NetworkX.',
    schema: pagerank.optionsSchema,
    compute: ({ csr }, options) => pagerank.compute(csr, options),
  }),
  eigenvector: define({
    family: 'centrality',
    description: 'Eigenvector centrality by power iteration on A + I, as NetworkX.',
    schema: eigenvector.optionsSchema,
    compute: ({ csr }, options) => eigenvector.compute(csr, options),
  }),
  components: define({
    family: 'structure',
    description: 'Connected components.',
    schema: components.optionsSchema,
    compute: ({ csr }, options) => components.compute(csr, options),
  }),
  clustering: define({
    family: 'structure',
    description: 'Local and average clustering, transitivity.',
    schema: clustering.optionsSchema,
    compute: ({ csr }, options) => clustering.compute(csr, options),
  }),
  'degree-assortativity': define({
    family: 'structure',
    description: 'Degree assortativity coefficient (Newman 2003).',
    schema: assortativity.optionsSchema,
    compute: ({ csr }, options) => assortativity.degreeAssortativity(csr, options),
  }),
  'attribute-assortativity': define({
    family: 'structure',
    description: 'Assortativity of a categorical node attribute (Newman 2003).',
    schema: z.object({ attribute: attributeName }).strict(),
    compute: (context, { attribute }) => assortativity.attributeAssortativity(context.csr, attributeValues(context, attribute)),
  }),
  bridges: define({
    family: 'structure',
    description: 'Bridges (edges whose removal disconnects), as index pairs.',
    schema: bridges.optionsSchema,
    compute: ({ csr }, options) => bridges.compute(csr, options),
  }),
  'articulation-points': define({
    family: 'structure',
    description: 'Articulation points (cut vertices).',
    schema: articulationPoints.optionsSchema,
    compute: ({ csr }, options) => articulationPoints.compute(csr, options),
  }),
  'core-number': define({
    family: 'structure',
    description: 'Core number of each node: the largest k whose k-core holds it (Batagelj & Zaversnik 2003), as NetworkX.',
    schema: coreNumber.optionsSchema,
    compute: ({ csr }, options) => coreNumber.compute(csr, options),
  }),
  distances: define({
    family: 'structure',
    description: 'Diameter and average shortest path length of the largest component.',
    schema: distances.optionsSchema,
    compute: ({ csr, pool }, options) => (pool ? pool.distances(csr) : distances.compute(csr, options)),
  }),
  louvain: define({
    family: 'communities',
    description: 'Louvain communities with resolution and seed; modularity as NetworkX.',
    schema: louvain.optionsSchema,
    compute: ({ graph, csr }, options) => louvain.compute(graph, csr, options),
  }),
  leiden: define({
    family: 'communities',
    description: 'Leiden communities (connected, Traag et al. 2019) with resolution and seed; modularity as NetworkX.',
    schema: leiden.optionsSchema,
    compute: ({ csr }, options) => leiden.compute(csr, options),
  }),
  modularity: define({
    family: 'communities',
    description: 'Modularity of the partition given by a node attribute, with resolution.',
    schema: modularity.optionsSchema.extend({ attribute: attributeName }),
    compute: (context, { attribute, resolution }) =>
      modularity.compute(
        context.csr,
        attributeValues(context, attribute).map((v) => v ?? '(none)'),
        { resolution },
      ),
  }),
  nmi: define({
    family: 'communities',
    description: 'Normalised mutual information of two node attributes (arithmetic mean, as scikit-learn).',
    schema: z.object({ a: attributeName, b: attributeName }).strict(),
    compute: (context, { a, b }) => nmi.compute(attributeValues(context, a), attributeValues(context, b)),
  }),
  'cross-ties': define({
    family: 'eastwest',
    description: 'Ties across the east-west divide: count, share, per node.',
    schema: z.object({ divide }).strict(),
    compute: (context, { divide: which }) => crossTies.compute(context.csr, sidesOf(context, which)),
  }),
  'ei-index': define({
    family: 'eastwest',
    description: 'E-I index of cross-divide ties, overall and per group (a node attribute, or the sides).',
    schema: z.object({ divide, groupBy: attributeName.optional() }).strict(),
    compute: (context, { divide: which, groupBy }) =>
      eiIndex.compute(
        context.csr,
        sidesOf(context, which),
        groupBy === undefined ? null : attributeValues(context, groupBy).map((v) => (v === null || v === undefined ? null : String(v))),
      ),
  }),
  'rewiring-baseline': define({
    family: 'eastwest',
    description: 'Observed cross ties against a degree-preserving rewiring baseline (z-score).',
    schema: rewiring.optionsSchema.extend({ divide }),
    compute: (context, { divide: which, ...options }) => rewiring.compute(context.csr, sidesOf(context, which), options),
  }),
  brokers: define({
    family: 'eastwest',
    description: 'Betweenness over shortest paths between the two sides only.',
    schema: brokers.optionsSchema.extend({ divide }),
    compute: (context, { divide: which, ...options }) =>
      context.pool
        ? context.pool.brokers(context.csr, sidesOf(context, which), options)
        : brokers.compute(context.csr, sidesOf(context, which), options),
  }),
} as const;

export type MetricName = keyof typeof registry;
export type MetricResult<N extends MetricName> = Awaited<ReturnType<(typeof registry)[N]['compute']>>;

export const metricNames = Object.keys(registry) as MetricName[];

export function isMetricName(name: string): name is MetricName {
  return Object.hasOwn(registry, name);
}

/** Validates `options` against the metric's schema and computes it. */
export async function runMetric<N extends MetricName>(name: N, context: AnalyticsContext, options?: unknown): Promise<MetricResult<N>> {
  if (!isMetricName(name)) throw new AppError('not-found', `analytics: no metric named ${JSON.stringify(name)}.`);
  const definition = registry[name] as unknown as MetricDefinition<z.ZodType, MetricResult<N>>;
  const parsed = parseOptions(name, definition.schema, options);
  return definition.compute(context, parsed);
}
