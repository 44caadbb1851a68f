/**
 * /api/health with Neo4j up (200, dataset version), unreachable (503 with the reason), and, for
 * the project-managed Neo4j, `degraded` from the moment the server dies until its restart is up.
 */
import { once } from 'node:events';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HealthSchema } from '../../contract/api/health.ts';
import type { LocalNeo4jState } from '../../server/neo4j/local-neo4j.ts';
import { startService, type RunningService } from '../../server/runtime.ts';
import { parseStrict } from '../helpers/contract.ts';
import { seededTestDb, testConnection } from '../helpers/neo4j.ts';
import { embeddedTestConfig, startTestService } from '../helpers/service.ts';

/** A TCP listener on a port the system picks (0), read back once it listens. */
async function listen(server: net.Server, port = 0): Promise<number> {
  server.listen(port, '127.0.0.1');
  await once(server, 'listening');
  return (server.address() as net.AddressInfo).port;
}

async function health(base: string) {
  const res = await fetch(`${base}/api/health`);
  // every report, 200 or 503, is the contract's
  const body = parseStrict(HealthSchema, await res.json(), `/api/health ${res.status}`) as Record<string, any>;
  return { status: res.status, retryAfter: res.headers.get('retry-after'), body };
}

describe('GET /api/health', () => {
  let up: RunningService;
  let down: RunningService;
  // Holds a port for the whole file and hangs up on every connection: the "Neo4j" of `down` is
  // never reachable, and no other process can take the port meanwhile (a port found free and
  // released again, as freePort() does, could be taken by another test's Neo4j before use).
  const refuser = net.createServer((socket) => socket.destroy());
  beforeAll(async () => {
    const db = await seededTestDb();
    await db.close();
    up = await startTestService();
    down = await startTestService({ NEO4J_URI: `bolt://127.0.0.1:${await listen(refuser)}` });
  });
  afterAll(async () => {
    await up?.stop();
    await down?.stop();
    refuser.close();
  });

  it('is 200 with Neo4j up and the dataset version', async () => {
    const { status, body } = await health(up.url);
    expect(status).toBe(200);
    expect(body.status).toBe('ok');
    expect(body.neo4j).toMatchObject({ status: 'up', mode: 'external' });
    expect(body.neo4j).not.toHaveProperty('managed');
    // the test server runs without Graph Data Science (test/integration/gds.test.ts has it)
    expect(body.neo4j.gds).toEqual({ available: false, version: null });
    expect(body.dataset.version).toBeGreaterThan(0);
    expect(body.dataset.partnerships).toBeGreaterThan(0);
    expect(JSON.stringify(body)).not.toContain(testConnection().password);
  });

  it('is 503 with the reason when Neo4j cannot be reached, and reads are 503 problem+json', async () => {
    const { status, retryAfter, body } = await health(down.url);
    expect(status).toBe(503);
    expect(retryAfter).toBe('5');
    expect(body).toMatchObject({ status: 'unavailable', neo4j: { status: 'down', mode: 'external' }, dataset: null });
    expect(body.neo4j.reason).toMatch(/not reachable/);

    const graph = await fetch(`${down.url}/api/graph`);
    expect(graph.status).toBe(503);
    expect(graph.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(graph.headers.get('retry-after')).toBe('5');
    const problem = (await graph.json()) as Record<string, any>;
    expect(problem).toMatchObject({ status: 503, title: 'Service unavailable' });
    expect(JSON.stringify(problem)).not.toMatch(/at .*\.ts:\d+|ServiceUnavailable/);
  });

  it('rejects unknown parameters with a 400 naming them', async () => {
    const res = await fetch(`${up.url}/api/health?verbose=1`);
    expect(res.status).toBe(400);
    const problem = (await res.json()) as { errors: { field: string }[] };
    expect(problem.errors[0]?.field).toContain('verbose');
  });
});

describe('GET /api/health while the project-managed Neo4j restarts', () => {
  let service: RunningService;
  let dataDir: string;
  beforeAll(async () => {
    // the service as `npm start` runs it: no NEO4J_URI, its own Neo4j in a temporary folder
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jumelage-health-'));
    const config = embeddedTestConfig(dataDir);
    service = await startService(config, pino({ level: 'silent' }));
  }, 300_000);
  afterAll(async () => {
    await service?.stop();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  }, 120_000);

  it('says degraded (503) from the death of Neo4j until the restarted server is up, then ok', async () => {
    const local = service.localNeo4j!;
    expect(local).not.toBeNull();
    const before = await health(service.url);
    expect(before.status).toBe(200);
    expect(before.body).toMatchObject({
      status: 'ok',
      neo4j: { status: 'up', mode: 'embedded', managed: { state: 'running', role: 'owner', restarts: 0 } },
    });
    const { pid, boltPort } = local.status();
    expect(pid).toBeGreaterThan(0);

    // The restart waits 1 s (the first backoff) before it tries the same Bolt port. Taking that
    // port as soon as the death is reported makes every attempt fail while we hold it, so the
    // manager stays `restarting` for as long as this test needs, whatever the machine's speed.
    const blocker = net.createServer();
    const states: LocalNeo4jState[] = [];
    const restarting = new Promise<void>((resolve, reject) => {
      const onState = (state: LocalNeo4jState) => {
        states.push(state);
        if (state !== 'restarting') return;
        local.off('state', onState);
        listen(blocker, boltPort!).then(() => resolve(), reject);
      };
      local.on('state', onState);
    });
    process.kill(pid!, 'SIGKILL');
    await restarting;

    const during = await health(service.url);
    expect(during.status).toBe(503);
    expect(during.retryAfter).toBe('5');
    expect(during.body).toMatchObject({
      status: 'degraded',
      neo4j: { status: 'restarting', mode: 'embedded', managed: { state: 'restarting', role: 'owner' } },
      dataset: null,
    });
    expect(during.body.neo4j.reason).toMatch(/^Neo4j (exited unexpectedly|failed to restart)/);
    expect(during.body.neo4j.managed.restarts).toBeGreaterThanOrEqual(1);

    // let it come back: release the port and wait for the manager to report the server running
    const running = new Promise<void>((resolve) => {
      const onState = (state: LocalNeo4jState) => {
        states.push(state);
        if (state === 'running') {
          local.off('state', onState);
          resolve();
        }
      };
      local.on('state', onState);
    });
    blocker.close();
    await once(blocker, 'close');
    await running;
    expect(states[0]).toBe('restarting');
    expect(states.at(-1)).toBe('running');

    const after = await health(service.url);
    expect(after.status).toBe(200);
    expect(after.body).toMatchObject({ status: 'ok', neo4j: { status: 'up', managed: { state: 'running' } } });
    expect(after.body.neo4j.managed.pid).not.toBe(pid);
    expect(after.body.dataset.partnerships).toBe(before.body.dataset.partnerships);
  }, 300_000);
});
