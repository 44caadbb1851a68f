/**
 * Starts the real service (HTTP on port 0) against a Neo4j: the test server unless told otherwise.
 * Analyses wait up to the configuration's maximum (60 s) before answering 202, so a test that
 * expects a 200 gets it however slow the machine is; a test about 202 sets ANALYSIS_WAIT_MS=0.
 */
import { pino, type Logger } from 'pino';
import { loadConfig, type Config } from '../../server/config.ts';
import { startService, type RunningService } from '../../server/runtime.ts';
import { afterAll, beforeAll } from 'vitest';
import { seededTestDb, testConnection } from './neo4j.ts';

export async function startTestService(
  env: Record<string, string> = {},
  logger: Logger = pino({ level: 'silent' }),
): Promise<RunningService> {
  const conn = testConnection();
  const config = loadConfig({
    PORT: '0',
    NEO4J_URI: conn.uri,
    NEO4J_USER: conn.user,
    NEO4J_PASSWORD: conn.password,
    LOG_LEVEL: 'silent',
    ANALYSIS_WAIT_MS: '60000',
    // a client built elsewhere (npx vite build --outDir …), so that two checkouts' builds do not meet in dist/client
    ...(process.env.CLIENT_DIR ? { CLIENT_DIR: process.env.CLIENT_DIR } : {}),
    ...env,
  });
  return startService(config, logger);
}

/**
 * The service as `npm start` runs it, without NEO4J_URI: its own Neo4j (the test home's jars) in
 * `dataDir`, on free ports, with the seed dataset; `env` adds to or overrides that.
 */
export function embeddedTestConfig(dataDir: string, env: Record<string, string> = {}): Config {
  return loadConfig({
    PORT: '0',
    NEO4J_HOME: testConnection().homeDir,
    NEO4J_DATA_DIR: dataDir,
    NEO4J_BOLT_PORT: '0',
    NEO4J_HEAP: '512m',
    NEO4J_PAGECACHE: '64m',
    DEFAULT_DATASET: 'seeds',
    LOG_LEVEL: 'silent',
    ...env,
  });
}

/**
 * For the tests of one file (call it inside `describe`): the seed dataset, the service on it, and
 * one that never waits for an analysis (`slow`: every analysis answers 202 with its job first).
 */
export function seededServices(): { readonly service: RunningService; readonly slow: RunningService } {
  let service: RunningService | undefined;
  let slow: RunningService | undefined;
  beforeAll(async () => {
    const db = await seededTestDb();
    await db.close();
    service = await startTestService();
    slow = await startTestService({ ANALYSIS_WAIT_MS: '0' });
  });
  afterAll(async () => {
    await service?.stop();
    await slow?.stop();
  });
  const started = (s: RunningService | undefined): RunningService => {
    if (!s) throw new Error('seededServices: used before its beforeAll hook ran');
    return s;
  };
  return {
    get service() {
      return started(service);
    },
    get slow() {
      return started(slow);
    },
  };
}
