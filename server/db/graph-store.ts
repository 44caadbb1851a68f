/**
 * One immutable in-memory graph per dataset version, loaded from Neo4j. Concurrent callers share
 * one load; a new dataset version (any write) makes the next call load anew. Analyses and the
 * /api/graph endpoint read from here, never from Neo4j directly; no caller mutates the graph.
 *
 * A load is consistent: the dataset version is read before and after the places, partnerships
 * and memberships (every write bumps it in its own transaction), and the reads are repeated
 * while a write came between (Neo4j reads at read-committed isolation, so separate statements
 * may see different states). Under a stream of writes this gave partnerships whose towns were
 * not loaded, and 500s (npm run soak).
 */
import { NODE_METRIC_PROPERTIES } from '../../contract/node-metrics.ts';
import { UndirectedGraph } from 'graphology';
import type { Database } from './database.ts';
import { DATASET_KEY } from './graph-writer.ts';
import { AppError } from '../errors.ts';

const ANALYSIS_PROPERTIES = NODE_METRIC_PROPERTIES.map((p) => p.name);

const SLICE = 2000;
/** Reads of the graph before giving up when every one is overtaken by a write. */
const LOAD_ATTEMPTS = 5;
const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export interface LoadedGraph {
  version: number;
  updatedAt: string | null;
  graph: UndirectedGraph;
}

export class GraphStore {
  private current: LoadedGraph | null = null;
  private loading: { version: number; promise: Promise<LoadedGraph> } | null = null;
  private checked: { at: number; value: Promise<{ version: number; updatedAt: string | null }> } | null = null;

  /**
   * `versionTtlMs`: how long a read of the dataset version is trusted. Writes of this process
   * reset it at once (Database.onWrite); a write by another process is seen within the TTL.
   */
  constructor(
    private readonly db: Database,
    private readonly versionTtlMs = 1000,
  ) {
    db.onWrite(() => {
      this.checked = null;
    });
  }

  async datasetVersion(): Promise<{ version: number; updatedAt: string | null }> {
    const [row] = await this.db.read<{ version: number; updatedAt: string | null }>('read/get-dataset', { key: DATASET_KEY });
    return { version: row?.version ?? 0, updatedAt: row?.updatedAt ?? null };
  }

  /** The dataset version, read at most once per TTL (concurrent callers share the read). */
  private currentVersion(): Promise<{ version: number; updatedAt: string | null }> {
    const now = Date.now();
    if (!this.checked || now - this.checked.at > this.versionTtlMs) {
      const value = this.datasetVersion();
      this.checked = { at: now, value };
      value.catch(() => {
        if (this.checked?.value === value) this.checked = null;
      });
    }
    return this.checked.value;
  }

  /** The graph of the current dataset version. */
  async get(): Promise<LoadedGraph> {
    const { version } = await this.currentVersion();
    if (this.current?.version === version) return this.current;
    if (this.loading?.version !== version) {
      const promise = this.load().then(
        (loaded) => {
          if (!this.current || this.current.version <= loaded.version) this.current = loaded;
          return loaded;
        },
        (err: unknown) => {
          this.loading = null;
          throw err;
        },
      );
      this.loading = { version, promise };
    }
    return this.loading.promise;
  }

  /** The graph of one dataset version (the newest it could read whole; maybe newer than asked for). */
  private async load(): Promise<LoadedGraph> {
    for (let attempt = 1; ; attempt++) {
      const before = await this.datasetVersion();
      const [places, partnerships, memberships] = await Promise.all([
        this.db.read<{ id: string; props: Record<string, unknown> }>('read/stream-municipalities'),
        this.db.read<{ source: string; target: string; props: Record<string, unknown> }>('read/stream-partnerships'),
        this.db.read<{ network: string; name: string; member: string }>('read/stream-memberships'),
      ]);
      const after = await this.datasetVersion();
      if (after.version === before.version) return this.build(after.version, after.updatedAt, places, partnerships, memberships);
      if (attempt === LOAD_ATTEMPTS) {
        throw new AppError('unavailable', 'The data changed during every read of it; try again.', { retryAfterSeconds: 1 });
      }
    }
  }

  private async build(
    version: number,
    updatedAt: string | null,
    places: { id: string; props: Record<string, unknown> }[],
    partnerships: { source: string; target: string; props: Record<string, unknown> }[],
    memberships: { network: string; name: string; member: string }[],
  ): Promise<LoadedGraph> {
    const graph = new UndirectedGraph({ allowSelfLoops: false });
    const networks = new Map<string, string>();
    const membersOf = new Map<string, string[]>();
    for (const m of memberships) {
      networks.set(m.network, m.name);
      const list = membersOf.get(m.member) ?? [];
      list.push(m.network);
      membersOf.set(m.member, list);
    }
    // built in slices, yielding between them, so that other requests are served meanwhile
    for (let i = 0; i < places.length; i++) {
      const { id, props } = places[i]!;
      const { id: _id, ...attributes } = props;
      // results written by POST /api/analyses/write are not data: the analyses make their own
      for (const name of ANALYSIS_PROPERTIES) delete attributes[name];
      graph.addNode(id, { ...attributes, networks: membersOf.get(id) ?? [] });
      if (i % SLICE === SLICE - 1) await yieldToLoop();
    }
    for (let i = 0; i < partnerships.length; i++) {
      const { source, target, props } = partnerships[i]!;
      graph.addUndirectedEdgeWithKey(`${source}|${target}`, source, target, props);
      if (i % SLICE === SLICE - 1) await yieldToLoop();
    }
    graph.updateAttributes(() => ({
      datasetVersion: version,
      updatedAt,
      networks: [...networks].map(([id, name]) => ({ id, name })),
    }));
    return { version, updatedAt, graph };
  }
}
