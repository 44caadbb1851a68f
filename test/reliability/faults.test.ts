/**
 * Faults against a real Neo4j of the test's own (a second managed server, so the shared test
 * server is not disturbed): Neo4j down at start and coming up, Neo4j stopped and started while
 * the API serves, Neo4j killed during an import, and the service stopped with SIGTERM during
 * requests.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Database } from '../../server/db/database.ts';
import { writeBatch } from '../../server/db/graph-writer.ts';
import { loadQueries } from '../../server/db/queries.ts';
import { freePort, LocalNeo4j } from '../../server/neo4j/local-neo4j.ts';
import { isAlive, readRunFile } from '../../server/neo4j/run-file.ts';
import type { RunningService } from '../../server/runtime.ts';
import { readSeedBatch } from '../../server/seeds/seed-batch.ts';
import { startTestService } from '../helpers/service.ts';
import { countGraph, testConnection } from '../helpers/neo4j.ts';

const homeDir = testConnection().homeDir;
const dirs: string[] = [];
const fresh = () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'jumelage-faults-'));
  dirs.push(d);
  return d;
};
const servers: LocalNeo4j[] = [];
function manager(dataDir: string, boltPort: number): LocalNeo4j {
  const m = new LocalNeo4j({ homeDir, dataDir, boltPort, heap: '512m', pageCache: '64m', startTimeoutMs: 120_000, backoff: { initialMs: 300, maxMs: 2000 } });
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
      // the service applied the schema and loaded the seeds by itself
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
        places: [{ id: 'xx-recovered', name: 'Recovered', aliases: [], country: 'FR', admin1: null, admin2: null, ags: null, wikidata: null, kind: 'municipality', lat: null, lon: null, population: null, sources: ['test'] }],
        partnerships: [],
        networks: [],
      });
      await db.close();
      await until(async () => ((await status(`${service.url}/api/municipalities/xx-recovered`)) === 200 ? true : undefined), 5000);
    } finally {
      await service.stop();
    }
  }, 240_000);

  it('keeps exactly what it held when Neo4j is killed during an import, and is restarted', async () => {
    const neo = manager(fresh(), 0);
    const conn = await neo.start();
    const db = Database.connect({ ...conn, database: 'neo4j' }, loadQueries());
    await db.applySchema();
    const seeds = readSeedBatch(path.resolve('seeds'));
    await writeBatch(db, seeds);
    const before = await countGraph(db);
    // a large import: many synthetic places and partnerships, so the kill lands mid-transaction
    const places = Array.from({ length: 60_000 }, (_, i) => ({ ...seeds.places[0]!, id: `zz-${i}`, name: `Place ${i}`, ags: null }));
    const partnerships = places.slice(1).map((p, i) => ({ a: places[i]!.id, b: p.id, type: 'partnership' as const, since: null, until: null, sources: ['big'] }));
    const pid = neo.status().pid!;
    const importing = writeBatch(db, { places, partnerships, networks: [] });
    setTimeout(() => process.kill(pid, 'SIGKILL'), 1500);
    await expect(importing).rejects.toBeTruthy();
    await until(async () => (neo.state === 'running' && neo.status().pid !== pid ? true : undefined), 120_000);
    expect(neo.status().restarts).toBe(1);
    const after = Database.connect({ ...neo.connection(), database: 'neo4j' }, loadQueries());
    expect(await countGraph(after)).toEqual(before);
    await after.close();
    await db.close().catch(() => {});
  }, 240_000);
});

describe('stopping the service', () => {
  it('finishes in-flight requests on SIGTERM, stops its Neo4j, and leaves nothing running', async () => {
    const dataDir = fresh();
    const port = await freePort();
    const { NEO4J_URI: _external, ...env } = process.env;
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      env: { ...env, PORT: String(port), NEO4J_DATA_DIR: dataDir, NEO4J_BOLT_PORT: '0', NEO4J_HEAP: '512m', LOG_LEVEL: 'warn', ANALYSIS_WAIT_MS: '10000' },
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

    const inFlight = fetch(`${base}/api/communities?seed=99`); // a fresh analysis: takes a moment
    await new Promise((r) => setTimeout(r, 50));
    child.kill('SIGTERM');
    const res = await inFlight;
    expect(res.status).toBe(200);
    expect(await exited).toBe(0);
    expect(isAlive(neo4jPid)).toBe(false);
    expect(readRunFile(dataDir)).toBeNull();
  }, 240_000);
});
