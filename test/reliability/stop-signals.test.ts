/**
 * Stopping `npm start` as people and process managers do: Ctrl-C (SIGINT to the whole process
 * group, which npm passes on again), SIGTERM to the group twice in a row (systemd, a container
 * runtime, `kill -- -PGID`), and a stop while Neo4j is still booting. Each time no process of the
 * group is left, the Neo4j that the service started is gone and its Bolt port is free. The
 * service runs in its own process group on a fresh data folder, so the test server is not touched.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isAlive, readRunFile } from '../../server/neo4j/run-file.ts';
import { testConnection } from '../helpers/neo4j.ts';

const homeDir = testConnection().homeDir;
const started: ChildProcess[] = [];
const dirs: string[] = [];

afterAll(() => {
  // a failing test must not leave its server behind either
  for (const child of started) if (child.pid && groupAlive(child.pid)) process.kill(-child.pid, 'SIGKILL');
  for (const d of dirs) {
    const run = readRunFile(d);
    if (run && isAlive(run.pid)) process.kill(run.pid, 'SIGKILL');
    fs.rmSync(d, { recursive: true, force: true });
  }
});

function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });
}

interface Started {
  child: ChildProcess;
  dataDir: string;
  pgid: number;
  /** Resolves with the first log line matching the pattern. */
  line(pattern: RegExp): Promise<RegExpMatchArray>;
  exited: Promise<number | null>;
  log: () => string;
}

/** `npm start` in a process group of its own (detached), on a fresh data folder, PORT and Bolt port 0. */
function npmStart(): Started {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jumelage-signals-'));
  dirs.push(dataDir);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: '0',
    NEO4J_BOLT_PORT: '0',
    NEO4J_HOME: homeDir,
    NEO4J_DATA_DIR: dataDir,
    NEO4J_HEAP: '512m',
    LOG_LEVEL: 'info',
    DEFAULT_DATASET: 'seeds',
  };
  delete env.NEO4J_URI;
  const child = spawn('npm', ['start'], { detached: true, env, stdio: ['ignore', 'pipe', 'pipe'] });
  started.push(child);
  let out = '';
  const waiters: { pattern: RegExp; resolve: (m: RegExpMatchArray) => void }[] = [];
  const onData = (chunk: Buffer) => {
    out += chunk.toString();
    for (const w of [...waiters]) {
      const m = out.match(w.pattern);
      if (m) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(m);
      }
    }
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    child,
    dataDir,
    pgid: child.pid!,
    exited,
    log: () => out,
    line: (pattern) =>
      new Promise((resolve, reject) => {
        const m = out.match(pattern);
        if (m) return resolve(m);
        waiters.push({ pattern, resolve });
        void exited.then(() => reject(new Error(`npm start exited before logging ${pattern}:\n${out.slice(-3000)}`)));
      }),
  };
}

const NEO4J_UP = /Neo4j is up on bolt:\/\/127\.0\.0\.1:(\d+) \(pid (\d+)\)/;
const LISTENING = /Jumelage is listening on (http:\/\/[^"\s]+)/;

/** Waits for the whole group to be gone; the bound is generous, the check is an event (the exit) plus polling the group. */
async function groupGone(s: Started): Promise<void> {
  await s.exited;
  const deadline = Date.now() + 30_000;
  while (groupAlive(s.pgid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
}

async function expectAllStopped(s: Started, boltPort: number, neo4jPid: number): Promise<void> {
  await groupGone(s);
  expect(groupAlive(s.pgid), `a process of the group is left:\n${s.log().slice(-2000)}`).toBe(false);
  expect(isAlive(neo4jPid), `Neo4j (pid ${neo4jPid}) is still running:\n${s.log().slice(-2000)}`).toBe(false);
  expect(await portFree(boltPort)).toBe(true);
}

// npm start builds before it starts (vite, tsc): on a loaded machine that alone can take a minute, so
// each test's bound is the time it waits for (a run file within 120 s, then the stop)
describe('stopping npm start', { timeout: 240_000 }, () => {
  it('Ctrl-C (SIGINT to the process group) finishes and stops the Neo4j it started', async () => {
    const s = npmStart();
    const [, bolt, pid] = await s.line(NEO4J_UP);
    const [, url] = await s.line(LISTENING);
    expect((await fetch(`${url}/api/health`)).status).toBe(200);
    process.kill(-s.pgid, 'SIGINT');
    await expectAllStopped(s, Number(bolt), Number(pid));
    expect(s.log()).toMatch(/"msg":"stopped"/);
  }, 180_000); // npm start builds client and server first

  it('SIGTERM to the group twice in a row still stops Neo4j', async () => {
    const s = npmStart();
    const [, bolt, pid] = await s.line(NEO4J_UP);
    await s.line(LISTENING);
    process.kill(-s.pgid, 'SIGTERM');
    // two signals sent at once merge into one pending signal: send the second once the first is seen
    await s.line(/SIGTERM: stopping/);
    process.kill(-s.pgid, 'SIGTERM');
    await expectAllStopped(s, Number(bolt), Number(pid));
    expect(s.log()).toMatch(/SIGTERM again: hurrying/);
  }, 180_000);

  it('a stop while Neo4j boots stops the server it was starting', async () => {
    const s = npmStart();
    // the run file names the Java child as soon as it is spawned, seconds before Bolt answers
    const deadline = Date.now() + 120_000;
    let run = readRunFile(s.dataDir);
    while (!run && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 20));
      run = readRunFile(s.dataDir);
    }
    if (!run) throw new Error(`no run file after 120 s:\n${s.log().slice(-2000)}`);
    process.kill(-s.pgid, 'SIGINT');
    await expectAllStopped(s, run.boltPort, run.pid);
    expect(s.log()).not.toMatch(LISTENING);
  });
});
