/**
 * POST /api/imports/columns: a table's header, first rows and guessed mapping, read as an import
 * with `columns` reads it. A registry CSV with semicolons and German headers and the same rows as
 * XLSX answer alike (and the guess, sent back as `columns`, imports every row); an empty body, XML,
 * a single column, a header without rows and a broken XLSX are 400 problems that say why; the
 * token is checked as for imports; the OpenAPI document declares the endpoint.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TableColumnsSchema } from '../../contract/api/imports.ts';
import type { RunningService } from '../../server/runtime.ts';
import { parseStrict } from '../helpers/contract.ts';
import { startTestService } from '../helpers/service.ts';
import { fixture } from '../import/helpers.ts';
import { PARTNERSCHAFTEN_GUESS } from '../fixtures/import/registry-guesses.ts';

const TOKEN = 'import-columns-test-token-0123456789';
const REGISTRY = fixture('registry-partnerschaften.csv');
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const GUESS = PARTNERSCHAFTEN_GUESS;

/** The fixture's rows as the naive reading sees them (it has no quotes). */
function rows(): { header: string[]; lines: string[][] } {
  const [head, ...lines] = REGISTRY.toString('utf8').trim().split('\n');
  return { header: head!.split(';'), lines: lines.map((l) => l.split(';')) };
}

async function registryXlsx(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Partnerschaften');
  const { header, lines } = rows();
  sheet.addRow(header);
  // the postcode and the year as numbers, as Excel keeps them
  for (const l of lines) sheet.addRow(l.map((v, i) => (v !== '' && [2, 5].includes(i) ? Number(v) : v)));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('POST /api/imports/columns', () => {
  let service: RunningService;
  beforeAll(async () => {
    service = await startTestService({ API_TOKEN: TOKEN });
  });
  afterAll(async () => {
    await service?.stop();
  });

  const post = (body: Uint8Array | string, type = 'text/csv', token: string | null = TOKEN, path = '/api/imports/columns') =>
    fetch(`${service.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': type, ...(token === null ? {} : { authorization: `Bearer ${token}` }) },
      body: typeof body === 'string' ? body : new Uint8Array(body),
    });

  async function columns(body: Uint8Array | string, type = 'text/csv') {
    const res = await post(body, type);
    const text = await res.text();
    expect(res.status, text.slice(0, 300)).toBe(200);
    return parseStrict(TableColumnsSchema, JSON.parse(text), 'POST /api/imports/columns');
  }

  it('reads a CSV with semicolons and German headers: header, first rows, a guessed mapping', async () => {
    const { header, lines } = rows();
    const answer = await columns(REGISTRY);
    expect(answer).toMatchObject({
      header: header.map((h) => h.trim()),
      sheet: null,
      delimiter: ';',
      encoding: 'utf-8',
      rows: lines.length,
    });
    expect(answer.suggested).toEqual(GUESS);
    expect(answer.samples).toHaveLength(5);
    answer.samples.forEach((sample, i) => {
      expect(sample.line).toBe(i + 2);
      expect(sample.values).toEqual(Object.fromEntries(header.map((h, j) => [h, lines[i]![j] ?? ''])));
    });

    // the guess, sent back as `columns`, reads every row
    const query = new URLSearchParams({
      dryRun: 'true',
      gazetteer: 'false',
      countryA: 'DE',
      columns: Object.entries(answer.suggested)
        .map(([f, c]) => `${f}=${c}`)
        .join(','),
      types: 'P=partnership,F=friendship,K=contact',
    });
    const res = await post(REGISTRY, 'text/csv', TOKEN, `/api/imports?${query}`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ format: 'table', rows: lines.length, partnerships: lines.length, unknownCountryEnds: 0 });
  });

  it('reads the same rows from an XLSX workbook alike', async () => {
    const fromCsv = await columns(REGISTRY);
    const fromXlsx = await columns(await registryXlsx(), XLSX_TYPE);
    expect(fromXlsx).toMatchObject({ sheet: 'Partnerschaften', delimiter: null, encoding: 'xlsx', rows: fromCsv.rows });
    // the last column (Bemerkung) is empty in most rows; the header is the same
    expect(fromXlsx.header).toEqual(fromCsv.header);
    expect(fromXlsx.suggested).toEqual(GUESS);
    expect(fromXlsx.samples.map((s) => s.line)).toEqual(fromCsv.samples.map((s) => s.line));
    // an Excel number reads back as its digits (a postcode's leading zero comes back at import)
    expect(fromXlsx.samples.map((s) => [s.values.Gemeinde, s.values.PLZ, s.values.Seit])).toEqual(
      fromCsv.samples.map((s) => [s.values.Gemeinde, s.values.PLZ, s.values.Seit]),
    );
  });

  it('answers 400 with the reason for what is not a table', async () => {
    const problem = async (body: Uint8Array | string, type = 'text/csv') => {
      const res = await post(body, type);
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
      return (await res.json()) as { detail: string; errors?: { field: string; message: string }[] };
    };
    expect((await problem('')).detail).toMatch(/body is empty/);
    const gexf = await problem(fixture('gephi-1.3.gexf'), 'application/xml');
    expect(gexf.errors).toEqual([{ field: 'line 1', message: expect.stringMatching(/begins like XML/) }]);
    const json = await problem('[{"a": 1, "b": 2}]', 'application/json');
    expect(json.errors?.[0]?.message).toMatch(/begins like JSON/);
    const single = await problem('Gemeinde\nJena\nSaarlouis\n');
    expect(single.errors?.[0]?.message).toMatch(/one column/);
    const empty = await problem('Gemeinde;Partnerstadt\n');
    expect(empty.errors?.[0]?.message).toMatch(/no rows/);
    const broken = await problem(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6]), XLSX_TYPE);
    expect(broken.errors?.[0]?.message).toMatch(/not a readable XLSX|XLSX file is refused/);
  });

  it('needs the write token, checked before the body is read', async () => {
    const none = await post(REGISTRY, 'text/csv', null);
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toMatch(/^Bearer/);
    await none.arrayBuffer();
    const wrong = await post(REGISTRY, 'text/csv', 'not-the-token-0123456789');
    expect(wrong.status).toBe(403);
    await wrong.arrayBuffer();
  });

  it('is in the OpenAPI document, with the token and its answer', async () => {
    const doc = (await (await fetch(`${service.url}/api/openapi.json`)).json()) as {
      paths: Record<
        string,
        Record<
          string,
          {
            security?: unknown;
            requestBody?: { content: Record<string, unknown> };
            responses: Record<string, { content?: Record<string, { schema: { properties?: Record<string, unknown> } }> }>;
          }
        >
      >;
    };
    const op = doc.paths['/api/imports/columns']!.post!;
    expect(op.security).toEqual([{ bearer: [] }]);
    expect(Object.keys(op.requestBody!.content)).toEqual(expect.arrayContaining(['text/csv', XLSX_TYPE]));
    expect(Object.keys(op.responses['200']!.content!['application/json']!.schema.properties!)).toEqual(
      expect.arrayContaining(['header', 'sheet', 'delimiter', 'encoding', 'rows', 'samples', 'suggested']),
    );
    expect(Object.keys(op.responses)).toEqual(expect.arrayContaining(['400', '401', '403', '413']));
  });
});
