/**
 * The service's view of its database: the driver, the graph store, and readiness. Ready means
 * the schema is applied and, on an empty database, the seeds are loaded. When Neo4j is not
 * reachable, `ensureReady` rejects with an `unavailable` AppError and is tried again by the next
 * call, so the service recovers by itself when Neo4j comes up.
 */
import type { ImportBatch } from '../domain/model.ts';
import { toAppError } from '../errors.ts';
import { GraphStore } from '../graph/graph-store.ts';
import type { Database } from './database.ts';
import { writeBatch, type WriteSummary } from './graph-writer.ts';

export interface DataLayerOptions {
  /** Produces the seed dataset; called only when the database holds no partnerships. */
  seeds?: () => ImportBatch;
  log?: (level: 'info' | 'warn' | 'error', msg: string) => void;
}

export class DataLayer {
  readonly graphs: GraphStore;
  private readying: Promise<void> | null = null;
  private ready = false;
  seeded: WriteSummary | null = null;

  constructor(
    readonly db: Database,
    private readonly options: DataLayerOptions = {},
  ) {
    this.graphs = new GraphStore(db);
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
    if (!this.options.seeds) return;
    const [counts] = await this.db.read<{ partnerships: number }>('read/count-graph');
    if ((counts?.partnerships ?? 0) > 0) return;
    const batch = this.options.seeds();
    this.seeded = await writeBatch(this.db, batch);
    log('info', `Loaded the seed dataset: ${batch.places.length} municipalities, ${batch.partnerships.length} partnerships`);
  }
}
