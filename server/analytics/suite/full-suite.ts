/**
 * The full analysis of one (filtered) graph: every centrality, the structure, Louvain communities
 * with their profiles and agreement with countries and blocs, and the east-west bridges at both
 * levels. One function, so the API, the CLI and reports compute the same numbers. Per-node values
 * are plain arrays in the order of `nodes`. It runs inside a worker thread (suite.worker.ts), so
 * the service's event loop never waits for it; the source-splittable sweeps go to a WorkerPool.
 */
import type { AbstractGraph } from 'graphology-types';
import { z } from 'zod';
import { buildCsr, type Csr } from '../csr.ts';
import { runMetric, type AnalyticsContext } from '../registry.ts';
import { computeMany as rewiringMany } from '../eastwest/rewiring-baseline.ts';
import { compute as innerBrokers } from '../eastwest/inner-brokers.ts';
import type { Side } from '../sides.ts';
import { sideOf } from '../../../contract/sides.ts';
import type { Divide, Measure } from '../../../contract/vocabularies.ts';
import type { WorkerPool } from '../workers/pool.ts';
import { computeCommunities, type SuiteCommunities } from './communities.ts';
import { crossTiesByYear } from './profiles.ts';
import type { Baseline, BetweennessMethod, NetworkSummary, YearRow } from '../../../contract/api/analyses.ts';

export const SuiteOptionsSchema = z
  .object({
    /** Exact betweenness (Brandes) or sampled with k pivots. */
    betweenness: z
      .discriminatedUnion('mode', [
        z.object({ mode: z.literal('exact') }),
        z.object({ mode: z.literal('sampled'), k: z.number().int().min(2), seed: z.number().int().default(0) }),
      ])
      .default({ mode: 'exact' }),
    resolution: z.number().positive().default(1),
    seed: z.number().int().default(0),
    /** Extra Louvain seeds for the stability score (mean NMI to the main partition). */
    stabilitySeeds: z.number().int().min(0).max(20).default(4),
    baselineSamples: z.number().int().min(2).max(10_000).default(100),
  })
  .strict();
export type SuiteOptions = z.input<typeof SuiteOptionsSchema>;

export interface EastWest {
  level: Divide;
  east: number;
  west: number;
  sidedEdges: number;
  crossTies: number;
  crossShare: number | null;
  eiIndex: number | null;
  perYear: YearRow[];
  baseline: Baseline;
  /** Cross-divide brokerage per node (betweenness over east-west shortest paths, normalised). */
  brokers: number[];
  /**
   * Level germany: the same brokerage on the subgraph of German places only (paths that stay inside
   * Germany; eastwest/inner-brokers.ts), 0 outside Germany. Null for level europe.
   */
  innerBrokers: number[] | null;
  /** The cross ties, as [id, id]. */
  ties: [string, string][];
}

export interface Suite {
  nodes: string[];
  summary: NetworkSummary;
  centrality: Record<Measure, number[]> & { betweennessMethod: BetweennessMethod };
  structure: {
    component: number[];
    componentSizes: number[];
    clustering: number[];
    /** k-core number of each node (Batagelj & Zaversnik 2003). */
    coreNumber: number[];
    bridges: [string, string][];
    articulationPoints: string[];
  };
  communities: SuiteCommunities;
  eastwest: { germany: EastWest; europe: EastWest };
}

export type ReportProgress = (fraction: number, stage: string) => void;

const toArray = (a: ArrayLike<number>) => Array.from(a);
const sidesOf = (graph: AbstractGraph, csr: Csr, divide: Divide): Side[] => csr.keys.map((k) => sideOf(graph.getNodeAttributes(k), divide));

