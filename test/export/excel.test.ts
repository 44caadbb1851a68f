/**
 * Excel (issue 21, part 3): the CSV dialects for Excel, parsed back (byte order mark, separator,
 * decimal comma only in number cells, formula-like texts defused), the XLSX workbook read back by
 * another reader (Python's openpyxl), and the 400 problem answers for a bad format or dialect.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSV_TABLES } from '../../contract/vocabularies.ts';
import { NODE_DATA_FIELDS, NODE_METRIC_FIELDS } from '../../server/export/fields.ts';
import type { RunningService } from '../../server/runtime.ts';
import { requirePython } from '../helpers/python.ts';
import { startTestService } from '../helpers/service.ts';
import { loadFixture, TRICKY_ID, TRICKY_NAME } from './fixture.ts';

const BOM = '\uFEFF';
const DOUBLES = new Set([...NODE_DATA_FIELDS, ...NODE_METRIC_FIELDS].filter((f) => f.type === 'double').map((f) => f.name));
/** The text of a file with its byte order mark kept (TextDecoder drops it by default). */
const withBom = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

/** openpyxl's view of a workbook: sheet names in order, and each sheet's rows of typed values. */
const READ_XLSX = `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1], read_only=True)
def cell(v):
    return v if v is None or isinstance(v, (bool, int, float, str)) else str(v)
print(json.dumps({"sheets": wb.sheetnames, "rows": {ws.title: [[cell(v) for v in row] for row in ws.iter_rows(values_only=True)] for ws in wb.worksheets}}))
`;

