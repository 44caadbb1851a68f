/**
 * `npm run import -- <table> --columns …` as a user runs it (a dry run, no database written): it
 * prints how each column was read and the first rows, the summary counts types and dated
 * partnerships (also with --json), and a bad mapping is a bad command line (exit code 2).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.ts';

const REGISTRY = path.resolve('test/fixtures/import/registry-partnerschaften.csv');
const COLUMNS = 'nameA=Gemeinde,stateA=Bundesland,postcodeA=PLZ,nameB=Partnerstadt,countryB=Land,since=Seit,type=Art';
const MAPPING = ['--columns', COLUMNS, '--types', 'P=partnership,F=friendship,K=contact', '--country-a', 'DE'];

describe('npm run import with --columns', () => {
  it('a dry run prints the columns as read, the first rows and the counts by type', async () => {
    const run = await runCli('import', REGISTRY, ...MAPPING, '--dry-run');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('as table (utf-8)');
    expect(run.stdout).toContain('by type: partnership 9, friendship 2, contact 1; with a founding year 11');
    expect(run.stdout).toContain('Columns (CSV separated by ";"):');
    expect(run.stdout).toMatch(/since +← "Seit" \(11 rows with a value\)/);
    expect(run.stdout).toContain(
      'line 2: nameA=Saarlouis, stateA=Saarland, postcodeA=66740, nameB=Saint-Nazaire, countryB=Frankreich, since=1971, type=P',
    );
  });

  it('--json carries types, dated and the reading', async () => {
    const run = await runCli('import', REGISTRY, ...MAPPING, '--dry-run', '--json');
    expect(run.code, run.stderr).toBe(0);
    const summary = JSON.parse(run.stdout) as { types: Record<string, number>; dated: number; table: { columns: unknown[] } };
    expect(summary.types).toEqual({ partnership: 9, friendship: 2, contact: 1 });
    expect(summary.dated).toBe(11);
    expect(summary.table.columns).toHaveLength(7);
  });

  it('an unknown field in --columns is a bad command line', async () => {
    const run = await runCli('import', REGISTRY, '--columns', 'nameA=Gemeinde,nameB=Partnerstadt,jahr=Seit', '--dry-run');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^--columns: unknown field "jahr" \(the fields are nameA, /);
  });

  it('a column the header lacks rejects the file (exit code 1), naming the column', async () => {
    const run = await runCli('import', REGISTRY, '--columns', 'nameA=Gemeinde,nameB=Partner', '--dry-run');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('line 1, column Partner: nameB=Partner: the header has no column "Partner"');
  });
});
