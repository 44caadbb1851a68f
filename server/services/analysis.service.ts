/**
 * Analyses of the current dataset under filters: the full suite runs as a job in the suite
 * worker (off the event loop) and is cached by dataset version + filters + options; the cheaper
 * tables (regions, recommendations, per-region E-I) are computed from the filtered view on demand
 * and cached alike. A caller either gets a result (within about 2 s) or the running job.
 */
import type { AbstractGraph } from 'graphology-types';
import { z } from 'zod';
import { buildCsr } from '../analytics/csr.ts';
import { compute as recommend, type Recommendation } from '../analytics/recommend/recommendations.ts';
import { compute as regionsTable, type RegionLevel, type RegionsResult } from '../analytics/regions/regions.ts';
import { compute as eiIndex } from '../analytics/eastwest/ei-index.ts';
import type { Suite } from '../analytics/suite/full-suite.ts';
import type { SuiteRunner } from '../analytics/suite/suite-runner.ts';
import type { DataLayer } from '../db/data-layer.ts';
import { applyFilters, filtersKey, partneredOnly, type Filters, type LeftOut } from '../graph/filters.ts';
import type { Job, JobManager } from './jobs.ts';

/** Options that change an analysis' numbers; part of every cache key. */
export const AnalysisShape = {
  resolution: z.coerce.number().positive().max(100).default(1).describe('Louvain resolution'),
  seed: z.coerce
    .number()
    .int()
    .min(0)
    .max(2 ** 31 - 1)
    .default(0)
    .describe('Seed of Louvain and the random baseline'),
  betweenness: z.enum(['exact', 'sampled']).default('exact').describe('Exact betweenness (Brandes) or sampled with k pivots'),
  k: z.coerce.number().int().min(2).max(1_000_000).default(500).describe('Pivots for sampled betweenness'),
};
export type AnalysisOptions = { resolution: number; seed: number; betweenness: 'exact' | 'sampled'; k: number };

export interface SuiteView {
  version: number;
  filters: Filters;
  leftOut: LeftOut;
  /** The network analysed: the view's places with at least one partnership. */
  graph: AbstractGraph;
  /** The whole filtered view, places without a partnership included (what /api/graph and the exports give). */
  data: { graph: AbstractGraph; leftOut: LeftOut };
  suite: Suite;
  /** Node id -> index into the suite's arrays. */
  index: Map<string, number>;
}

export type Outcome<T> = { state: 'done'; value: T } | { state: 'running'; job: Job };

export class AnalysisService {
  private readonly tables = new Map<string, unknown>();
  private version = -1;
  /** Per version and filters: the filtered view, and the network of its partnered places that the suite analyses. */
  private readonly views = new Map<
    string,
    { version: number; network: AbstractGraph; networkLeftOut: LeftOut } & ReturnType<typeof applyFilters>
  >();

  constructor(
    private readonly data: DataLayer,
    private readonly jobs: JobManager,
    private readonly runner: SuiteRunner,
  ) {}

  /** The filtered view of the current version, made once per version and filters. */
  private async view(filters: Filters) {
    await this.data.ensureReady();
    const { version, graph } = await this.data.graphs.get();
    this.jobs.cancelOlderThan(version);
    if (version !== this.version) {
      // results of older versions are never served again: let them go
      this.version = version;
      this.views.clear();
      this.tables.clear();
    }
    const key = `${version}|${filtersKey(filters)}`;
    let view = this.views.get(key);
    if (!view) {
      if (this.views.size >= 32) this.views.clear();
      const filtered = applyFilters(graph, filters);
      const network = partneredOnly(filtered.graph);
      const withoutPartnership = filtered.leftOut.municipalities.withoutPartnership + filtered.graph.order - network.order;
      const networkLeftOut = { ...filtered.leftOut, municipalities: { ...filtered.leftOut.municipalities, withoutPartnership } };
      view = { version, ...filtered, network, networkLeftOut };
      this.views.set(key, view);
    }
    return view;
  }

  /** The full suite for these filters and options: done, or the running job. */
  async suite(filters: Filters, options: AnalysisOptions, waitMs?: number, attempt = 1): Promise<Outcome<SuiteView>> {
    const { version, network: graph, networkLeftOut: leftOut, graph: dataGraph, leftOut: dataLeftOut } = await this.view(filters);
    const key = `suite|${version}|${filtersKey(filters)}|${options.resolution}|${options.seed}|${options.betweenness}|${options.betweenness === 'sampled' ? options.k : ''}`;
    const job = this.jobs.start<SuiteView>(key, version, async (report, signal) => {
      const suite = await this.runner.run(
        graph,
        {
          resolution: options.resolution,
          seed: options.seed,
          betweenness:
            options.betweenness === 'sampled'
              ? { mode: 'sampled', k: Math.min(options.k, Math.max(2, graph.order)), seed: options.seed }
              : { mode: 'exact' },
        },
        (fraction, stage) => report({ fraction, stage }),
        signal,
      );
      return {
        version,
        filters,
        leftOut,
        graph,
        data: { graph: dataGraph, leftOut: dataLeftOut },
        suite,
        index: new Map(suite.nodes.map((id, i) => [id, i])),
      };
    });
    try {
      const value = job.state === 'done' ? job.result! : await this.jobs.settle(job, waitMs);
      return value ? { state: 'done', value } : { state: 'running', job };
    } catch (err) {
      // the dataset moved on while we waited: answer for the new version instead
      // under a stream of writes, stop waiting after a few versions: the caller gets the newest job
      if (job.state === 'cancelled') return this.suite(filters, options, attempt < 3 ? waitMs : 0, attempt + 1);
      throw err;
    }
  }

  /** A cached table computed on the filtered view (cheap: linear in the graph's size). */
  private async table<T>(
    name: string,
    filters: Filters,
    extra: string,
    compute: (graph: AbstractGraph) => T,
  ): Promise<{ version: number; leftOut: LeftOut; value: T }> {
    const { version, graph, leftOut } = await this.view(filters);
    const key = `${name}|${version}|${filtersKey(filters)}|${extra}`;
    let value = this.tables.get(key) as T | undefined;
    if (value === undefined) {
      value = compute(graph);
      if (this.tables.size > 256) this.tables.clear();
      this.tables.set(key, value);
    }
    return { version, leftOut, value };
  }

  regions(
    filters: Filters,
    level: RegionLevel,
    divide: 'germany' | 'europe',
  ): Promise<{ version: number; leftOut: LeftOut; value: RegionsResult }> {
    return this.table('regions', filters, `${level}|${divide}`, (graph) => regionsTable(graph, { level, divide }));
  }

  recommendations(filters: Filters, id: string, limit: number): Promise<{ version: number; leftOut: LeftOut; value: Recommendation[] }> {
    return this.table('recommend', filters, `${id}|${limit}`, (graph) => recommend(graph, id, { limit }));
  }

  /** E-I index per region (countries for Europe, German states for Germany). */
  eiByRegion(filters: Filters, level: 'germany' | 'europe') {
    return this.table('ei', filters, level, (graph) => {
      const csr = buildCsr(graph);
      const sideAttr = level === 'germany' ? 'germany' : 'bloc';
      const groupAttr = level === 'germany' ? 'admin1' : 'country';
      const sides = csr.keys.map((k) => {
        const v = graph.getNodeAttribute(k, sideAttr) as unknown;
        return v === 'east' || v === 'west' ? v : null;
      });
      const groups = csr.keys.map((k) => {
        const v = graph.getNodeAttribute(k, groupAttr) as unknown;
        return typeof v === 'string' ? v : null;
      });
      return eiIndex(csr, sides, groups);
    });
  }
}
