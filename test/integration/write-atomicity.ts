/**
 * Shared by the all-or-nothing tests (graph writer, imports, property test, Neo4j killed
 * mid-import): a full snapshot of what the database holds, a log of the statements a write ran
 * (with a hook before each, to act at a known point of the transaction), and a valid import file
 * larger than one write batch that Neo4j refuses only while writing it.
 */
import type { Database, Row, Tx } from '../../server/db/database.ts';
import { DATASET_KEY } from '../../server/db/graph-writer.ts';
import type { QueryName } from '../../server/db/queries.ts';

/** Rows per UNWIND statement in server/db/graph-writer.ts (BATCH); the statement logs of the tests fail if it changes. */
export const WRITER_BATCH = 2000;

/**
 * Longer than Neo4j's range indexes take (about 8 kB a key): valid for the Jumelage id pattern,
 * refused by the unique index on Municipality.id only when the row is written.
 */
export const ID_TOO_LONG_TO_INDEX = `fr-${'x'.repeat(40_000)}`;

export interface GraphSnapshot {
  dataset: Row | undefined;
  counts: Row | undefined;
  municipalities: Row[];
  partnerships: Row[];
  memberships: Row[];
  sources: Row[];
}

/** Everything the graph holds: every node with all its properties, every tie with its own, provenance, the dataset node. */
export async function graphSnapshot(db: Database): Promise<GraphSnapshot> {
  const [dataset] = await db.read('read/get-dataset', { key: DATASET_KEY });
  const [counts] = await db.read('read/count-graph');
  return {
    dataset,
    counts,
    municipalities: await db.read('read/stream-municipalities'),
    partnerships: await db.read('read/stream-partnerships'),
    memberships: await db.read('read/stream-memberships'),
    sources: await db.read('read/list-sources'),
  };
}

export interface Statement {
  name: QueryName;
  /** Still true when the statement did not complete (it threw, or the transaction was lost meanwhile). */
  failed: boolean;
}

/**
 * The same database, recording each statement its write transactions run, in order; `before`
 * runs just before a statement is sent (`call` counts that statement's runs, this one included:
 * 2 for the second batch), when everything before it has run, and committed if it was its own
 * transaction.
 */
export function observeWrites(
  db: Database,
  before?: (name: QueryName, call: number) => Promise<void>,
): { db: Database; statements: Statement[] } {
  const statements: Statement[] = [];
  const observed = Object.create(db) as Database;
  observed.writeTransaction = <T>(fn: (tx: Tx) => Promise<T>) =>
    db.writeTransaction((tx) =>
      fn({
        run: async <R extends Row = Row>(name: QueryName, params?: Record<string, unknown>) => {
          const statement: Statement = { name, failed: true };
          statements.push(statement);
          await before?.(name, statements.filter((s) => s.name === name).length);
          const rows = await tx.run<R>(name, params);
          statement.failed = false;
          return rows;
        },
      }),
    );
  return { db: observed, statements };
}

/**
 * A valid combined Jumelage file: `count` French places (`fr-many-<i>`, in file order), each
 * partnered with the next. With `idTooLongToIndexAt`, the place at that index has
 * ID_TOO_LONG_TO_INDEX instead: the file still passes parsing and validation.
 */
export function manyPlacesFile(count: number, options: { idTooLongToIndexAt?: number } = {}): Buffer {
  const id = (i: number) => (i === options.idTooLongToIndexAt ? ID_TOO_LONG_TO_INDEX : `fr-many-${i}`);
  const lines = [
    'record,id,name,name_en,country,admin1,admin2,ags,kind,lat,lon,population,a,b,type,since,until,network_id,network_name,member_id,source',
  ];
  for (let i = 0; i < count; i++) {
    const lat = (46 + (i % 100) * 0.01).toFixed(2);
    const lon = (2 + Math.floor(i / 100) * 0.01).toFixed(2);
    lines.push(`municipality,${id(i)},Many ${i},,FR,,,,municipality,${lat},${lon},,,,,,,,,,https://example.org/many`);
  }
  for (let i = 0; i + 1 < count; i++) {
    lines.push(`partnership,,,,,,,,,,,,${id(i)},${id(i + 1)},partnership,1990,,,,,https://example.org/many`);
  }
  return Buffer.from(`${lines.join('\n')}\n`, 'utf8');
}
