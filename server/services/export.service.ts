/**
 * Exports of the current dataset under filters: GEXF, GraphML, CSV (a zip of tables, or one
 * table; plain or for Excel), JSON, XLSX. The nodes carry the full suite's results for the same filters and options (the
 * same numbers as the analysis endpoints), so an export waits for the suite like an analysis does:
 * the caller gets the file, or the running job. `metrics: false` exports the data alone at once.
 * Knows nothing of HTTP.
 */
import type { CsvDialect, CsvTable, ExportFormat } from '../../contract/vocabularies.ts';
import { createHash } from 'node:crypto';
import type { AbstractGraph } from 'graphology-types';
import type { DataLayer } from '../db/data-layer.ts';
import { creditsFor, type Credits, type SourceRow } from '../export/credits.ts';
import { csvArchive, csvTable } from '../export/csv.ts';
import { buildExportGraph, fileBase, type ExportGraph } from '../export/export-graph.ts';
import { writeGexf } from '../export/gexf.ts';
import { writeGraphml } from '../export/graphml.ts';
import { writeJson } from '../export/json.ts';
import { writeXlsx } from '../export/xlsx.ts';
import type { Filters } from '../../contract/filters.ts';
import { applyFilters } from '../graph/filters.ts';
import type { AnalysisOptions } from '../../contract/api/query.ts';
import type { AnalysisService, Outcome } from './analysis.service.ts';

export interface ExportRequest {
  format: ExportFormat;
  /** CSV only: one table instead of the zip archive. */
  table?: CsvTable;
  /** CSV only: for Excel (byte order mark; excel-de: semicolons and decimal commas). */
  dialect?: CsvDialect;
  /** Attach the analysis results (default in the API); false exports the data alone. */
  metrics: boolean;
}

export interface ExportFile {
  version: number;
  filename: string;
  mediaType: string;
  body: string | Uint8Array;
}

const MEDIA: Record<ExportFormat, { type: string; ext: string }> = {
  gexf: { type: 'application/gexf+xml; charset=utf-8', ext: 'gexf' },
  graphml: { type: 'application/graphml+xml; charset=utf-8', ext: 'graphml' },
  csv: { type: 'application/zip', ext: 'zip' },
  json: { type: 'application/json; charset=utf-8', ext: 'json' },
  xlsx: { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', ext: 'xlsx' },
};

export class ExportService {
  private sources: { version: number; rows: Promise<SourceRow[]> } | null = null;

  constructor(
    private readonly data: DataLayer,
    private readonly analysis: AnalysisService,
    /** e.g. "Jumelage 0.1.0": credited as the maker of the analyses. */
    readonly generator: string,
  ) {}

  /** The imported datasets (Source nodes), read once per dataset version. */
  private sourceRows(version: number): Promise<SourceRow[]> {
    if (this.sources?.version !== version) {
      const rows = this.data.db.read<SourceRow & Record<string, unknown>>('read/list-sources');
      rows.catch(() => {
        if (this.sources?.rows === rows) this.sources = null;
      });
      this.sources = { version, rows };
    }
    return this.sources.rows;
  }

  /** Who to credit for the data of a view of dataset `version`. */
  async credits(version: number, view: AbstractGraph): Promise<Credits> {
    return creditsFor(view, await this.sourceRows(version), this.generator);
  }

  private async assemble(
    version: number,
    view: AbstractGraph,
    filters: Filters,
    leftOut: ExportGraph['meta']['leftOut'],
    analysis: AnalysisOptions | null,
    analysed?: Parameters<typeof buildExportGraph>[2],
  ): Promise<ExportGraph> {
    const credits = await this.credits(version, view);
    const updatedAt = view.getAttribute('updatedAt');
    return buildExportGraph(
      view,
      {
        datasetVersion: version,
        updatedAt: typeof updatedAt === 'string' ? updatedAt : null,
        filters,
        leftOut,
        analysis,
        credits,
        generator: this.generator,
      },
      analysed,
    );
  }

  /** The graph to export: with the suite's results (done, or the running job), or the data alone. */
  async graph(filters: Filters, options: AnalysisOptions, metrics: boolean, waitMs?: number): Promise<Outcome<ExportGraph>> {
    if (!metrics) {
      await this.data.ensureReady();
      const { version, graph } = await this.data.graphs.get();
      const view = applyFilters(graph, filters);
      return { state: 'done', value: await this.assemble(version, view.graph, filters, view.leftOut, null) };
    }
    const outcome = await this.analysis.suite(filters, options, waitMs);
    if (outcome.state === 'running') return outcome;
    const v = outcome.value;
    return {
      state: 'done',
      value: await this.assemble(
        v.version,
        v.data.graph,
        v.filters,
        v.data.leftOut,
        { resolution: options.resolution, seed: options.seed, betweenness: options.betweenness, k: options.k },
        { suite: v.suite, index: v.index },
      ),
    };
  }

  async file(filters: Filters, options: AnalysisOptions, request: ExportRequest, waitMs?: number): Promise<Outcome<ExportFile>> {
    const outcome = await this.graph(filters, options, request.metrics, waitMs);
    if (outcome.state === 'running') return outcome;
    return { state: 'done', value: await render(outcome.value, request) };
  }

  /**
   * The SHA-256 of the data as exported: the JSON export without analysis results for these
   * filters, i.e. of the bytes `GET /api/export?format=json&metrics=false&<filters>` answers.
   */
  async dataHash(filters: Filters): Promise<{ sha256: string; bytes: number; version: number }> {
    const outcome = await this.graph(filters, { resolution: 1, seed: 0, betweenness: 'exact', k: 500 }, false);
    if (outcome.state !== 'done') throw new Error('export: the data alone is never a job');
    const bytes = Buffer.from(writeJson(outcome.value), 'utf8');
    return { sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length, version: outcome.value.meta.datasetVersion };
  }
}

export async function render(g: ExportGraph, request: ExportRequest): Promise<ExportFile> {
  const base = fileBase('jumelage', g.meta.datasetVersion, g.meta.filters);
  const version = g.meta.datasetVersion;
  switch (request.format) {
    case 'gexf':
      return { version, filename: `${base}.gexf`, mediaType: MEDIA.gexf.type, body: writeGexf(g) };
    case 'graphml':
      return { version, filename: `${base}.graphml`, mediaType: MEDIA.graphml.type, body: writeGraphml(g) };
    case 'json':
      return { version, filename: `${base}.json`, mediaType: MEDIA.json.type, body: writeJson(g) };
    case 'xlsx':
      return { version, filename: `${base}.xlsx`, mediaType: MEDIA.xlsx.type, body: await writeXlsx(g) };
    case 'csv': {
      const { table, dialect } = request;
      const suffix = dialect ? `-${dialect}` : '';
      return table
        ? { version, filename: `${base}-${table}${suffix}.csv`, mediaType: 'text/csv; charset=utf-8', body: csvTable(g, table, dialect) }
        : { version, filename: `${base}-csv${suffix}.zip`, mediaType: MEDIA.csv.type, body: csvArchive(g, dialect) };
    }
  }
}
