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
 *
 * For spreadsheets, a dialect (contract/vocabularies.ts, CSV_DIALECTS): `excel` puts a byte order
 * mark first (without it Excel reads UTF-8 as the system's code page) and ends rows with CRLF;
 * `excel-de` also separates with semicolons and writes numbers with a decimal comma, as Excel
 * reads them in German settings (where the comma separates decimals, not cells). Only number
 * cells get the comma: a name such as "St. Ingbert" or a URL keeps its dots. A text cell that
 * begins with `=`, `+`, `-`, `@`, a tab or a carriage return would be a formula in Excel, so the
 * dialects put an apostrophe before it (OWASP, "CSV injection"); the plain CSV is left as it is.
 */
import type { CsvDialect, CsvTable } from '../../contract/vocabularies.ts';
import { stringify } from 'csv-stringify/sync';
import { strToU8, zipSync } from 'fflate';
import { describeFilters, type ExportGraph } from './export-graph.ts';
import { EDGE_FIELDS, flatValue, metricFieldsOf, NODE_DATA_FIELDS, type Field } from './fields.ts';

const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;

function toCsv(columns: string[], rows: unknown[][], dialect?: CsvDialect): string {
  if (dialect === undefined)
    return stringify([columns, ...rows], { cast: { boolean: (b) => (b ? 'true' : 'false') }, record_delimiter: '\n' });
  const text = stringify([columns, ...rows], {
    delimiter: dialect === 'excel-de' ? ';' : ',',
    record_delimiter: '\r\n',
    cast: {
      boolean: (b) => (b ? 'true' : 'false'),
      number: (n) => (dialect === 'excel-de' ? String(n).replace('.', ',') : String(n)),
      string: (t) => (FORMULA_START.test(t) ? `'${t}` : t),
    },
  });
  return BOM + text;
}
const cell = (f: Field, v: unknown) => flatValue(f, v) ?? '';

/** The columns of the nodes table: the data model's, then the analysis results where present. */
export function nodeFields({ graph }: ExportGraph): Field[] {
  return [...NODE_DATA_FIELDS, ...metricFieldsOf(graph)];
}

export function csvTable(g: ExportGraph, table: CsvTable, dialect?: CsvDialect): string {
  return toCsv(...tableRows(g, table), dialect);
}

/** A table as its header and its rows of typed cells (numbers, booleans, text; '' for unknown). */
export function tableRows(g: ExportGraph, table: CsvTable): [string[], unknown[][]] {
  const { graph, meta } = g;
  if (table === 'nodes') {
    const fields = nodeFields(g);
    return [['id', ...fields.map((f) => f.name)], graph.mapNodes((node, attr) => [node, ...fields.map((f) => cell(f, attr[f.name]))])];
  }
  if (table === 'edges') {
    const name = (id: string) => String(graph.getNodeAttribute(id, 'name') ?? id);
    return [
      ['a', 'b', 'a_name', 'b_name', ...EDGE_FIELDS.map((f) => f.name)],
      graph.mapEdges((_e, attr, a, b) => [a, b, name(a), name(b), ...EDGE_FIELDS.map((f) => cell(f, attr[f.name]))]),
    ];
  }
  const c = meta.credits;
  return [
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
  ];
}

const DIALECT_TEXT: Record<CsvDialect | 'rfc4180', string> = {
  rfc4180: 'UTF-8, comma-separated, RFC 4180 quoting',
  excel:
    'UTF-8 with a byte order mark, comma-separated, CRLF, RFC 4180 quoting; a text beginning with =, +, -, @ has an apostrophe before it',
  'excel-de':
    'UTF-8 with a byte order mark, semicolon-separated, decimal comma in numbers, CRLF, RFC 4180 quoting; a text beginning with =, +, -, @ has an apostrophe before it',
};

function readme(g: ExportGraph, dialect?: CsvDialect): string {
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
    `FILES (${DIALECT_TEXT[dialect ?? 'rfc4180']}; one header row; empty cell = unknown)`,
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
export function csvArchive(g: ExportGraph, dialect?: CsvDialect): Uint8Array {
  const mtime =
    g.meta.updatedAt && !Number.isNaN(Date.parse(g.meta.updatedAt)) ? new Date(g.meta.updatedAt) : new Date('2000-01-01T00:00:00Z');
  const file = (text: string) => [strToU8(text), { mtime }] as [Uint8Array, { mtime: Date }];
  return zipSync(
    {
      'README.txt': file(readme(g, dialect)),
      'nodes.csv': file(csvTable(g, 'nodes', dialect)),
      'edges.csv': file(csvTable(g, 'edges', dialect)),
      'sources.csv': file(csvTable(g, 'sources', dialect)),
    },
    { level: 6 },
  );
}
