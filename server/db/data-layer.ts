/**
 * The service's view of its database: the driver, the graph store, and readiness. Ready means
 * the schema is applied and, on an empty database, the initial data is loaded (when the service
 * was given one: the project-managed Neo4j gets the default dataset; a server named by NEO4J_URI
 * is never written to by a start). A database that holds an older default dataset is left as it
 * is, with a warning naming the command that loads the new one. When Neo4j is not reachable,
 * `ensureReady` rejects with an `unavailable` AppError and is tried again by the next call, so
 * the service recovers by itself when Neo4j comes up.
 */
import type { ImportBatch } from '../domain/model.ts';
import { toAppError } from '../errors.ts';
import { GdsStore } from './gds-store.ts';
import { GraphStore } from './graph-store.ts';
import type { Database } from './database.ts';
import { DATASET_KEY, writeBatch, type WriteSummary } from './graph-writer.ts';

export interface InitialData {
  /** The fingerprint of the data `load` would produce (cheap). */
  fingerprint: () => string;
  /** Builds the batch; called only when the database holds no partnerships. */
  load: () => Promise<{ batch: ImportBatch; fingerprint: string }>;
  /** The command that loads it over existing data, for the warning. */
  command: string;
}

export interface DataLayerOptions {
  initialData?: InitialData;
  log?: (level: 'info' | 'warn' | 'error', msg: string) => void;
}

export class DataLayer {
  readonly graphs: GraphStore;
  /** Graph Data Science on the server, where it is installed. */
  readonly gds: GdsStore;
  private readying: Promise<void> | null = null;
  private ready = false;
  seeded: WriteSummary | null = null;

  constructor(
    readonly db: Database,
    private readonly options: DataLayerOptions = {},
  ) {
    this.graphs = new GraphStore(db);
    this.gds = new GdsStore(db);
  }

  get isReady(): boolean {
    return this.ready;
  }

  async ensureReady(): Promise<void> {
    if (this.ready) return;
    this.readying ??= this.prepare().then(
      () => {
        this.ready = true;
      },
      (err: unknown) => {
        this.readying = null;
        throw toAppError(err);
      },
    );
    return this.readying;
  }

  private async prepare(): Promise<void> {
    const log = this.options.log ?? (() => {});
    await this.db.ping();
    await this.db.applySchema();
    const initial = this.options.initialData;
    const [counts] = await this.db.read<{ partnerships: number }>('read/count-graph');
    if ((counts?.partnerships ?? 0) > 0) {
      const [dataset] = await this.db.read<{ defaultDataset: string | null }>('read/get-dataset', { key: DATASET_KEY });
      const held = dataset?.defaultDataset ?? null;
      if (initial && held !== null && held !== initial.fingerprint()) {
        log(
          'warn',
          `The database holds an older default dataset (${held}); \`${initial.command}\` loads the current one (${initial.fingerprint()}), replacing the graph`,
        );
      }
      return;
    }
    if (!initial) {
      log(
        'info',
        'The database holds no partnerships: `npm run import -- --default` loads the default dataset, `npm run import -- <file>` your own',
      );
      return;
    }
    log('info', 'The database is empty: loading the default dataset');
    const { batch, fingerprint } = await initial.load();
    this.seeded = await writeBatch(this.db, batch, { defaultDataset: fingerprint });
    log('info', `Loaded the default dataset ${fingerprint}: ${batch.places.length} places, ${batch.partnerships.length} partnerships`);
  }
}
