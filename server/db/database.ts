/**
 * The one Neo4j driver of the process, and the only place that runs Cypher. Statements come
 * from the loaded `.cypher` files by name; values go as parameters. Neo4j integers arrive as
 * JavaScript numbers (`disableLosslessIntegers`): our counts and years stay far below 2^53.
 */
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import type { Queries, QueryName } from './queries.ts';

export type Row = Record<string, unknown>;

export interface Connection {
  uri: string;
  user: string;
  password: string;
  database: string;
}

export interface Tx {
  run<T extends Row = Row>(name: QueryName, params?: Record<string, unknown>): Promise<T[]>;
}

export class Database {
  private readonly writeListeners: (() => void)[] = [];

  private constructor(
    private readonly driver: Driver,
    readonly queries: Queries,
    private readonly database: string,
  ) {}

  static connect(conn: Connection, queries: Queries): Database {
    const driver = neo4j.driver(conn.uri, neo4j.auth.basic(conn.user, conn.password), {
      disableLosslessIntegers: true,
      connectionTimeout: 5000,
      connectionAcquisitionTimeout: 10_000,
      maxTransactionRetryTime: 5000,
      logging: { level: 'error', logger: () => {} },
    });
    return new Database(driver, queries, conn.database);
  }

  async read<T extends Row = Row>(name: QueryName, params: Record<string, unknown> = {}): Promise<T[]> {
    const result = await this.driver.executeQuery(this.queries.get(name), params, {
      database: this.database,
      routing: neo4j.routing.READ,
    });
    return result.records.map((r) => r.toObject() as T);
  }

  /** Called after every write transaction of this process (committed or not): caches re-check. */
  onWrite(listener: () => void): void {
    this.writeListeners.push(listener);
  }

  /** Runs `fn` in one write transaction: everything it writes commits together or not at all. */
  async writeTransaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await session.executeWrite((mtx: ManagedTransaction) =>
        fn({
          run: async <R extends Row>(name: QueryName, params: Record<string, unknown> = {}) => {
            const result = await mtx.run(this.queries.get(name), params);
            return result.records.map((r) => r.toObject() as R);
          },
        }),
      );
    } finally {
      await session.close();
      for (const listener of this.writeListeners) listener();
    }
  }

  /** Applies the constraints and indexes of cypher/schema; each is idempotent (IF NOT EXISTS). */
  async applySchema(): Promise<void> {
    for (const { text } of this.queries.schema) {
      await this.driver.executeQuery(text, {}, { database: this.database });
    }
  }

  /** Resolves when the server answers, rejects (with the driver's coded error) when it does not. */
  async ping(): Promise<void> {
    await this.driver.getServerInfo({ database: this.database });
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}
