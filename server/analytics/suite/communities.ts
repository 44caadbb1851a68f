/**
 * The communities of one (filtered) graph as the API and the report give them: a partition by
 * Louvain or Leiden, its modularity, its agreement (NMI) with countries and blocs, its stability
 * (mean NMI to the partitions of the next seeds) and a profile per community. The full suite runs
 * it with Louvain; a Leiden answer is asked for alone (suite.worker.ts), so both are made alike.
 * A partition found elsewhere (Neo4j Graph Data Science: services/gds-engine.ts) is described by the
 * same function, `describeCommunities`.
 */
import type { AbstractGraph } from 'graphology-types';
import type { CommunityProfile } from '../../../contract/api/analyses.ts';
import type { AnalyticsEngine, CommunityAlgorithm } from '../../../contract/vocabularies.ts';
import type { Csr } from '../csr.ts';
import { compute as nmi } from '../communities/nmi.ts';
import { runMetric, type AnalyticsContext } from '../registry.ts';
import { communityProfiles } from './profiles.ts';

export interface CommunitiesOptions {
  algorithm: CommunityAlgorithm;
  resolution: number;
  seed: number;
  /** Extra seeds for the stability score. */
  stabilitySeeds: number;
}

export interface SuiteCommunities {
  algorithm: CommunityAlgorithm;
  /** Where the partition was found. */
  engine: AnalyticsEngine;
  membership: number[];
  count: number;
  modularity: number;
  resolution: number;
  seed: number;
  nmiCountry: number;
  nmiBloc: number;
  stability: { seeds: number[]; meanNmi: number | null };
  profiles: CommunityProfile[];
}

const textAttribute = (graph: AbstractGraph, key: string, name: string) => {
  const v: unknown = graph.getNodeAttribute(key, name);
  return typeof v === 'string' ? v : null;
};

/** A partition of the csr's nodes, labelled 0..count-1 in order of first node. */
export interface Partition {
  communities: ArrayLike<number>;
  count: number;
  modularity: number;
}

export async function computeCommunities(ctx: AnalyticsContext, options: CommunitiesOptions): Promise<SuiteCommunities> {
  const { algorithm, resolution } = options;
  const partition = (s: number) => runMetric(algorithm, ctx, { resolution, seed: s });
  const main = await partition(options.seed);
  const others: Partition[] = [];
  for (const s of stabilitySeeds(options)) others.push(await partition(s));
  return describeCommunities(ctx.graph, ctx.csr, { ...options, engine: 'inprocess' }, main, others);
}

/** The seeds whose partitions the stability score compares with the main one: the next ones after `seed`. */
export const stabilitySeeds = (options: Pick<CommunitiesOptions, 'seed' | 'stabilitySeeds'>) =>
  Array.from({ length: options.stabilitySeeds }, (_, i) => options.seed + i + 1);

/**
 * The communities as the API gives them, from the main partition and those of the stability seeds
 * (`others`, one per seed of `stabilitySeeds(options)`; none when the algorithm takes no seed).
 */
export function describeCommunities(
  graph: AbstractGraph,
  csr: Csr,
  options: CommunitiesOptions & { engine: AnalyticsEngine },
  main: Partition,
  others: readonly Partition[],
): SuiteCommunities {
  const { algorithm, engine, resolution, seed } = options;
  const agreements = others.map((p) => nmi(main.communities, p.communities));
  const membership = Array.from(main.communities);
  return {
    algorithm,
    engine,
    membership,
    count: main.count,
    modularity: main.modularity,
    resolution,
    seed,
    nmiCountry: nmi(
      main.communities,
      csr.keys.map((k) => textAttribute(graph, k, 'country')),
    ),
    nmiBloc: nmi(
      main.communities,
      csr.keys.map((k) => textAttribute(graph, k, 'bloc')),
    ),
    stability: {
      seeds: stabilitySeeds(options).slice(0, others.length),
      meanNmi: agreements.length ? agreements.reduce((a, b) => a + b, 0) / agreements.length : null,
    },
    profiles: communityProfiles(graph, csr, membership),
  };
}
