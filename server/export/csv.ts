/**
 * Tables for spreadsheets and data frames: `nodes.csv` (one row per place: id, the data model's
 * attributes, the analysis results), `edges.csv` (one row per partnership: the ids `a` and `b` of
 * its ends as in seeds/partnerships.csv, their names, its attributes) and `sources.csv` (one row
 * per dataset or cited web site: licence and attribution). UTF-8 without a byte order mark, comma
 * separated, RFC 4180 quoting, exactly one header row, lists "|"-joined, booleans true/false, an
 * unknown value an empty cell.
 *
 * CSV has no place for metadata, so the credits travel in the archive: `csvArchive` zips the
 * three tables with a README.txt (what each column means, the dataset version, the filters and
 * the credits). A single table (`?table=`) carries its provenance in its `sources` column, whose
 * ids and URLs the sources table resolves.
 */
import type { CsvTable } from '../../contract/vocabularies.ts';
import { stringify } from 'csv-stringify/sync';
import { strToU8, zipSync } from 'fflate';
import { describeFilters, type ExportGraph } from './export-graph.ts';
import { EDGE_FIELDS, flatValue, NODE_DATA_FIELDS, NODE_METRIC_FIELDS, type Field } from './fields.ts';

const toCsv = (columns: string[], rows: unknown[][]) =>
  stringify([columns, ...rows], { cast: { boolean: (b) => (b ? 'true' : 'false') }, record_delimiter: '\n' });
const cell = (f: Field, v: unknown) => flatValue(f, v) ?? '';

function nodeFields({ graph }: ExportGraph): Field[] {
  const metrics = graph.order > 0 && graph.someNode((_n, a) => a.community !== undefined) ? NODE_METRIC_FIELDS : [];
  return [...NODE_DATA_FIELDS, ...metrics];
}

export function csvTable(g: ExportGraph, table: CsvTable): string {
  const { graph, meta } = g;
  if (table === 'nodes') {
    const fields = nodeFields(g);
    return toCsv(
      ['id', ...fields.map((f) => f.name)],
      graph.mapNodes((node, attr) => [node, ...fields.map((f) => cell(f, attr[f.name]))]),
    );
  }
  if (table === 'edges') {
    const name = (id: string) => String(graph.getNodeAttribute(id, 'name') ?? id);
    return toCsv(
      ['a', 'b', 'a_name', 'b_name', ...EDGE_FIELDS.map((f) => f.name)],
      graph.mapEdges((_e, attr, a, b) => [a, b, name(a), name(b), ...EDGE_FIELDS.map((f) => cell(f, attr[f.name]))]),
    );
  }
  const c = meta.credits;
  return toCsv(
    ['source', 'kind', 'licence', 'attribution', 'file', 'format', 'sha256', 'importedAt', 'citations', 'pages'],
    [
      ...c.datasets.map((d) => [
        d.id,
        'dataset',
        d.licence ?? '',
        d.attribution ?? '',
        d.file ?? '',
        d.format ?? '',
        d.sha256 ?? '',
        d.importedAt ?? '',
        d.citations,
        '',
      ]),
      ...c.web.map((w) => [
        `https://${w.host}/`,
        'web site',
        w.licence ?? 'the cited page’s own',
        w.attribution ?? '',
        '',
        '',
        '',
        '',
        w.citations,
        w.urls,
      ]),
      ...(c.project
        ? [
            [
              'jumelage',
              'project',
              c.project.licence,
              'Jumelage project (facts citing the web sites above)',
              '',
              '',
              '',
              '',
              c.project.citations,
              '',
            ],
          ]
        : []),
      ...c.other.map((o) => [o.id, 'other', '', '', '', '', '', '', o.citations, '']),
    ],
  );
}

function readme(g: ExportGraph): string {
  const { meta } = g;
  const cols = (fields: readonly Field[]) =>
    fields.map((f) => `  ${f.name}: ${f.description}${f.type === 'list' ? ' ("|"-separated)' : ''}`).join('\n');
  return [
    'Jumelage: town twinning partnerships',
    '',
    `Dataset version ${meta.datasetVersion}${meta.updatedAt ? ` (updated ${meta.updatedAt})` : ''}; filters: ${describeFilters(meta.filters)}.`,
    meta.analysis ? `Analysis options: ${JSON.stringify(meta.analysis)}.` : 'Without analysis results.',
    `Left out by the filters: ${JSON.stringify(meta.leftOut)}.`,
    '',
    'CREDITS AND LICENCES',
    meta.credits.text,
    'sources.csv lists every dataset and cited web site with its licence.',
    '',
    'FILES (UTF-8, comma-separated, RFC 4180 quoting, one header row; empty cell = unknown)',
    'nodes.csv: one row per place.',
    '  id: the place id (municipality id in Jumelage)',
    cols(nodeFields(g)),
    'edges.csv: one row per partnership (undirected).',
    '  a, b: the ids of its two places (nodes.csv); a_name, b_name: their names',
    cols(EDGE_FIELDS),
    'sources.csv: one row per imported dataset, cited web site, and the project itself.',
    '',
  ].join('\n');
}

/** The three tables and the README in one zip archive (deterministic: file times = the dataset's update time). */
export function csvArchive(g: ExportGraph): Uint8Array {
  const mtime =
    g.meta.updatedAt && !Number.isNaN(Date.parse(g.meta.updatedAt)) ? new Date(g.meta.updatedAt) : new Date('2000-01-01T00:00:00Z');
  const file = (text: string) => [strToU8(text), { mtime }] as [Uint8Array, { mtime: Date }];
  return zipSync(
    {
      'README.txt': file(readme(g)),
      'nodes.csv': file(csvTable(g, 'nodes')),
      'edges.csv': file(csvTable(g, 'edges')),
      'sources.csv': file(csvTable(g, 'sources')),
    },
    { level: 6 },
  );
}
