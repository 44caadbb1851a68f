/**
 * One immutable in-memory graph per dataset version, loaded from Neo4j. Concurrent callers share
 * one load; a new dataset version (any write) makes the next call load anew. Analyses and the
 * /api/graph endpoint read from here, never from Neo4j directly; no caller mutates the graph.
 */
import { UndirectedGraph } from 'graphology';
import type { Database } from '../db/database.ts';
import { DATASET_KEY } from '../db/graph-writer.ts';

export interface LoadedGraph {
  version: number;
  updatedAt: string | null;
  graph: UndirectedGraph;
}

export class GraphStore {
  private current: LoadedGraph | null = null;
  private loading: { version: number; promise: Promise<LoadedGraph> } | null = null;

  constructor(private readonly db: Database) {}

  async datasetVersion(): Promise<{ version: number; updatedAt: string | null }> {
    const [row] = await this.db.read<{ version: number; updatedAt: string | null }>('read/get-dataset', { key: DATASET_KEY });
    return { version: row?.version ?? 0, updatedAt: row?.updatedAt ?? null };
  }

  /** The graph of the current dataset version. */
  async get(): Promise<LoadedGraph> {
    const { version, updatedAt } = await this.datasetVersion();
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
    for (const { id, props } of places) {
      const { id: _id, ...attributes } = props;
      graph.addNode(id, { ...attributes, networks: membersOf.get(id) ?? [] });
    }
    for (const { source, target, props } of partnerships) {
      graph.addUndirectedEdgeWithKey(`${source}|${target}`, source, target, props);
    }
    graph.updateAttributes(() => ({
      datasetVersion: version,
      updatedAt,
      networks: [...networks].map(([id, name]) => ({ id, name })),
    }));
    return { version, updatedAt, graph };
  }
}
