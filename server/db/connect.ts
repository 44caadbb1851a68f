/**
 * Opens the Neo4j the configuration names: the project-managed server (started, attached to,
 * or adopted; see neo4j/local-neo4j.ts) or the external one at NEO4J_URI. Shared by the
 * service and the command-line tools, so a CLI run while the app runs attaches to its server.
 */
import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import { LocalNeo4j } from '../neo4j/local-neo4j.ts';
import { Database } from './database.ts';
import { loadQueries } from './queries.ts';

export interface OpenedNeo4j {
  db: Database;
  uri: string;
  localNeo4j: LocalNeo4j | null;
  /** Closes the driver, then stops the local server if this process owns it. */
  close(): Promise<void>;
}

/** `cancel` stops a local server that is still starting (and makes this throw). */
export async function openNeo4j(config: Config, logger: Logger, cancel?: AbortSignal): Promise<OpenedNeo4j> {
  const queries = loadQueries();
  let localNeo4j: LocalNeo4j | null = null;
  let connection: { uri: string; user: string; password: string; database: string };
  if (config.neo4j.mode === 'embedded') {
    const c = config.neo4j;
    localNeo4j = new LocalNeo4j({
      homeDir: c.homeDir,
      dataDir: c.dataDir,
      boltPort: c.boltPort,
      httpPort: c.httpPort,
      heap: c.heap,
      pageCache: c.pageCache,
      startTimeoutMs: c.startTimeoutMs,
      gds: c.gds,
      log: (level, msg) => logger[level]({ component: 'neo4j' }, msg),
    });
    logger.info({ dataDir: c.dataDir, boltPort: c.boltPort }, 'starting the embedded Neo4j');
    connection = { ...(await localNeo4j.start(cancel)), database: c.database };
  } else {
    const { uri, user, password, database } = config.neo4j;
    connection = { uri, user, password, database };
  }
  const db = Database.connect(connection, queries);
  return {
    db,
    uri: connection.uri,
    localNeo4j,
    async close() {
      await db.close();
      await localNeo4j?.stop();
    },
  };
}
