/**
 * The project-managed Neo4j as an operator meets it: a second process attaches instead of
 * starting another server; a killed server is restarted with backoff (degraded meanwhile); a
 * server left behind by a crashed process is found through the run file and reused (restarted when
 * it was started without the Graph Data Science asked now); a restart
 * right after a stop works; a missing Java is named.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { Neo4jSetupError } from '../../server/neo4j/errors.ts';
import { requireJava } from '../../server/neo4j/install.ts';
import { LocalNeo4j, type LocalNeo4jState, type Neo4jConnection } from '../../server/neo4j/local-neo4j.ts';
import { isAlive, readRunFile } from '../../server/neo4j/run-file.ts';
import { testConnection } from '../helpers/neo4j.ts';

const homeDir = testConnection().homeDir;
const dirs: string[] = [];
function freshDir(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'jumelage-manager-'));
  dirs.push(d);
  return d;
}
function manager(dataDir: string, gds = false): LocalNeo4j {
  return new LocalNeo4j({
    homeDir,
    dataDir,
    gds,
    boltPort: 0,
    heap: '512m',
    pageCache: '64m',
    startTimeoutMs: 120_000,
    backoff: { initialMs: 500, maxMs: 4000 },
  });
}
async function answer(conn: Neo4jConnection): Promise<number> {
  const driver = neo4j.driver(conn.uri, neo4j.auth.basic(conn.user, conn.password), { disableLosslessIntegers: true });
  try {
    const { records } = await driver.executeQuery('RETURN 41 + 1 AS x');
    return records[0]?.get('x') as number;
  } finally {
    await driver.close();
  }
}
async function until(check: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 100));
  }
}

afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

describe('the project-managed Neo4j', () => {
  it('attaches a second process, restarts a killed server, stops cleanly and restarts after a stop', async () => {
    const dataDir = freshDir();
    const first = manager(dataDir);
    const conn = await first.start();
    expect(await answer(conn)).toBe(42);
    const pid = first.status().pid!;
    expect(readRunFile(dataDir)).toMatchObject({ pid, ownerPid: process.pid, boltPort: first.status().boltPort });

    const second = manager(dataDir);
    expect(await second.start()).toEqual(conn);
    expect(second.status()).toMatchObject({ role: 'attached', pid });
    await second.stop();
    expect(isAlive(pid)).toBe(true);

    const states: LocalNeo4jState[] = [];
    first.on('state', (s: LocalNeo4jState) => states.push(s));
    process.kill(pid, 'SIGKILL');
    await until(() => first.state === 'restarting', 10_000);
    await until(() => first.state === 'running', 120_000);
    expect(states.slice(0, 2)).toEqual(['restarting', 'running']);
    expect(first.status()).toMatchObject({ restarts: 1, boltPort: Number(conn.uri.split(':').pop()) });
    expect(first.status().pid).not.toBe(pid);
    expect(await answer(first.connection())).toBe(42);

    const restartedPid = first.status().pid!;
    await first.stop();
    expect(isAlive(restartedPid)).toBe(false);
    expect(readRunFile(dataDir)).toBeNull();

    const again = manager(dataDir);
    const conn2 = await again.start();
    expect(conn2.password).toBe(conn.password);
    expect(await answer(conn2)).toBe(42);
    await again.stop();
  }, 300_000); // three server starts, one after a crash

  /** A server (without GDS) whose owning process was killed with SIGKILL: its pid. */
  async function leftBehind(dataDir: string): Promise<number> {
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/helpers/start-local-neo4j.ts', homeDir, dataDir], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const status = await new Promise<{ pid: number }>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const m = /READY (.*)\n/.exec(out);
        if (m?.[1]) resolve(JSON.parse(m[1]) as { pid: number });
      });
      child.once('exit', (code) => reject(new Error(`helper exited with ${code}`)));
    });
    child.kill('SIGKILL');
    await until(() => child.exitCode !== null || child.signalCode !== null, 5000);
    expect(isAlive(status.pid)).toBe(true);
    return status.pid;
  }

  it('reuses a server left behind by a process killed with SIGKILL', async () => {
    const dataDir = freshDir();
    const status = { pid: await leftBehind(dataDir) };

    const next = manager(dataDir);
    await next.start();
    expect(next.status()).toMatchObject({ role: 'owner', pid: status.pid, state: 'running' });
    expect(readRunFile(dataDir)?.ownerPid).toBe(process.pid);
    expect(await answer(next.connection())).toBe(42);
    await next.stop();
    expect(isAlive(status.pid)).toBe(false);
  }, 180_000);

  it('restarts a server left behind without Graph Data Science when GDS is asked, rather than adopting it', async () => {
    const dataDir = freshDir();
    const pid = await leftBehind(dataDir);
    expect(readRunFile(dataDir)?.gds).toBe(false);

    const next = manager(dataDir, true);
    await next.start();
    expect(isAlive(pid)).toBe(false);
    expect(next.status()).toMatchObject({ role: 'owner', state: 'running' });
    expect(next.status().pid).not.toBe(pid);
    expect(readRunFile(dataDir)?.gds).toBe(true);
    const conn = next.connection();
    const driver = neo4j.driver(conn.uri, neo4j.auth.basic(conn.user, conn.password));
    try {
      expect((await driver.executeQuery('RETURN gds.version() AS v')).records[0]?.get('v')).toMatch(/^2\./);
    } finally {
      await driver.close();
    }
    await next.stop();
  }, 300_000);

  it('names Java when it is missing', () => {
    const saved = process.env.PATH;
    process.env.PATH = '/nonexistent';
    try {
      expect(() => requireJava()).toThrow(Neo4jSetupError);
      expect(() => requireJava()).toThrow(/needs `java`.*ENOENT.*NEO4J_URI/s);
    } finally {
      process.env.PATH = saved;
    }
  });
});
