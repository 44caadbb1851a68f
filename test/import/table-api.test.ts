/**
 * POST /api/imports with `columns`, `types` and `countryA`: the same mapping as the CLI, from the
 * query; an XLSX body reads like the CSV; a bad mapping is a 400 naming the parameter, and
 * nothing is written.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningService } from '../../server/runtime.ts';
import { startTestService } from '../helpers/service.ts';

const TOKEN = 'table-import-test-token-0123456789';
const CSV = 'Gemeinde;Partnerstadt;Land;Seit;Art\nJena;Erlangen;Deutschland;1987;P\nJena;Berkeley;Vereinigte Staaten;;K\n';
const QUERY = `?dryRun=true&gazetteer=false&countryA=DE&columns=${encodeURIComponent('nameA=Gemeinde,nameB=Partnerstadt,countryB=Land,since=Seit,type=Art')}&types=${encodeURIComponent('P=partnership,K=contact')}`;

describe('POST /api/imports with a column mapping', () => {
  let service: RunningService;
  beforeAll(async () => {
    service = await startTestService({ API_TOKEN: TOKEN });
  });
  afterAll(async () => {
    await service?.stop();
  });

  const post = (body: Uint8Array | string, query: string, type = 'text/csv') =>
    fetch(`${service.url}/api/imports${query}`, {
      method: 'POST',
      headers: { 'content-type': type, authorization: `Bearer ${TOKEN}` },
      body: typeof body === 'string' ? body : new Uint8Array(body),
    });

  it('reads a CSV and an XLSX table through the mapping', async () => {
    const res = await post(CSV, QUERY);
    expect(res.status).toBe(200);
    const summary = await res.json();
    expect(summary).toMatchObject({ format: 'table', partnerships: 2, types: { partnership: 1, contact: 1 }, dated: 1, write: null });
    expect(summary.countries).toEqual({ DE: 3, US: 1 });
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Liste');
    for (const line of CSV.trim().split('\n')) sheet.addRow(line.split(';'));
    const xlsx = new Uint8Array(await workbook.xlsx.writeBuffer());
    const fromXlsx = await post(xlsx, QUERY, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(fromXlsx.status).toBe(200);
    expect(await fromXlsx.json()).toMatchObject({
      format: 'table',
      encoding: 'xlsx',
      types: summary.types,
      dated: 1,
      countries: summary.countries,
    });
  });

  it('a bad mapping or a lone types is a 400 naming the parameter', async () => {
    const bad = await post(CSV, `?dryRun=true&gazetteer=false&columns=${encodeURIComponent('nameA=Gemeinde,city=Partnerstadt')}`);
    expect(bad.status).toBe(400);
    expect((await bad.json()).errors).toEqual([{ field: 'columns', message: expect.stringMatching(/^unknown field "city"/) }]);
    const lone = await post(CSV, '?dryRun=true&gazetteer=false&types=P%3Dpartnership');
    expect(lone.status).toBe(400);
    expect((await lone.json()).errors).toEqual([{ field: 'types', message: 'goes with columns (a table in its own layout)' }]);
  });
});
