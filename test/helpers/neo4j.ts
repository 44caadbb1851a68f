/** Access to the real Neo4j that the global setup started, through the project's own code. */
import { inject } from 'vitest';
import { Database } from '../../server/db/database.ts';
import { loadQueries } from '../../server/db/queries.ts';

export function testConnection() {
  return inject('neo4j');
}

export function connectTestDb(): Database {
  return Database.connect(testConnection(), loadQueries());
}

export async function countGraph(db: Database) {
  const [row] = await db.read<{ municipalities: number; partnerships: number; networks: number; memberships: number }>('read/count-graph');
  if (!row) throw new Error('count-graph returned no row');
  return row;
}

/** Empties the graph (keeps the Dataset node, so versions keep increasing across tests). */
export async function clearGraph(db: Database): Promise<void> {
  await db.writeTransaction((tx) => tx.run('write/delete-graph'));
}

/** A connection to the test server with the schema applied and the graph emptied. */
export async function emptyTestDb(): Promise<Database> {
  const db = connectTestDb();
  await db.applySchema();
  await clearGraph(db);
  return db;
}
