// Analytics kernels: re-exports only. See registry.ts for the metric catalogue.
export { buildCsr, csrFromPairs, degrees, shareCsr, toRecord, type Csr, type CsrTopology } from './csr.ts';
export { createRng, sampleWithoutReplacement } from './random.ts';
export {
  isMetricName,
  metricNames,
  registry,
  runMetric,
  type AnalyticsContext,
  type Family,
  type MetricDefinition,
  type MetricName,
  type MetricResult,
} from './registry.ts';
export { WorkerPool } from './workers/pool.ts';
export * as betweenness from './centrality/betweenness.ts';
export * as closeness from './centrality/closeness.ts';
export * as degree from './centrality/degree.ts';
export * as eigenvector from './centrality/eigenvector.ts';
export * as harmonic from './centrality/harmonic.ts';
export * as pagerank from './centrality/pagerank.ts';
export * as pathMetrics from './centrality/path-metrics.ts';
export * as louvain from './communities/louvain.ts';
export * as modularity from './communities/modularity.ts';
export * as nmi from './communities/nmi.ts';
export * as brokers from './eastwest/brokers.ts';
export * as crossTies from './eastwest/cross-ties.ts';
export * as eiIndex from './eastwest/ei-index.ts';
export * as rewiringBaseline from './eastwest/rewiring-baseline.ts';
export type { Side } from './eastwest/sides.ts';
export * as articulationPoints from './structure/articulation-points.ts';
export * as assortativity from './structure/assortativity.ts';
export * as bridges from './structure/bridges.ts';
export * as clustering from './structure/clustering.ts';
export * as components from './structure/components.ts';
export * as distances from './structure/distances.ts';