describe('exports for Excel', () => {
  let service: RunningService;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'jumelage-excel-'));

  async function get(query: string) {
    for (let i = 0; i < 600; i++) {
      const res = await fetch(`${service.url}/api/export?${query}`);
      if (res.status !== 202) {
        const bytes = new Uint8Array(await res.arrayBuffer());
        return { status: res.status, headers: res.headers, bytes, text: withBom(bytes) };
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`export ${query} did not finish`);
  }

  beforeAll(async () => {
    await loadFixture();
    service = await startTestService();
  });
  afterAll(async () => {
    await service?.stop();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('dialect=excel: a byte order mark, commas, CRLF, the same cells as the plain CSV', async () => {
    const plain = await get('format=csv&table=nodes');
    const excel = await get('format=csv&table=nodes&dialect=excel');
    expect(excel.status).toBe(200);
    expect(excel.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(excel.headers.get('content-disposition')).toMatch(/filename="jumelage-v\d+-nodes-excel\.csv"/);
    expect([...excel.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(plain.text.startsWith(BOM)).toBe(false);
    expect(excel.text.split('\r\n')[0]).toBe(`${BOM}${plain.text.split('\n')[0]}`);
    const rows = parseCsv(excel.text, { bom: true, columns: true }) as Record<string, string>[];
    const plainRows = parseCsv(plain.text, { columns: true }) as Record<string, string>[];
    expect(rows).toEqual(plainRows);
    expect(rows.find((r) => r.id === TRICKY_ID)?.name).toBe(TRICKY_NAME);
  });

  it('dialect=excel-de: semicolons, and a decimal comma in number cells only', async () => {
    const plain = parseCsv((await get('format=csv&table=nodes')).text, { columns: true }) as Record<string, string>[];
    const de = await get('format=csv&table=nodes&dialect=excel-de');
    expect(de.text.startsWith(BOM)).toBe(true);
    const header = de.text.slice(1).split('\r\n')[0]!;
    expect(header.split(';')).toContain('pagerank');
    expect(header).not.toContain(',');
    const rows = parseCsv(de.text, { bom: true, delimiter: ';', columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(plain.length);
    let decimals = 0;
    rows.forEach((row, i) => {
      const before = plain[i]!;
      for (const [column, value] of Object.entries(row)) {
        const was = before[column]!;
        if (DOUBLES.has(column) && was !== '') {
          // a number: the same digits, the decimal point now a comma
          expect([column, value]).toEqual([column, was.replace('.', ',')]);
          if (was.includes('.')) decimals++;
          expect(Number(value.replace(',', '.'))).toBe(Number(was));
        } else {
          // integers and texts as they were: a text keeps its dots and commas (names, URLs)
          expect([row.id, column, value]).toEqual([before.id, column, was]);
        }
      }
    });
    expect(decimals).toBeGreaterThan(10);
    expect(rows.some((r) => /\./.test(r.sources ?? ''))).toBe(true);
  });

  it('the dialects apply to every table of the zip, and its README says which', async () => {
    const zip = await get('format=csv&dialect=excel-de');
    expect(zip.headers.get('content-disposition')).toMatch(/filename="jumelage-v\d+-csv-excel-de\.zip"/);
    const files = unzipSync(zip.bytes);
    for (const table of CSV_TABLES) {
      const text = withBom(files[`${table}.csv`]!);
      expect([table, text.startsWith(BOM), text.includes('\r\n')]).toEqual([table, true, true]);
    }
    expect(withBom(files['edges.csv']!).slice(1).split('\r\n')[0]).toBe(
      'a;b;a_name;b_name;type;since;until;crossGermany;crossEurope;sources',
    );
    expect(withBom(files['README.txt']!)).toContain('semicolon-separated, decimal comma');
  });

  it('XLSX: openpyxl reads an About sheet, then one sheet per table with typed cells', async () => {
    const res = await get('format=xlsx');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers.get('content-disposition')).toMatch(/filename="jumelage-v\d+\.xlsx"/);
    const file = path.join(tmp, 'export.xlsx');
    fs.writeFileSync(file, res.bytes);
    const python = requirePython('openpyxl');
    const book = JSON.parse(execFileSync(python, ['-c', READ_XLSX, file], { encoding: 'utf8', maxBuffer: 64 << 20 })) as {
      sheets: string[];
      rows: Record<string, unknown[][]>;
    };
    expect(book.sheets).toEqual(['About', 'nodes', 'edges', 'sources']);

    // every table as the CSV export has it: the same header, the same rows, numbers as numbers
    for (const table of CSV_TABLES) {
      const csv = parseCsv((await get(`format=csv&table=${table}`)).text) as string[][];
      const sheet = book.rows[table]!;
      expect([table, sheet[0]]).toEqual([table, csv[0]]);
      expect([table, sheet.length]).toEqual([table, csv.length]);
      sheet.slice(1).forEach((row, r) => {
        const text = row.map((v) => (v === null ? '' : typeof v === 'boolean' ? String(v) : String(v)));
        expect([table, r, text]).toEqual([table, r, csv[r + 1]!.slice(0, text.length)]);
      });
    }
    const header = book.rows.nodes![0] as string[];
    const tricky = book.rows.nodes!.find((r) => r[0] === TRICKY_ID)!;
    expect(tricky[header.indexOf('name')]).toBe(TRICKY_NAME);
    expect(typeof tricky[header.indexOf('population')]).toBe('number');
    expect(typeof tricky[header.indexOf('pagerank')]).toBe('number');
    const edgeHeader = book.rows.edges![0] as string[];
    expect(book.rows.edges!.slice(1).every((r) => typeof r[edgeHeader.indexOf('crossEurope')] === 'boolean')).toBe(true);

    // the About sheet: the dataset version, the filters, the credits, and what is where
    const about = book.rows.About!.map((r) => r.filter((v) => v !== null).join(' | '));
    const version = Number(/jumelage-v(\d+)/.exec(res.headers.get('content-disposition')!)![1]);
    expect(about).toContain(`Dataset version | ${version}`);
    expect(about).toContain('Filters | none (the whole dataset)');
    expect(about.find((l) => l.startsWith('Credits and licences'))).toMatch(/CC0 1\.0.*de\.wikipedia\.org.*CC BY-SA 4\.0/);
    for (const table of CSV_TABLES)
      expect(about.some((l) => l.startsWith(`${table} | `) && l.endsWith(` | ${book.rows[table]!.length - 1}`))).toBe(true);
    expect(about).toContain('pagerank | nodes | PageRank, alpha 0.85');
  });

  it('answers 400 problem+json naming the parameter for an unknown format or dialect', async () => {
    for (const [query, parameter] of [
      ['format=ods', 'format'],
      ['format=csv&dialect=excel-fr', 'dialect'],
      ['format=xlsx&dialect=excel', 'dialect'],
    ] as const) {
      const res = await get(query);
      expect([query, res.status]).toEqual([query, 400]);
      expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect([query, res.text]).toEqual([query, expect.stringContaining(parameter)]);
    }
  });
});