export async function computeSuite(
  graph: AbstractGraph,
  input: SuiteOptions = {},
  report: ReportProgress = () => {},
  pool?: WorkerPool,
): Promise<Suite> {
  const options = SuiteOptionsSchema.parse(input);
  const csr = buildCsr(graph);
  const ctx: AnalyticsContext = pool ? { graph, csr, pool } : { graph, csr };
  const n = csr.n;
  const key = (i: number) => csr.keys[i]!;

  // The shortest-path sweep is the longest part: with a pool it runs on the worker threads while
  // this thread computes everything else, and is awaited last.
  report(0.02, 'shortest paths (on the worker threads); degree, clustering, components, k-cores');
  const divides = ['germany', 'europe'] as const;
  // sampled betweenness comes from its own pivots: the sweep then skips the exact accumulation
  const pathsRun = runMetric('path-metrics', ctx, { brokers: divides, betweenness: options.betweenness.mode === 'exact' });
  pathsRun.catch(() => {}); // awaited below; an early failure here must not go unhandled
  const degree = await runMetric('degree', ctx);
  const components = await runMetric('components', ctx);
  const clustering = await runMetric('clustering', ctx);
  const coreNumber = await runMetric('core-number', ctx);
  const degreeAssortativity = await runMetric('degree-assortativity', ctx);
  const countryAssortativity = await runMetric('attribute-assortativity', ctx, { attribute: 'country' });
  const blocAssortativity = await runMetric('attribute-assortativity', ctx, { attribute: 'bloc' });
  const bridges = await runMetric('bridges', ctx);
  const articulation = await runMetric('articulation-points', ctx);

  report(0.1, 'pagerank, eigenvector');
  const pagerank = await runMetric('pagerank', ctx);
  const eigenvector = await runMetric('eigenvector', ctx);

  report(0.4, 'communities');
  const communities = await computeCommunities(ctx, {
    algorithm: 'louvain',
    resolution: options.resolution,
    seed: options.seed,
    stabilitySeeds: options.stabilitySeeds,
  });

  report(0.6, 'east-west bridges: random baseline');
  const sidesByDivide = divides.map((level) => sidesOf(graph, csr, level));
  // one rewiring chain for both divides: the same numbers as a chain each (rewiring-baseline.ts)
  const baselines = rewiringMany(csr, sidesByDivide, { samples: options.baselineSamples, seed: options.seed });

  report(0.8, 'shortest paths: betweenness, closeness, distances, brokers');
  const paths = await pathsRun;
  let betweenness: ArrayLike<number>;
  let betweennessMethod: Suite['centrality']['betweennessMethod'] = { mode: 'exact' };
  if (options.betweenness.mode === 'sampled') {
    const sampled = await runMetric('betweenness', ctx, { k: Math.min(options.betweenness.k, n), seed: options.betweenness.seed });
    betweenness = sampled.values;
    betweennessMethod = {
      mode: 'sampled',
      k: options.betweenness.k,
      seed: options.betweenness.seed,
      errorBound: sampled.sample?.errorBound ?? null,
    };
  } else {
    if (!paths.betweenness) throw new Error('analytics/suite: the sweep gave no betweenness.');
    betweenness = paths.betweenness;
  }

  report(0.9, 'east-west bridges');
  const eastwest = {} as Suite['eastwest'];
  for (const [l, level] of divides.entries()) {
    const sides = sidesByDivide[l]!;
    const cross = await runMetric('cross-ties', ctx, { divide: level });
    const ei = await runMetric('ei-index', ctx, { divide: level });
    const baseline = baselines[l]!;
    const brokers = paths.brokers[l]!;
    const inner =
      level === 'germany'
        ? await innerBrokers(
            csr,
            csr.keys.map((k) => graph.getNodeAttribute(k, 'country') === 'DE'),
            sides,
            {},
            pool,
          )
        : null;
    const ties: [string, string][] = [];
    graph.forEachEdge((_e, _a, s, t) => {
      const [ss, st] = [sides[csr.index.get(s)!], sides[csr.index.get(t)!]];
      if (ss && st && ss !== st) ties.push([s, t]);
    });
    eastwest[level] = {
      level,
      east: sides.filter((s) => s === 'east').length,
      west: sides.filter((s) => s === 'west').length,
      sidedEdges: cross.sidedEdges,
      crossTies: cross.crossTies,
      crossShare: cross.sidedEdges > 0 ? cross.crossShare : null,
      eiIndex: Number.isFinite(ei.overall.ei) ? ei.overall.ei : null,
      perYear: crossTiesByYear(graph, level),
      baseline: {
        observed: baseline.observed,
        mean: baseline.mean,
        sd: baseline.sd,
        z: baseline.z,
        samples: options.baselineSamples,
        seed: options.seed,
      },
      brokers: toArray(brokers.values),
      innerBrokers: inner && toArray(inner.values),
      ties,
    };
    report(level === 'germany' ? 0.95 : 0.98, 'east-west bridges');
  }

  const bridgePairs: [string, string][] = [];
  for (let i = 0; i + 1 < bridges.length; i += 2) bridgePairs.push([key(bridges[i]!), key(bridges[i + 1]!)]);
  const edges = csr.m;
  return {
    nodes: [...csr.keys],
    summary: {
      nodes: n,
      edges,
      density: n > 1 ? (2 * edges) / (n * (n - 1)) : 0,
      components: components.count,
      largestComponent: components.largest >= 0 ? components.sizes[components.largest]! : 0,
      averageClustering: clustering.averageClustering,
      transitivity: clustering.transitivity,
      degreeAssortativity,
      countryAssortativity,
      blocAssortativity,
      bridges: bridgePairs.length,
      articulationPoints: articulation.length,
      diameter: paths.distances.diameter,
      averagePathLength: paths.distances.averageShortestPathLength,
    },
    centrality: {
      degree: toArray(degree),
      betweenness: toArray(betweenness),
      closeness: toArray(paths.closeness),
      harmonic: toArray(paths.harmonic),
      pagerank: toArray(pagerank.values),
      eigenvector: toArray(eigenvector.values),
      betweennessMethod,
    },
    structure: {
      component: toArray(components.label),
      componentSizes: toArray(components.sizes),
      clustering: toArray(clustering.clustering),
      coreNumber: toArray(coreNumber),
      bridges: bridgePairs,
      articulationPoints: toArray(articulation).map(key),
    },
    communities,
    eastwest,
  };
}
