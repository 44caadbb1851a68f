/**
 * One immutable in-memory graph per dataset version, loaded from Neo4j. Concurrent callers share
 * one load; a new dataset version (any write) makes the next call load anew. Analyses and the
 * /api/graph endpoint read from here, never from Neo4j directly; no caller mutates the graph.
 */
import { UndirectedGraph } from 'graphology';
import type { Database } from '../db/database.ts';
import { DATASET_KEY } from '../db/graph-writer.ts';

const SLICE = 2000;
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
    const { version, updatedAt } = await this.currentVersion();
    if (this.current?.version === version) return this.current;
    if (this.loading?.version !== version) {
      const promise = this.load(version, updatedAt).then(
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

  private async load(version: number, updatedAt: string | null): Promise<LoadedGraph> {
    const [places, partnerships, memberships] = await Promise.all([
      this.db.read<{ id: string; props: Record<string, unknown> }>('read/stream-municipalities'),
      this.db.read<{ source: string; target: string; props: Record<string, unknown> }>('read/stream-partnerships'),
      this.db.read<{ network: string; name: string; member: string }>('read/stream-memberships'),
    ]);
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
