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
   * GDS's own figures (unnormalised: analytics/gds/gds-figures.ts), structure (components,
   * bridges, articulation points) and, when asked, Louvain partition of the network of these
   * partnerships: one projection for all of them.
   */
  figures(edges: Edges, louvain: boolean): Promise<{ figures: GdsFigures; structure: GdsStructure; louvain: Map<string, number> | null }> {
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
      return { figures, structure, louvain: louvain ? await this.partition(graph, 'louvain', 0, 1) : null };
    });
  }

  /**
   * GDS's communities of the network of these partnerships, one partition per seed: Leiden with
   * each seed and `resolution` as gamma; Louvain once, as it takes neither (one thread makes both repeat).
   */
  communities(edges: Edges, algorithm: CommunityAlgorithm, seeds: readonly number[], resolution: number): Promise<Map<string, number>[]> {
    return this.projected(edges, async (graph) => {
      const partitions: Map<string, number>[] = [];
      for (const seed of algorithm === 'louvain' ? seeds.slice(0, 1) : seeds)
        partitions.push(await this.partition(graph, algorithm, seed, resolution));
      return partitions;
    });
  }

  /** GDS's community of each place of a projection. */
  private async partition(graph: string, algorithm: CommunityAlgorithm, seed: number, resolution: number): Promise<Map<string, number>> {
    const rows = await this.db.read<{ id: string; community: number }>(`read/gds-${algorithm}`, { graph, seed, resolution });
    return new Map(rows.map((r) => [r.id, r.community]));
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
