/**
 * Faults against a real Neo4j of the test's own (a second managed server, so the shared test
 * server is not disturbed): Neo4j down at start and coming up, Neo4j stopped and started while
 * the API serves, Neo4j killed in the middle of a replacing import (after its first batch was
 * written), and the service stopped with SIGTERM during requests.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Database } from '../../server/db/database.ts';
import { writeBatch } from '../../server/db/graph-writer.ts';
import { loadQueries } from '../../server/db/queries.ts';
import { toAppError } from '../../server/errors.ts';
import { freePort, LocalNeo4j, type LocalNeo4jState } from '../../server/neo4j/local-neo4j.ts';
import { isAlive, readRunFile, withStartLock } from '../../server/neo4j/run-file.ts';
import type { RunningService } from '../../server/runtime.ts';
import { readSeedBatch } from '../../server/seeds/seed-batch.ts';
import { runImport } from '../../server/services/import.service.ts';
import { startTestService } from '../helpers/service.ts';
import { testConnection } from '../helpers/neo4j.ts';
import { fixture } from '../import/helpers.ts';
import { graphSnapshot, manyPlacesFile, observeWrites, WRITER_BATCH } from '../integration/write-atomicity.ts';

const homeDir = testConnection().homeDir;
// The service as `npm start` runs it: compiled to JavaScript (`npm run build`; `npm test` builds before vitest).
const COMPILED_MAIN = 'dist/server/server/main.js';
const dirs: string[] = [];
const fresh = () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'jumelage-faults-'));
  dirs.push(d);
  return d;
};
const servers: LocalNeo4j[] = [];
function manager(dataDir: string, boltPort: number): LocalNeo4j {
  const m = new LocalNeo4j({
    homeDir,
    dataDir,
    boltPort,
    heap: '512m',
    pageCache: '64m',
    startTimeoutMs: 120_000,
    backoff: { initialMs: 300, maxMs: 2000 },
  });
  servers.push(m);
  return m;
}
async function until<T>(probe: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe().catch(() => undefined);
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 250));
  }
}
const status = async (url: string) => (await fetch(url)).status;
/** Resolves when the managed server is in `state` (at once if it is already). */
const reaches = (neo: LocalNeo4j, state: LocalNeo4jState) =>
  new Promise<void>((resolve) => {
    if (neo.state === state) return resolve();
    const on = (s: LocalNeo4jState) => {
      if (s !== state) return;
      neo.off('state', on);
      resolve();
    };
    neo.on('state', on);
  });

