/** The answers about each place's analysis values: a ranking by one centrality, and every value as columns. */
import type { MetricsTable, Ranking } from '../../../contract/api/analyses.ts';
import { CSV_COLUMNS } from '../../../contract/api/analyses.ts';
import type { Filters } from '../../../contract/filters.ts';
import type { AnalysisOptions } from '../../../contract/api/query.ts';
import type { CommunityAlgorithm, Measure } from '../../../contract/vocabularies.ts';
import { rankOrder, ranks } from '../../analytics/ranking.ts';
import type { AnalysisService } from '../analysis.service.ts';
import { fromSuite, placeRef, type Answer } from './answer.ts';

/** GET /api/metrics/centrality: a page of the ranking by `measure`. */
export function ranking(
  analysis: AnalysisService,
  filters: Filters,
  q: AnalysisOptions & { measure: Measure; limit: number; offset: number },
): Promise<Answer<Ranking>> {
  return fromSuite(analysis, filters, q, (view) => {
    const values = view.suite.centrality[q.measure];
    const items = rankOrder(values, view.suite.nodes)
      .slice(q.offset, q.offset + q.limit)
      .map((i, j) => ({ rank: q.offset + j + 1, ...placeRef(view, view.suite.nodes[i]!), value: values[i]! }));
    const body: Ranking = {
      version: view.version,
      measure: q.measure,
      ...(q.measure === 'betweenness' ? { method: view.suite.centrality.betweennessMethod } : {}),
      total: values.length,
      limit: q.limit,
      offset: q.offset,
      items,
      leftOut: view.leftOut,
    };
    return { body, csv: { rows: items, columns: CSV_COLUMNS.ranking } };
  });
}

/**
 * GET /api/metrics: the asked measures for every place at once, with their ranks, communities (of
 * `algorithm`: Louvain's are the suite's, Leiden's a job of their own, waited for first) and core numbers.
 */
export async function metricsTable(
  analysis: AnalysisService,
  filters: Filters,
  q: AnalysisOptions & { measures: readonly Measure[]; algorithm: CommunityAlgorithm },
): Promise<Answer<MetricsTable>> {
  const partition = await analysis.communities(filters, q, q.algorithm);
  if (partition.state === 'running') return partition;
  return fromSuite(analysis, filters, q, (view) => {
    const { nodes, centrality } = view.suite;
    // the dataset moved on between the two: the suite's version wins, its communities too
    const communities = partition.value.version === view.version ? partition.value.communities : view.suite.communities;
    const body: MetricsTable = {
      version: view.version,
      nodes,
      measures: Object.fromEntries(q.measures.map((m) => [m, centrality[m]])),
      ranks: Object.fromEntries(q.measures.map((m) => [m, ranks(centrality[m], nodes)])),
      algorithm: communities.algorithm,
      community: communities.membership,
      coreNumber: view.suite.structure.coreNumber,
      betweennessMethod: centrality.betweennessMethod,
      leftOut: view.leftOut,
    };
    return { body };
  });
}
