/**
 * `npm run analyze -- <file> --out metrics.csv|.gexf|.graphml`: every node of a file with its
 * analysis results, what Gephi's statistics add as columns, written without a database by the
 * exporters the API uses (the same columns, the same names: contract/node-metrics.ts). CSV is the
 * nodes table of the CSV export; GEXF and GraphML are the graph with the results on its nodes,
 * credited to the file read (its licence and attribution, as the importer recorded them).
 *
 * A file is written whole or not at all: into a temporary file beside it, then renamed.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { UndirectedGraph } from 'graphology';
import type { Suite } from '../analytics/suite/full-suite.ts';
import { NO_FILTERS } from '../../contract/filters.ts';
import { creditsFor } from './credits.ts';
import { csvTable } from './csv.ts';
import { buildExportGraph, type ExportGraph } from './export-graph.ts';
import { writeGexf } from './gexf.ts';
import { writeGraphml } from './graphml.ts';

/** The file kinds `--out` writes, by extension. */
export const METRICS_FILE_EXTENSIONS = ['.csv', '.gexf', '.graphml'] as const;
export type MetricsFileExtension = (typeof METRICS_FILE_EXTENSIONS)[number];

/** The kind of `--out` file, or an error message naming the extension and the accepted ones. */
export function metricsFileKind(out: string): { ext: MetricsFileExtension } | { error: string } {
  const ext = path.extname(out).toLowerCase();
  if ((METRICS_FILE_EXTENSIONS as readonly string[]).includes(ext)) return { ext: ext as MetricsFileExtension };
  return {
    error: `--out ${out}: ${ext ? `unknown extension ${ext}` : 'no extension'}; accepted: ${METRICS_FILE_EXTENSIONS.join(', ')}`,
  };
}

/** The file that was read, as the importer recorded it (import summary's `source`). */
export interface AnalysedFile {
  file: string;
  format: string;
  source: { id: string; licence: string | null; attribution: string | null };
}

/** Leiden's partition: the community of each node of `keys`. */
export interface Membership {
  keys: readonly string[];
  communities: ArrayLike<number>;
}

/** The file's graph with every node's results: the full suite's and Leiden's membership. */
export function metricsGraph(graph: UndirectedGraph, suite: Suite, leiden: Membership, read: AnalysedFile, generator: string): ExportGraph {
  const index = new Map(suite.nodes.map((key, i) => [key, i]));
  const credits = creditsFor(
    graph,
    [
      {
        id: read.source.id,
        props: { file: read.file, format: read.format, licence: read.source.licence, attribution: read.source.attribution },
      },
    ],
    generator,
  );
  const { betweennessMethod } = suite.centrality;
  const g = buildExportGraph(
    graph,
    {
      datasetVersion: 0,
      file: read.file,
      updatedAt: null,
      filters: NO_FILTERS,
      leftOut: {
        partnerships: { type: 0, undated: 0, outOfRange: 0, ended: 0, place: 0 },
        municipalities: { withoutPartnership: 0, belowMinDegree: 0 },
      },
      analysis: {
        resolution: suite.communities.resolution,
        seed: suite.communities.seed,
        betweenness: betweennessMethod.mode,
        k: betweennessMethod.mode === 'sampled' ? betweennessMethod.k : 0,
      },
      credits,
      generator,
    },
    { suite, index },
  );
  leiden.keys.forEach((node, i) => {
    const c = leiden.communities[i];
    if (c !== undefined && g.graph.hasNode(node)) g.graph.setNodeAttribute(node, 'leiden', c);
  });
  return g;
}

export function renderMetricsFile(g: ExportGraph, ext: MetricsFileExtension): string {
  switch (ext) {
    case '.csv':
      return csvTable(g, 'nodes');
    case '.gexf':
      return writeGexf(g);
    case '.graphml':
      return writeGraphml(g);
  }
}

/** Writes `text` to `out` whole or not at all (a temporary file in the same folder, renamed). */
export function writeWhole(out: string, text: string): void {
  const tmp = path.join(path.dirname(out), `.${path.basename(out)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(tmp, text, { encoding: 'utf8', flag: 'wx' });
    fs.renameSync(tmp, out);
  } catch (err) {
    fs.rmSync(tmp, { force: true });
    throw err;
  }
}
