/**
 * `npm run import` as a user runs it: the CLI as a child process against the test Neo4j
 * (NEO4J_URI), on a directory in the project's format, a file it must refuse, and a bad command
 * line. It says where it writes, prints its summary, and a refused file changes nothing.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db/database.ts';
import { runCli } from '../helpers/cli.ts';
import { countGraph, emptyTestDb, testConnection } from '../helpers/neo4j.ts';

const DIR = path.resolve('test/fixtures/import/jumelage-dir');
const BOMB = path.resolve('test/fixtures/import/billion-laughs.gexf');

const importCli = (...args: string[]) => runCli('import', ...args);

describe('npm run import', () => {
  let db: Database;
  beforeAll(async () => {
    db = await emptyTestDb();
  });
  afterAll(async () => {
    await db?.close();
  });

  it('imports a directory of the project format (municipalities.csv, partnerships.csv) and says where it wrote', async () => {
    const run = await importCli(DIR, '--json');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain(`Writing to the Neo4j at ${testConnection().uri}`);
    const summary = JSON.parse(run.stdout) as { format: string; partnerships: number; nodes: number; write: { version: number } | null };
    expect(summary).toMatchObject({ format: 'jumelage', partnerships: 1, nodes: 2 });
    expect(summary.write?.version).toBeGreaterThan(0);
    expect(await countGraph(db)).toMatchObject({ municipalities: 2, partnerships: 1 });
  });

  it('refuses an XML bomb with its line and exit code 1, and writes nothing', async () => {
    const before = await countGraph(db);
    const run = await importCli(BOMB);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/line 2: a DOCTYPE or ENTITY declaration is not accepted in GEXF/);
    expect(await countGraph(db)).toEqual(before);
  });

  it('a bad command line is exit code 2 with the usage', async () => {
    const run = await importCli(DIR, '--format', 'xlsx');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/unknown format xlsx\nusage: npm run import/);
  });
});
