/**
 * Neo4j Graph Data Science on the connected server, where it is installed: whether it is, and the
 * figures of a network projected from exactly the partnerships given (the analysed network of a
 * filtered view). Every statement is a `.cypher` file (cypher/read/gds-*); one projection per call,
 * dropped again whatever happens.
 */
import { randomUUID } from 'node:crypto';
import { GDS_MEASURES, type GdsFigures, type GdsMeasure, type GdsStructure } from '../analytics/gds/gds-figures.ts';
import type { CommunityAlgorithm } from '../../contract/vocabularies.ts';
import type { Database } from './database.ts';

/** A network's partnerships, as [id, id] pairs. */
type Edges = readonly (readonly [string, string])[];

export interface GdsStatus {
  available: boolean;
  version: string | null;
  /** Why the server could not be asked (a user not allowed to list functions). */
  reason?: string;
}

export class GdsStore {
  constructor(private readonly db: Database) {}

  /** Whether the server has GDS, and its version; a server that refuses to say has none, with the reason. */
  async status(): Promise<GdsStatus> {
    try {
      if ((await this.db.read('read/find-gds')).length === 0) return { available: false, version: null };
      const [row] = await this.db.read<{ version: string }>('read/gds-version');
      return { available: true, version: row?.version ?? null };
    } catch (err) {
      return {
        available: false,
        version: null,
        reason: `Could not ask the server about GDS: ${err instanceof Error ? err.message : 'unknown error'}`,
      };
    }
  }

  /**
   * GDS's own figures (unnormalised: analytics/gds/gds-figures.ts) and structure (components,
   * bridges, articulation points) of the network of these partnerships.
   */
  figures(edges: Edges): Promise<{ figures: GdsFigures; structure: GdsStructure }> {
    return this.projected(edges, async (graph) => {
      const figures = {} as Record<GdsMeasure, Map<string, number>>;
      for (const measure of GDS_MEASURES) {
        const rows = await this.db.read<{ id: string; value: number }>(`read/gds-${measure}`, { graph });
        figures[measure] = new Map(rows.map((r) => [r.id, r.value]));
      }
      const components = await this.db.read<{ id: string; component: number }>('read/gds-components', { graph });
      const bridges = await this.db.read<{ a: string; b: string }>('read/gds-bridges', { graph });
      const cuts = await this.db.read<{ id: string }>('read/gds-articulation-points', { graph });
      const structure: GdsStructure = {
        component: new Map(components.map((r) => [r.id, r.component])),
        bridges: bridges.map((r) => [r.a, r.b]),
        articulationPoints: cuts.map((r) => r.id),
      };
      return { figures, structure };
    });
  }

  /**
   * GDS's communities of the network of these partnerships, one partition per seed: Leiden with
   * each seed and `resolution` as gamma; Louvain once, as it takes neither (one thread makes both repeat).
   */
  communities(edges: Edges, algorithm: CommunityAlgorithm, seeds: readonly number[], resolution: number): Promise<Map<string, number>[]> {
    return this.projected(edges, async (graph) => {
      const partitions: Map<string, number>[] = [];
      for (const seed of algorithm === 'louvain' ? seeds.slice(0, 1) : seeds) {
        const rows = await this.db.read<{ id: string; community: number }>(`read/gds-${algorithm}`, { graph, seed, resolution });
        partitions.push(new Map(rows.map((r) => [r.id, r.community])));
      }
      return partitions;
    });
  }

  /** `work` on a projection of exactly these partnerships, dropped again whatever happens. */
  private async projected<T>(edges: Edges, work: (graph: string) => Promise<T>): Promise<T> {
    const graph = `jumelage-${randomUUID()}`;
    await this.db.read('read/gds-project', { graph, edges });
    try {
      return await work(graph);
    } finally {
      await this.db.read('read/gds-drop', { graph });
    }
  }
}
