/**
 * Spreadsheets in their own layout (format `table`, server/import/table/): a registry-style CSV
 * with German column names, German country names, founding years and lettered types imports
 * through the column mapping (checked row by row against the fixture); the same rows as an XLSX
 * workbook (built here with exceljs) read alike; a state column picks the right Friedberg from the
 * Destatis directory; and every bad mapping or value is an error that names its row or column.
 */
import ExcelJS from 'exceljs';
import { zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { toIsoCountry } from '../../server/domain/countries.ts';
import { loadGazetteer } from '../../server/services/import.service.ts';
import type { ImportGazetteer, ImportOptions, Prepared } from '../../server/import/pipeline.ts';
import { readTableFile } from '../../server/import/table/read.ts';
import { MAX_XLSX_UNPACKED } from '../../server/import/table/xlsx.ts';
import { IssueList } from '../../server/import/types.ts';
import { DESTATIS_CSV, dryRun, fixture, rejection } from './helpers.ts';

const REGISTRY = 'registry-partnerschaften.csv';
const TABLE: NonNullable<ImportOptions['table']> = {
  columns: 'nameA=Gemeinde,stateA=Bundesland,postcodeA=PLZ,nameB=Partnerstadt,countryB=Land,since=Seit,type=Art',
  types: 'P=partnership,F=friendship,K=contact',
  countryA: 'DE',
};
const TYPES: Record<string, string> = { P: 'partnership', F: 'friendship', K: 'contact' };
const COUNTRIES: Record<string, string> = {
  Frankreich: 'FR',
  Deutschland: 'DE',
  Großbritannien: 'GB',
  USA: 'US',
  'Vereinigte Staaten': 'US',
  Polen: 'PL',
  'Tschech. Republik': 'CZ',
  'Vereinigtes Königreich': 'GB',
};

/** The fixture's rows, read naively (it has no quotes): the expected values. */
function registryRows(): Record<string, string>[] {
  const [head, ...lines] = fixture(REGISTRY).toString('utf8').trim().split('\n');
  const header = head!.split(';');
  return lines.map((l) => Object.fromEntries(l.split(';').map((v, i) => [header[i]!, v])));
}

/** Each partnership as "nameA|nameB" → its type, year and B's country. */
function partnerships({ batch }: Prepared) {
  const byId = new Map(batch.places.map((p) => [p.id, p]));
  return new Map(
    batch.partnerships.map((p) => {
      const [a, b] = [byId.get(p.a)!, byId.get(p.b)!];
      return [`${a.name}|${b.name}`, { type: p.type, since: p.since, countryA: a.country, countryB: b.country, admin1: a.admin1 }];
    }),
  );
}

/** The fixture as an XLSX workbook: the same header and rows, years and postcodes as numbers as Excel keeps them. */
async function registryXlsx(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Partnerschaften');
  const [head, ...lines] = fixture(REGISTRY).toString('utf8').trim().split('\n');
  sheet.addRow(head!.split(';'));
  for (const l of lines) sheet.addRow(l.split(';').map((v, i) => (v !== '' && [2, 5].includes(i) ? Number(v) : v)));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('a registry-style table through --columns', () => {
  it('imports every row with its type, year and countries named in German', async () => {
    const prepared = await dryRun(fixture(REGISTRY), { table: TABLE }, REGISTRY);
    const rows = registryRows();
    const got = partnerships(prepared);
    expect(prepared.summary).toMatchObject({ format: 'table', rows: rows.length, partnerships: rows.length, unknownCountryEnds: 0 });
    for (const r of rows) {
      expect(got.get(`${r.Gemeinde}|${r.Partnerstadt}`), `${r.Gemeinde}–${r.Partnerstadt}`).toMatchObject({
        type: TYPES[r.Art!],
        since: r.Seit ? Number(r.Seit) : null,
        countryA: 'DE',
        countryB: COUNTRIES[r.Land!],
      });
    }
    const types: Record<string, number> = {};
    for (const r of rows) types[TYPES[r.Art!]!] = (types[TYPES[r.Art!]!] ?? 0) + 1;
    expect(prepared.summary.types).toEqual(types);
    expect(prepared.summary.dated).toBe(rows.filter((r) => r.Seit !== '').length);
  });

  it('reports how each column was read, with the first rows', async () => {
    const { summary } = await dryRun(fixture(REGISTRY), { table: TABLE }, REGISTRY);
    expect(summary.table).toMatchObject({ sheet: null, delimiter: ';', defaults: { countryA: 'DE' } });
    expect(summary.table?.columns).toContainEqual({ field: 'since', column: 'Seit', filled: registryRows().filter((r) => r.Seit).length });
    expect(summary.table?.samples[0]).toEqual({
      line: 2,
      values: expect.objectContaining({ nameA: 'Saarlouis', nameB: 'Saint-Nazaire', countryB: 'Frankreich', since: '1971', type: 'P' }),
    });
  });

  it('reads the same rows from an XLSX workbook as from the CSV', async () => {
    const csv = await dryRun(fixture(REGISTRY), { table: TABLE }, REGISTRY);
    const xlsx = await dryRun(await registryXlsx(), { table: TABLE }, 'registry.xlsx');
    expect(xlsx.summary).toMatchObject({ format: 'table', encoding: 'xlsx', table: { sheet: 'Partnerschaften', delimiter: null } });
    expect([...partnerships(xlsx)].sort()).toEqual([...partnerships(csv)].sort());
    expect(xlsx.batch.places.map((p) => [p.name, p.country, p.admin1]).sort()).toEqual(
      csv.batch.places.map((p) => [p.name, p.country, p.admin1]).sort(),
    );
  });
});

describe('country names in German, English or French', () => {
  it.each([
    ['Frankreich', 'FR'],
    ['Tschech. Republik', 'CZ'],
    ['Großbritannien', 'GB'],
    ['USA', 'US'],
    ['Vereinigte Staaten', 'US'],
    ['Royaume-Uni', 'GB'],
    ['Allemagne', 'DE'],
    ['Österreich', 'AT'],
    ['Czech Republic', 'CZ'],
  ])('%s is %s', (name, code) => {
    expect(toIsoCountry(name)).toBe(code);
  });
});

describe('state and postcode help the directory match', () => {
  let gazetteer: ImportGazetteer;
  beforeAll(() => {
    gazetteer = loadGazetteer(DESTATIS_CSV);
  });
  const LIST = 'Stadt;Bundesland;PLZ;Partner;Land\nFriedberg;Hessen;;Magny-le-Hongre;Frankreich\nFriedberg;Bayern;;Bressuire;Frankreich\n';
  const columns = 'nameA=Stadt,stateA=Bundesland,postcodeA=PLZ,nameB=Partner,countryB=Land';

  it('the directory has both Friedbergs, so the name alone decides nothing', () => {
    const names = gazetteer.gazetteer.candidates('Friedberg').map((c) => c.entry.name);
    expect(names).toEqual(expect.arrayContaining(['Friedberg (Hessen), Kreisstadt', 'Friedberg, St']));
  });

  it('"Friedberg, Hessen" is Friedberg (Hessen), "Friedberg, Bayern" Friedberg (Bayern)', async () => {
    const { batch } = await dryRun(LIST, { table: { columns, countryA: 'DE' }, gazetteer }, 'friedberg.csv');
    const friedbergs = batch.places.filter((p) => p.name === 'Friedberg').map((p) => [p.ags, p.admin1]);
    expect(friedbergs.sort()).toEqual([
      ['06440008', 'DE-HE'],
      ['09771130', 'DE-BY'],
    ]);
  });

  it('a postcode alone decides too (Friedberg 86316 is the Bavarian one)', async () => {
    const list = 'Stadt;Bundesland;PLZ;Partner;Land\nFriedberg;;86316;Bressuire;Frankreich\n';
    const { batch } = await dryRun(list, { table: { columns, countryA: 'DE' }, gazetteer }, 'friedberg.csv');
    expect(batch.places.find((p) => p.name === 'Friedberg')?.ags).toBe('09771130');
  });
});

describe('bad tables and mappings are errors that say where and why', () => {
  const CSV = 'Ort,Partner,Land,Art\nJena,Erlangen,Deutschland,X\n';

  it('an unknown field in columns', async () => {
    const errors = await rejection(dryRun(CSV, { table: { columns: 'nameA=Ort,nameB=Partner,partnerCountry=Land' } }));
    expect(errors).toEqual([
      { field: 'columns', message: expect.stringMatching(/^unknown field "partnerCountry" \(the fields are nameA, /) },
    ]);
  });

  it('a column that is not in the header', async () => {
    const errors = await rejection(dryRun(CSV, { table: { columns: 'nameA=Ort,nameB=Partnerstadt' } }));
    expect(errors).toEqual([
      {
        field: 'line 1, column Partnerstadt',
        message: 'nameB=Partnerstadt: the header has no column "Partnerstadt" (it has "Ort", "Partner", "Land", "Art")',
      },
    ]);
  });

  it('a type value without a mapping, with its row and column', async () => {
    const errors = await rejection(
      dryRun(CSV, { table: { columns: 'nameA=Ort,nameB=Partner,countryB=Land,type=Art', types: 'P=partnership' } }),
    );
    expect(errors).toEqual([{ field: 'line 2, column Art', message: 'type "X" has no mapping (--types value=type; mapped: p)' }]);
  });

  it('an unknown type in types, and an unknown default country', async () => {
    const errors = await rejection(
      dryRun(CSV, { table: { columns: 'nameA=Ort,nameB=Partner,type=Art', types: 'X=twinning', countryA: 'Atlantis' } }),
    );
    expect(errors.map((e) => e.field)).toEqual(['types', 'countryA']);
  });

  it('the table format without columns', async () => {
    const errors = await rejection(dryRun(CSV, { format: 'table' }));
    expect(errors).toEqual([{ field: 'columns', message: 'the table format needs columns (field=column,…)' }]);
  });

  it('an XLSX file that unpacks past the limit is refused as a possible zip bomb, naming the limit', async () => {
    // 4 MB of zeros pack into a few kB; the limit here is 1 MB (MAX_XLSX_UNPACKED in use)
    const bomb = zipSync({ 'xl/sharedStrings.xml': new Uint8Array(4 * 1024 * 1024) }, { level: 9 });
    expect(bomb.length).toBeLessThan(64 * 1024);
    const issues = new IssueList();
    expect(await readTableFile(bomb, issues, 1024 * 1024)).toBeNull();
    expect(issues.items.map((i) => i.message)).toEqual([
      'the XLSX file is refused: it unpacks to more than 1 MB (the limit for XLSX input; a possible zip bomb); nothing was read',
    ]);
    expect(MAX_XLSX_UNPACKED).toBe(200 * 1024 * 1024);
  });

  it('an XLSX part with an entity declaration is refused, as GEXF and GraphML are', async () => {
    const xml = new TextEncoder().encode('<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY a "aaaa">]>\n<sst>&a;</sst>');
    const errors = await rejection(dryRun(zipSync({ 'xl/sharedStrings.xml': xml }), { table: { columns: 'nameA=a,nameB=b' } }));
    expect(errors).toEqual([
      {
        field: 'line 2, column xl/sharedStrings.xml',
        message: expect.stringMatching(/^a DOCTYPE or ENTITY declaration is not accepted in XLSX \(part xl\/sharedStrings\.xml\)/),
      },
    ]);
  });
});
