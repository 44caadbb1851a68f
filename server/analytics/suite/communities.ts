/**
 * The communities of one (filtered) graph as the API and the report give them: a partition by
 * Louvain or Leiden, its modularity, its agreement (NMI) with countries and blocs, its stability
 * (mean NMI to the partitions of the next seeds) and a profile per community. The full suite runs
 * it with Louvain; a Leiden answer is asked for alone (suite.worker.ts), so both are made alike.
 */
import type { AbstractGraph } from 'graphology-types';
import type { CommunityProfile } from '../../../contract/api/analyses.ts';
import type { CommunityAlgorithm } from '../../../contract/vocabularies.ts';
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

export async function computeCommunities(ctx: AnalyticsContext, options: CommunitiesOptions): Promise<SuiteCommunities> {
  const { graph, csr } = ctx;
  const { algorithm, resolution, seed } = options;
  const partition = (s: number) => runMetric(algorithm, ctx, { resolution, seed: s });
  const main = await partition(seed);
  const stabilitySeeds = Array.from({ length: options.stabilitySeeds }, (_, i) => seed + i + 1);
  const agreements: number[] = [];
  for (const s of stabilitySeeds) agreements.push(nmi(main.communities, (await partition(s)).communities));
  const membership = Array.from(main.communities);
  return {
    algorithm,
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
    stability: { seeds: stabilitySeeds, meanNmi: agreements.length ? agreements.reduce((a, b) => a + b, 0) / agreements.length : null },
    profiles: communityProfiles(graph, csr, membership),
  };
}
