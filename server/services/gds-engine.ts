/**
 * ANALYTICS_ENGINE=gds: the full suite's centralities (degree, betweenness, closeness, harmonic,
 * PageRank), k-core numbers, components, bridges, articulation points and communities come from
 * Neo4j Graph Data Science on the connected server, projected from exactly the network the suite
 * analysed. The figures are normalised, and the structure numbered, as ours
 * (analytics/gds/gds-figures.ts); a partition (GDS's Louvain for the suite, its Leiden when asked
 * for) is described as ours are: modularity, NMI, stability, profiles
 * (analytics/suite/communities.ts); at a resolution other than 1, which GDS's Louvain has no
 * parameter for, the suite keeps its own Louvain and `/api/communities` says `engine: inprocess`.
 * The rest of the suite (eigenvector, clustering, assortativity,
 * distances, east-west) is this service's: GDS's eigenvector is not NetworkX's on a graph of many
 * components, and GDS has no east-west analyses. Sampled betweenness stays this service's too
 * (GDS samples otherwise).
 */
import type { AbstractGraph } from 'graphology-types';
import { compute as modularity, denseCodes } from '../analytics/communities/modularity.ts';
import { buildCsr } from '../analytics/csr.ts';
import { toNetworkX, toOurStructure } from '../analytics/gds/gds-figures.ts';
import {
  describeCommunities,
  stabilitySeeds,
  type CommunitiesOptions,
  type Partition,
  type SuiteCommunities,
} from '../analytics/suite/communities.ts';
import type { Suite } from '../analytics/suite/full-suite.ts';
import type { GdsStore } from '../db/gds-store.ts';
import { AppError } from '../errors.ts';

/** Throws the 503 that says what to do when the connected Neo4j has no GDS. */
async function requireGds(gds: GdsStore): Promise<void> {
  const status = await gds.status();
  if (!status.available)
    throw new AppError(
      'unavailable',
      `ANALYTICS_ENGINE=gds, but the connected Neo4j has no Graph Data Science${status.reason ? ` (${status.reason})` : ''}: install it (NEO4J_GDS=true for the embedded Neo4j) or run with ANALYTICS_ENGINE=inprocess`,
    );
}

const edgesOf = (network: AbstractGraph) => network.mapEdges((_edge, _attributes, source, target) => [source, target] as const);

/** The suite with GDS's centralities, k-core numbers, structure and Louvain communities in place of ours. */
export async function withGdsFigures(gds: GdsStore, suite: Suite, network: AbstractGraph): Promise<Suite> {
  await requireGds(gds);
  // nothing to project: the suite of an empty view is the same from either engine
  if (network.size === 0) return suite;
  const { resolution, seed } = suite.communities;
  // GDS's Louvain has no resolution: at another one the suite keeps ours, and says so (`engine`)
  const found = await gds.figures(edgesOf(network), resolution === 1);
  const figures = toNetworkX(found.figures, suite.nodes);
  const structure = toOurStructure(found.structure, suite.nodes);
  const exact = suite.centrality.betweennessMethod.mode === 'exact';
  const communities = found.louvain
    ? describeGds(network, { algorithm: 'louvain', resolution, seed, stabilitySeeds: 0 }, [found.louvain])
    : suite.communities;
  if (communities.membership.length !== suite.nodes.length) throw new Error('gds-engine: the partition is not of the suite’s places.');
  return {
    ...suite,
    centrality: {
      ...suite.centrality,
      degree: figures.degree,
      ...(exact ? { betweenness: figures.betweenness } : {}),
      closeness: figures.closeness,
      harmonic: figures.harmonic,
      pagerank: figures.pagerank,
    },
    structure: { ...suite.structure, ...structure, coreNumber: figures.kcore },
    summary: {
      ...suite.summary,
      components: structure.componentSizes.length,
      largestComponent: structure.componentSizes.reduce((max, size) => Math.max(max, size), 0),
      bridges: structure.bridges.length,
      articulationPoints: structure.articulationPoints.length,
    },
    communities,
  };
}

/**
 * GDS's partition of the network by `options.algorithm`, described as ours (the places in the
 * network's order). Leiden takes the seed and the resolution (gamma), and its stability comes from
 * the next seeds, as ours; GDS's Louvain takes neither: it is run once, on one thread so that it
 * repeats, with no stability score, and only at resolution 1 (withGdsFigures keeps ours otherwise).
 */
export async function gdsCommunities(gds: GdsStore, network: AbstractGraph, options: CommunitiesOptions): Promise<SuiteCommunities> {
  await requireGds(gds);
  const { algorithm, resolution } = options;
  if (algorithm === 'louvain' && resolution !== 1) throw new Error('gds-engine: GDS’s Louvain has no resolution parameter.');
  const seeds = [options.seed, ...stabilitySeeds(options)];
  const found = network.size === 0 ? [new Map<string, number>()] : await gds.communities(edgesOf(network), algorithm, seeds, resolution);
  return describeGds(network, options, found);
}

/** GDS's partitions (the main one, then one per stability seed) described as ours, the places in the network's order. */
function describeGds(network: AbstractGraph, options: CommunitiesOptions, found: readonly ReadonlyMap<string, number>[]): SuiteCommunities {
  const { algorithm, resolution } = options;
  const csr = buildCsr(network);
  const partitions = found.map((byPlace): Partition => {
    const communities = denseCodes(
      csr.keys.map((id) => {
        const community = byPlace.get(id);
        if (community === undefined) throw new Error(`gds-engine: GDS's ${algorithm} gave no community for place ${id}`);
        return community;
      }),
    );
    const count = communities.reduce((max, c) => Math.max(max, c + 1), 0);
    return { communities, count, modularity: modularity(csr, communities, { resolution }) };
  });
  const [main, ...others] = partitions;
  return describeCommunities(network, csr, { ...options, engine: 'gds' }, main!, others);
}
