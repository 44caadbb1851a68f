/**
 * Composes the service: Neo4j (the project-managed one, or the server NEO4J_URI names), the data
 * layer, the HTTP app; and takes it down again in order: stop accepting, finish in-flight
 * requests, close the driver, stop the local Neo4j.
 */
import fs from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import { createApp } from './app.ts';
import type { Config } from './config.ts';
import { DataLayer } from './db/data-layer.ts';
import { Database } from './db/database.ts';
import { loadQueries } from './db/queries.ts';
import { LocalNeo4j } from './neo4j/local-neo4j.ts';
import { readSeedBatch } from './seeds/seed-batch.ts';

const VERSION = (JSON.parse(fs.readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

export interface RunningService {
  url: string;
  server: Server;
  data: DataLayer;
  localNeo4j: LocalNeo4j | null;
  stop(): Promise<void>;
}

export async function startService(config: Config, logger: Logger): Promise<RunningService> {
  const queries = loadQueries();
  let localNeo4j: LocalNeo4j | null = null;
  let connection: { uri: string; user: string; password: string; database: string };
  if (config.neo4j.mode === 'embedded') {
    const c = config.neo4j;
    localNeo4j = new LocalNeo4j({
      homeDir: c.homeDir,
      dataDir: c.dataDir,
      boltPort: c.boltPort,
      heap: c.heap,
      pageCache: c.pageCache,
      startTimeoutMs: c.startTimeoutMs,
      log: (level, msg) => logger[level]({ component: 'neo4j' }, msg),
    });
    logger.info({ dataDir: c.dataDir, boltPort: c.boltPort }, 'starting the embedded Neo4j');
    connection = { ...(await localNeo4j.start()), database: c.database };
  } else {
    const { uri, user, password, database } = config.neo4j;
    connection = { uri, user, password, database };
  }

  const db = Database.connect(connection, queries);
  const data = new DataLayer(db, {
    seeds: () => readSeedBatch(config.seedsDir),
    log: (level, msg) => logger[level]({ component: 'data' }, msg),
  });
  try {
    await data.ensureReady();
  } catch (err) {
    logger.warn({ reason: (err as Error).message }, 'Neo4j is not ready yet; serving 503 until it is');
  }

  const app = createApp({
    data,
    logger,
    clientDir: config.clientDir,
    health: {
      version: VERSION,
      neo4j: { mode: config.neo4j.mode, uri: connection.uri },
      ...(localNeo4j ? { managed: () => localNeo4j.status() } : {}),
    },
  });
  const server = await new Promise<Server>((resolve, reject) => {
    const s = app.listen(config.http.port, config.http.host, () => resolve(s));
    s.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${config.http.host.includes(':') ? `[${config.http.host}]` : config.http.host}:${port}`;

  let stopping: Promise<void> | null = null;
  const stop = () =>
    (stopping ??= (async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      await db.close();
      await localNeo4j?.stop();
    })());
  return { url, server, data, localNeo4j, stop };
}
