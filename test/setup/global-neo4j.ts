/**
 * Vitest global setup: starts a fresh, real Neo4j (the project-managed server) on a free port
 * with a temporary data folder, hands its connection to the tests, and stops it afterwards.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { LocalNeo4j } from '../../server/neo4j/local-neo4j.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: { uri: string; user: string; password: string; database: string; homeDir: string; httpPort: number };
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const homeDir = path.resolve(process.env.NEO4J_HOME ?? '.neo4j');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jumelage-test-neo4j-'));
  const server = new LocalNeo4j({
    homeDir,
    dataDir,
    boltPort: 0,
    httpPort: 0,
    heap: '1g',
    pageCache: '128m',
    startTimeoutMs: 180_000,
    log: (level, msg) => (level === 'info' ? undefined : console.error(`[test neo4j] ${msg}`)),
  });
  const started = Date.now();
  const conn = await server.start();
  console.error(`[test neo4j] up on ${conn.uri} in ${((Date.now() - started) / 1000).toFixed(1)} s (data: ${dataDir})`);
  project.provide('neo4j', { ...conn, database: 'neo4j', homeDir, httpPort: server.status().httpPort! });
  // A run stopped from outside (SIGTERM, SIGHUP: a CI timeout, `timeout`) ends without the
  // teardown: the server, a detached child, would be left behind. On exit it is sent SIGTERM,
  // on which Neo4j shuts down by itself; the signals are made to exit so that the hook runs.
  const pid = server.status().pid;
  const killServer = () => {
    try {
      if (pid) process.kill(pid, 'SIGTERM');
    } catch {
      // gone already
    }
  };
  const onSignal = (signal: NodeJS.Signals) => process.exit(signal === 'SIGHUP' ? 129 : 143);
  process.once('exit', killServer);
  process.once('SIGTERM', onSignal);
  process.once('SIGHUP', onSignal);
  return async () => {
    process.off('exit', killServer);
    process.off('SIGTERM', onSignal);
    process.off('SIGHUP', onSignal);
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}