afterAll(async () => {
  for (const s of servers) await s.stop().catch(() => {});
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

describe('when Neo4j fails', () => {
  it('starts without Neo4j, answers 503, and works once Neo4j comes up, without a restart', async () => {
    const dataDir = fresh();
    const port = await freePort();
    const neo = manager(dataDir, port);
    const conn = await neo.start(); // initialise the store and its password
    // a server named by NEO4J_URI is never filled by a start (runtime.ts): the test loads its data itself
    const seeded = Database.connect({ ...conn, database: 'neo4j' }, loadQueries());
    await seeded.applySchema();
    await writeBatch(seeded, readSeedBatch(path.resolve('seeds')));
    await seeded.close();
    await neo.stop();

    const service: RunningService = await startTestService({ NEO4J_URI: conn.uri, NEO4J_PASSWORD: conn.password });
    try {
      const health = await fetch(`${service.url}/api/health`);
      expect(health.status).toBe(503);
      expect(((await health.json()) as { neo4j: { reason: string } }).neo4j.reason).toMatch(/not reachable/);
      const graph = await fetch(`${service.url}/api/graph`);
      expect(graph.status).toBe(503);
      expect(graph.headers.get('retry-after')).toBeTruthy();

      await neo.start();
      await until(async () => ((await status(`${service.url}/api/health`)) === 200 ? true : undefined), 30_000);
      // the service connected by itself and serves what the server holds
      const body = (await (await fetch(`${service.url}/api/health`)).json()) as { dataset: { partnerships: number } };
      expect(body.dataset.partnerships).toBe(readSeedBatch(path.resolve('seeds')).partnerships.length);

      // stopped while serving: requests fail cleanly, then the service recovers by itself
      await neo.stop();
      await until(async () => ((await status(`${service.url}/api/health`)) === 503 ? true : undefined), 10_000);
      const during = await fetch(`${service.url}/api/municipalities/de-saarlouis`);
      expect([200, 503]).toContain(during.status); // served from the graph of the same version, or 503
      expect(during.headers.get('content-type')).toMatch(during.status === 503 ? /problem\+json/ : /json/);
      await neo.start();
      await until(async () => ((await status(`${service.url}/api/health`)) === 200 ? true : undefined), 30_000);

      // a write by another process: the service serves the new version, not its cache
      const db = Database.connect({ ...neo.connection(), database: 'neo4j' }, loadQueries());
      await writeBatch(db, {
        places: [
          {
            id: 'xx-recovered',
            name: 'Recovered',
            aliases: [],
            country: 'FR',
            admin1: null,
            admin2: null,
            ags: null,
            wikidata: null,
            kind: 'municipality',
            lat: null,
            lon: null,
            population: null,
            sources: ['test'],
          },
        ],
        partnerships: [],
        networks: [],
      });
      await db.close();
      await until(async () => ((await status(`${service.url}/api/municipalities/xx-recovered`)) === 200 ? true : undefined), 5000);
    } finally {
      await service.stop();
    }
  }, 240_000);

  it('keeps exactly what it held when Neo4j is killed during a replacing import, after its first batch, and is restarted', async () => {
    const dataDir = fresh();
    const neo = manager(dataDir, 0);
    const conn = await neo.start();
    const db = Database.connect({ ...conn, database: 'neo4j' }, loadQueries());
    await db.applySchema();
    // the database holds data: the seeds, the Wikipedia sample merged in (with its Source node)
    await writeBatch(db, readSeedBatch(path.resolve('seeds')));
    const options = { format: 'auto', strict: false, dryRun: false, replace: false, allMunicipalities: false } as const;
    await runImport(db, [{ name: 'small.csv', bytes: fixture('wikipedia-small.csv') }], 'small.csv', options);
    const before = await graphSnapshot(db);
    expect(before.municipalities.length).toBeGreaterThan(500);

    const pid = neo.status().pid!;
    let settled: Promise<unknown> = Promise.resolve();
    let restartHeld: Promise<unknown> = Promise.resolve();
    // Kill as the import sends its second batch of places: its write transaction has deleted the
    // graph and written a whole batch (which a per-batch commit would have committed by then).
    // The driver retries a lost transaction for up to 5 s (Database.connect); the restart is held
    // behind the start lock (as another process starting Neo4j would hold it) until the import
    // has given up, so a retry cannot meet the restarted server and commit.
    const watched = observeWrites(db, async (name, call) => {
      if (name !== 'write/upsert-municipalities' || call !== 2) return;
      restartHeld = withStartLock(dataDir, 120_000, () => settled);
      const died = reaches(neo, 'restarting');
      process.kill(pid, 'SIGKILL');
      await died;
    });
    const phases: string[] = [];
    const importing = runImport(
      watched.db,
      [{ name: 'many.csv', bytes: manyPlacesFile(2 * WRITER_BATCH + 500) }],
      'many.csv',
      { ...options, replace: true },
      (phase, done, total) => phases.push(`${phase} ${done}/${total}`),
    );
    settled = importing.catch(() => undefined);
    const error = await importing.then(
      () => null,
      (err: unknown) => err,
    );

    // the error of a lost connection, and the service's answer to it: unavailable (503), nothing else
    expect(error).toMatchObject({ name: 'Neo4jError', code: 'ServiceUnavailable' });
    expect(toAppError(error).kind).toBe('unavailable');
    expect(phases).toContain('write 0/1');
    expect(phases).not.toContain('write 1/1');

    await restartHeld;
    await reaches(neo, 'running');
    expect(neo.status()).toMatchObject({ state: 'running', restarts: 1 });
    expect(neo.status().pid).not.toBe(pid);
    const after = Database.connect({ ...neo.connection(), database: 'neo4j' }, loadQueries());
    expect(await graphSnapshot(after)).toEqual(before);
    // what the killed transaction had run: the delete, a whole batch of places, and the batch it died in
    expect(watched.statements).toEqual([
      { name: 'write/delete-graph', failed: false },
      { name: 'write/upsert-municipalities', failed: false },
      { name: 'write/upsert-municipalities', failed: true },
    ]);
    await after.close();
    await db.close().catch(() => {});
  }, 240_000);
});

describe('stopping the service', () => {
  it('finishes in-flight requests on SIGTERM, stops its Neo4j, and leaves nothing running', async () => {
    const dataDir = fresh();
    const port = await freePort();
    const { NEO4J_URI: _external, ...env } = process.env;
    // the seeds alone: the request in flight is the point, and on the full network it can outlast ANALYSIS_WAIT_MS (a 202)
    expect(fs.existsSync(COMPILED_MAIN), `${COMPILED_MAIN} is missing: run npm run build first`).toBe(true);
    const child = spawn(process.execPath, ['--enable-source-maps', COMPILED_MAIN], {
      env: {
        ...env,
        PORT: String(port),
        NEO4J_DATA_DIR: dataDir,
        NEO4J_BOLT_PORT: '0',
        NEO4J_HEAP: '512m',
        LOG_LEVEL: 'warn',
        ANALYSIS_WAIT_MS: '10000',
        DEFAULT_DATASET: 'seeds',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    void exited.then((code) => {
      if (code !== 0) console.error(`the service exited with ${code}`);
    });
    const base = `http://127.0.0.1:${port}`;
    await until(async () => ((await status(`${base}/api/health`)) === 200 ? true : undefined), 180_000);
    const neo4jPid = readRunFile(dataDir)!.pid;
    expect(isAlive(neo4jPid)).toBe(true);

    // a fresh analysis, which takes a moment; SIGTERM once the server has read the request: it is
    // sent whole ('finish'), and a later request on another connection has had its answer
    const inFlight = new Promise<number>((resolve, reject) => {
      const req = http.get(`${base}/api/communities?seed=99`, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      });
      req.on('error', reject);
      req.on('finish', () => void fetch(`${base}/api/health`).then(() => child.kill('SIGTERM'), reject));
    });
    expect(await inFlight).toBe(200);
    expect(await exited).toBe(0);
    expect(isAlive(neo4jPid)).toBe(false);
    expect(readRunFile(dataDir)).toBeNull();
  }, 240_000);
});
