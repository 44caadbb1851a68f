/**
 * Puts the analysis results where Neo4j users work (issue 21): the full suite and Leiden over the
 * whole dataset, each place's results under the export names (contract/node-metrics.ts, as the
 * export graph carries them), written by db/analysis-writer.ts. Waits for the analyses like an
 * export does: the caller gets the write, or the running job.
 */
import type { AnalysisWritten } from '../../contract/api/analysis-write.ts';
import type { AnalysisOptions } from '../../contract/api/query.ts';
import { NO_FILTERS } from '../../contract/filters.ts';
import { NODE_METRIC_PROPERTIES } from '../../contract/node-metrics.ts';
import { writeAnalysisProperties } from '../db/analysis-writer.ts';
import type { DataLayer } from '../db/data-layer.ts';
import { AppError } from '../errors.ts';
import type { AnalysisService, Outcome } from './analysis.service.ts';
import type { ExportService } from './export.service.ts';

const NAMES = new Set<string>(NODE_METRIC_PROPERTIES.map((p) => p.name));

export async function writeAnalysis(
  data: DataLayer,
  analysis: AnalysisService,
  exports: ExportService,
  options: AnalysisOptions,
  waitMs?: number,
): Promise<Outcome<AnalysisWritten>> {
  const [suite, leiden] = await Promise.all([
    exports.graph(NO_FILTERS, options, true, waitMs),
    analysis.communities(NO_FILTERS, options, 'leiden', waitMs),
  ]);
  if (suite.state === 'running') return suite;
  if (leiden.state === 'running') return leiden;
  const version = suite.value.meta.datasetVersion;
  if (leiden.value.version !== version) throw new AppError('conflict', 'The data changed while the analyses ran; ask again.');

  // the membership is in the order of the network's nodes (csr.ts buildCsr)
  const { membership } = leiden.value.communities;
  const leidenOf = new Map(leiden.value.graph.nodes().map((node, i) => [node, membership[i]!]));
  const rows: { id: string; props: Record<string, number> }[] = [];
  const written = new Set<string>();
  suite.value.graph.forEachNode((id, attr) => {
    const props: Record<string, number> = {};
    for (const [name, value] of Object.entries(attr)) if (NAMES.has(name) && typeof value === 'number') props[name] = value;
    const community = leidenOf.get(id);
    if (community !== undefined) props.leiden = community;
    // places without a partnership are not analysed: they get nothing (their degree 0 is data)
    if (props.community === undefined) return;
    for (const name of Object.keys(props)) written.add(name);
    rows.push({ id, props });
  });
  const properties = NODE_METRIC_PROPERTIES.map((p) => p.name).filter((name) => written.has(name));
  const writtenAt = new Date().toISOString();
  const { resolution, seed, betweenness, k } = options;
  const result = await writeAnalysisProperties(data.db, {
    version,
    rows,
    analysis: { writtenAt, generator: suite.value.meta.generator, resolution, seed, betweenness, k, properties },
  });
  return {
    state: 'done',
    value: { datasetVersion: version, ...result, properties, options: { resolution, seed, betweenness, k }, writtenAt },
  };
}
