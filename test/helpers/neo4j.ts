/** Access to the real Neo4j that the global setup started, through the project's own code. */
import path from 'node:path';
import { inject } from 'vitest';
import { writeBatch } from '../../server/db/graph-writer.ts';
import { readSeedBatch } from '../../server/seeds/seed-batch.ts';
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

/**
 * The test server holding exactly the seed dataset (`seeds/`), whatever an earlier test file left:
 * every test file that reads data loads what it needs itself, so the suite passes in any order.
 */
export async function seededTestDb(): Promise<Database> {
  const db = await emptyTestDb();
  await writeBatch(db, readSeedBatch(path.resolve('seeds')));
  return db;
}
