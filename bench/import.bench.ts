/**
 * Import of the whole Wikipedia twin-town list (open-data/twin-cities-wikipedia.csv) into a
 * running, empty Neo4j: a fresh embedded server in a temporary folder (its start is not timed),
 * then the time from reading the file to the committed transaction, rows per second, and the
 * target (< 20 s, docs/importing.md). Run with `npm run bench -- import`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Database } from '../server/db/database.ts';
import { loadQueries } from '../server/db/queries.ts';
import { LocalNeo4j } from '../server/neo4j/local-neo4j.ts';
import { runImport } from '../server/services/import.service.ts';

const TARGET_S = 20;

export default async function importBench(): Promise<void> {
  const file = path.resolve('open-data/twin-cities-wikipedia.csv');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jumelage-bench-import-'));
  const server = new LocalNeo4j({
    homeDir: path.resolve(process.env.NEO4J_HOME ?? '.neo4j'),
    dataDir,
    boltPort: 0,
    heap: '1g',
    pageCache: '256m',
    startTimeoutMs: 180_000,
  });
  const conn = await server.start();
  const db = Database.connect({ ...conn, database: 'neo4j' }, loadQueries());
  try {
    await db.applySchema();
    const started = performance.now();
    const bytes = fs.readFileSync(file);
    const summary = await runImport(db, [{ name: path.basename(file), bytes }], path.basename(file), {
      format: 'wikipedia',
      strict: false,
      dryRun: false,
      replace: false,
      allMunicipalities: false,
    });
    const seconds = (performance.now() - started) / 1000;
    const [counts] = await db.read<{ municipalities: number; partnerships: number }>('read/count-graph');
    console.log(`file           ${file}`);
    console.log(
      `rows           ${summary.rows}  →  ${counts?.municipalities} municipalities, ${counts?.partnerships} partnerships in Neo4j`,
    );
    console.log(
      `phases         parse ${summary.timings.parseMs} ms, resolve ${summary.timings.resolveMs} ms, write ${summary.timings.writeMs} ms`,
    );
    console.log(`read → commit  ${seconds.toFixed(2)} s  (${Math.round(summary.rows / seconds)} rows/s)`);
    console.log(`target         < ${TARGET_S} s: ${seconds < TARGET_S ? 'met' : 'MISSED'} (${(TARGET_S / seconds).toFixed(1)}× margin)`);
  } finally {
    await db.close();
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
