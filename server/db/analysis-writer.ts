/**
 * Writes analysis results onto the places in Neo4j, as GDS's write mode does (issue 21): each
 * place gets its results as properties under the names of contract/node-metrics.ts, and one
 * `(:Analysis)` node says which dataset version and options they are of. One transaction: the
 * results of an earlier write are removed, the new ones set, the Analysis node replaced, and all
 * of it only if the dataset is still at the version analysed (else 409: nothing is written).
 * Integer results are stored as Neo4j integers, the others as floats. The dataset version does
 * not move: the results are derived from the data, not part of it (graph-store.ts leaves them out
 * when it reads the places).
 */
import neo4j from 'neo4j-driver';
import { NODE_METRIC_PROPERTIES } from '../../contract/node-metrics.ts';
import { AppError } from '../errors.ts';
import type { Database } from './database.ts';
import { DATASET_KEY } from './graph-writer.ts';

const BATCH = 2000;
const INTEGER = new Set<string>(NODE_METRIC_PROPERTIES.filter((p) => p.type === 'integer').map((p) => p.name));

export interface AnalysisWrite {
  /** The dataset version the results are of. */
  version: number;
  /** Each place's results by property name (names of NODE_METRIC_PROPERTIES only). */
  rows: { id: string; props: Record<string, number> }[];
  /** What the Analysis node holds besides the version (options, property names, generator). */
  analysis: Record<string, string | number | boolean | string[]>;
}

export async function writeAnalysisProperties(db: Database, write: AnalysisWrite): Promise<{ written: number; cleared: number }> {
  const cleared = Object.fromEntries(NODE_METRIC_PROPERTIES.map((p) => [p.name, null]));
  const rows = write.rows.map(({ id, props }) => ({
    id,
    props: Object.fromEntries(Object.entries(props).map(([k, v]) => [k, INTEGER.has(k) ? neo4j.int(v) : v])),
  }));
  return db.writeTransaction(async (tx) => {
    const [dataset] = await tx.run<{ version: number }>('read/get-dataset', { key: DATASET_KEY });
    if (Number(dataset?.version ?? 0) !== write.version)
      throw new AppError(
        'conflict',
        `The data changed while the analysis ran (version ${write.version}, now ${dataset?.version ?? 0}); ask again.`,
      );
    const [clearedRow] = await tx.run<{ cleared: number }>('write/clear-analysis-properties', { cleared });
    let written = 0;
    for (let i = 0; i < rows.length; i += BATCH) {
      const [r] = await tx.run<{ written: number }>('write/set-analysis-properties', { rows: rows.slice(i, i + BATCH) });
      written += Number(r?.written ?? 0);
    }
    await tx.run('write/replace-analysis-node', { analysis: { ...write.analysis, datasetVersion: neo4j.int(write.version) } });
    return { written, cleared: Number(clearedRow?.cleared ?? 0) };
  });
}
