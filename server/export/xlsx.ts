/**
 * One Excel workbook (Office Open XML, written by exceljs) with the tables of the CSV export, one
 * sheet each (`nodes`, `edges`, `sources`: the same columns as nodes.csv, edges.csv, sources.csv),
 * and before them a sheet `About` that says what is where: the dataset version, the filters, the
 * analysis options, the credits and licences, each sheet with its row count, and every column
 * with its meaning. Cells are typed (numbers as numbers, booleans as booleans, lists "|"-joined,
 * an unknown value an empty cell), so no locale decides what a cell holds and no text is ever
 * read as a formula.
 *
 * Excel's own limits: a cell holds at most 32,767 characters (a longer text, such as a very long
 * `sources` list, is cut with "…" and the About sheet says how many were); a sheet holds at most
 * 1,048,576 rows (a larger table is refused, never cut silently). Characters XML cannot carry are
 * dropped, as in GEXF and GraphML.
 */
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { CsvTable } from '../../contract/vocabularies.ts';
import { nodeFields, tableRows } from './csv.ts';
import { describeFilters, type ExportGraph } from './export-graph.ts';
import { EDGE_FIELDS, type Field } from './fields.ts';
import { xmlChars } from './xml.ts';

export const MAX_CELL_CHARS = 32_767;
export const MAX_ROWS = 1_048_576;

const SHEETS: { table: CsvTable; what: string }[] = [
  { table: 'nodes', what: 'One row per place: its id, the data model’s attributes and the analysis results' },
  { table: 'edges', what: 'One row per partnership (undirected): the ids a and b of its places, their names, its attributes' },
  { table: 'sources', what: 'One row per imported dataset, cited web site, and the project itself, with licence and attribution' },
];

const SOURCE_COLUMNS: Record<string, string> = {
  source: 'Dataset id, web site, or "jumelage" for the project',
  kind: 'dataset, web site, project or other',
  licence: 'Licence of the data',
  attribution: 'Whom to credit',
  file: 'Imported file',
  format: 'Its format',
  sha256: 'Its SHA-256',
  importedAt: 'When it was imported',
  citations: 'Places and partnerships of the view that cite it',
  pages: 'Distinct pages of the web site cited',
};

function columnsOf(g: ExportGraph, table: CsvTable): [string, string][] {
  const described = (fields: readonly Field[]) =>
    fields.map((f): [string, string] => [f.name, `${f.description}${f.type === 'list' ? ' ("|"-separated)' : ''}`]);
  if (table === 'nodes') return [['id', 'The place id (municipality id in Jumelage)'], ...described(nodeFields(g))];
  if (table === 'edges')
    return [
      ['a', 'Id of one place (nodes sheet)'],
      ['b', 'Id of the other place'],
      ['a_name', 'Name of place a'],
      ['b_name', 'Name of place b'],
      ...described(EDGE_FIELDS),
    ];
  return Object.entries(SOURCE_COLUMNS);
}

/** A cell's value as Excel takes it, and whether it had to be cut. */
function cellValue(v: unknown): { value: string | number | boolean | null; cut: boolean } {
  if (v === '' || v === null || v === undefined) return { value: null, cut: false };
  if (typeof v === 'number' || typeof v === 'boolean') return { value: v, cut: false };
  const s = xmlChars(String(v));
  return s.length > MAX_CELL_CHARS ? { value: `${s.slice(0, MAX_CELL_CHARS - 1)}…`, cut: true } : { value: s, cut: false };
}

/** Rows between two yields to the event loop: the rows are serialised on the main thread. */
const ROWS_PER_TURN = 500;

export async function writeXlsx(g: ExportGraph): Promise<Uint8Array> {
  const { meta } = g;
  const tables = SHEETS.map(({ table, what }) => {
    const [header, body] = tableRows(g, table);
    if (body.length + 1 > MAX_ROWS)
      throw new Error(`export/xlsx: the ${table} table has ${body.length} rows, more than an Excel sheet holds (${MAX_ROWS - 1})`);
    let cut = 0;
    const cells = body.map((row) =>
      row.map((v) => {
        const c = cellValue(v);
        if (c.cut) cut++;
        return c.value;
      }),
    );
    return { table, what, header, cells, cut };
  });

  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    out.on('end', resolve);
    out.on('error', reject);
  });
  // the streaming writer: several times faster than the in-memory workbook, and it lets us yield
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: false, useSharedStrings: false });
  const when = meta.updatedAt && !Number.isNaN(Date.parse(meta.updatedAt)) ? new Date(meta.updatedAt) : new Date('2000-01-01T00:00:00Z');
  wb.creator = meta.generator;
  wb.created = when;
  wb.modified = when;
  wb.title = 'Jumelage: town twinning partnerships';
  wb.description = xmlChars(meta.credits.text);

  const about = wb.addWorksheet('About');
  about.columns = [{ width: 24 }, { width: 60 }, { width: 60 }];
  const line = (...cells: (string | number)[]) => about.addRow(cells.map((c) => (typeof c === 'string' ? xmlChars(c) : c))).commit();
  line('Jumelage: town twinning partnerships');
  line('Dataset version', meta.datasetVersion);
  if (meta.updatedAt) line('Updated', meta.updatedAt);
  line('Filters', describeFilters(meta.filters));
  line('Analysis options', meta.analysis ? JSON.stringify(meta.analysis) : 'without analysis results');
  line('Left out by the filters', JSON.stringify(meta.leftOut));
  line('Made by', meta.generator);
  line('');
  line('Credits and licences', meta.credits.text);
  line('', 'The sheet "sources" lists every dataset and cited web site with its licence.');
  line('');
  line('Sheets', 'what', 'rows');
  for (const { table, what, cells } of tables) line(table, what, cells.length);
  line('', 'Lists are "|"-separated; an empty cell is an unknown value.');
  const cut = tables.reduce((sum, t) => sum + t.cut, 0);
  if (cut > 0)
    line(
      '',
      `${cut} texts longer than Excel's ${MAX_CELL_CHARS} characters per cell are cut, ending in "…"; the CSV export has them whole.`,
    );
  line('');
  line('Columns', 'sheet', 'meaning');
  for (const { table } of tables) for (const [name, meaning] of columnsOf(g, table)) line(name, table, meaning);
  about.commit();

  for (const { table, header, cells } of tables) {
    const sheet = wb.addWorksheet(table, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = header.map((name, i) => ({
      width: Math.min(60, Math.max(8, name.length + 2, ...cells.slice(0, 200).map((r) => String(r[i] ?? '').length + 1))),
    }));
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };
    sheet.addRow(header).commit();
    for (let i = 0; i < cells.length; i++) {
      sheet.addRow(cells[i]!).commit();
      if (i % ROWS_PER_TURN === ROWS_PER_TURN - 1) await new Promise((resolve) => setImmediate(resolve));
    }
    sheet.commit();
  }
  await wb.commit();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}
