/**
 * ANALYTICS_ENGINE=gds: the full suite's centralities (degree, betweenness, closeness, harmonic,
 * PageRank) and k-core numbers come from Neo4j Graph Data Science on the connected server,
 * projected from exactly the network the suite analysed, and normalised as ours
 * (analytics/gds/gds-figures.ts). The rest of the suite (eigenvector, clustering, components,
 * bridges, communities, east-west) is this service's: GDS's eigenvector is not NetworkX's on a graph
 * of many components, and its Louvain is another partition, from which the community profiles would
 * have to be rebuilt. Sampled betweenness stays this service's too (GDS samples otherwise).
 */
import type { AbstractGraph } from 'graphology-types';
import { toNetworkX } from '../analytics/gds/gds-figures.ts';
import type { Suite } from '../analytics/suite/full-suite.ts';
import type { GdsStore } from '../db/gds-store.ts';
import { AppError } from '../errors.ts';

export async function withGdsFigures(gds: GdsStore, suite: Suite, network: AbstractGraph): Promise<Suite> {
  const status = await gds.status();
  if (!status.available)
    throw new AppError(
      'unavailable',
      `ANALYTICS_ENGINE=gds, but the connected Neo4j has no Graph Data Science${status.reason ? ` (${status.reason})` : ''}: install it (NEO4J_GDS=true for the embedded Neo4j) or run with ANALYTICS_ENGINE=inprocess`,
    );
  if (network.size === 0) return suite;
  const edges = network.mapEdges((_edge, _attributes, source, target) => [source, target] as const);
  const figures = toNetworkX(await gds.figures(edges), suite.nodes);
  const exact = suite.centrality.betweennessMethod.mode === 'exact';
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
    structure: { ...suite.structure, coreNumber: figures.kcore },
  };
}
