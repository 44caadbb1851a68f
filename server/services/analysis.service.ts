/**
 * Analyses of the current dataset under filters: the full suite runs as a job in the suite
 * worker (off the event loop) and is cached by dataset version + filters + options; the cheaper
 * tables (regions, recommendations, per-region E-I, the CSR that paths are searched on) are
 * computed from the filtered view on demand and cached alike. A caller either gets a result
 * (within about 2 s) or the running job.
 */
import type { AbstractGraph } from 'graphology-types';
import { buildCsr, type Csr } from '../analytics/csr.ts';
import { compute as recommend, optionsSchema as recommendOptions } from '../analytics/recommend/recommendations.ts';
import { regionPartners, type RegionPair } from '../analytics/recommend/region-partners.ts';
import { whatIf, type RegionChange } from '../analytics/regions/what-if.ts';
import type { Recommendation } from '../../contract/api/analyses.ts';
import { regionOf, compute as regionsTable, type RegionsResult } from '../analytics/regions/regions.ts';
import { fitInWorker } from '../analytics/regions/model-in-worker.ts';
import { municipalityRows, type MunicipalityModel } from '../analytics/regions/municipality-model.ts';
import { coverage, type Coverage } from '../analytics/regions/coverage.ts';
import type { RegionRule } from '../../contract/api/regions.ts';
import { regionName } from './region-geometry.ts';
import type { AnalyticsEngine, CommunityAlgorithm, Divide, RegionLevel } from '../../contract/vocabularies.ts';
import { compute as eiIndex } from '../analytics/eastwest/ei-index.ts';
import type { SignificanceResult } from '../analytics/structure/significance.ts';
import type { EvolutionOptions, EvolutionResult } from '../analytics/evolution/evolution.ts';
import { compute as powerLawFit, type PowerLawFit } from '../analytics/distance/power-law-fit.ts';
import { compute as tieDistances, type TieDistances } from '../analytics/distance/tie-distances.ts';
import type { SuiteCommunities } from '../analytics/suite/communities.ts';
import type { SuiteRunner } from '../analytics/suite/suite-runner.ts';
import type { SuiteView } from '../analytics/suite/suite-view.ts';
import type { DataLayer } from '../db/data-layer.ts';
import { filtersKey, type Filters, type LeftOut } from '../../contract/filters.ts';
import type { AnalysisOptions } from '../../contract/api/query.ts';
import { sideOf } from '../../contract/sides.ts';
import { applyFilters, partneredOnly } from '../graph/filters.ts';
import { gdsCommunities, withGdsFigures } from './gds-engine.ts';
import type { Job, JobManager } from './jobs.ts';

export type Outcome<T> = { state: 'done'; value: T } | { state: 'running'; job: Job };

/** The communities of one filtered view, by one algorithm: what /api/communities answers from. */
export type CommunitiesView = Omit<SuiteView, 'suite' | 'index'> & { communities: SuiteCommunities };

/** The candidate pool of a region's recommendations: the default of a town's. */
const RECOMMEND_NEARBY = recommendOptions.parse({}).nearby;

/** The stability seeds of a Leiden answer: as many as the full suite gives Louvain. */
const STABILITY_SEEDS = 4;

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
    /** Where the suite's centralities, k-cores and communities come from (services/gds-engine.ts). */
    readonly engine: AnalyticsEngine = 'inprocess',
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

  /**
   * A job's outcome: its result when it is done within `waitMs`, else the running job. When the
   * dataset moved on while we waited (the job was cancelled), `again` asks for the new version;
   * under a stream of writes it stops waiting after a few versions: the caller gets the newest job.
   */
  private async settled<T>(
    job: Job<T>,
    waitMs: number | undefined,
    attempt: number,
    again: (waitMs: number | undefined, attempt: number) => Promise<Outcome<T>>,
  ): Promise<Outcome<T>> {
    try {
      const value = job.state === 'done' ? job.result! : await this.jobs.settle(job, waitMs);
      return value ? { state: 'done', value } : { state: 'running', job };
    } catch (err) {
      if (job.state === 'cancelled') return again(attempt < 3 ? waitMs : 0, attempt + 1);
      throw err;
    }
  }

  /** The full suite for these filters and options: done, or the running job. */
  async suite(filters: Filters, options: AnalysisOptions, waitMs?: number, attempt = 1): Promise<Outcome<SuiteView>> {
    const { version, network: graph, networkLeftOut: leftOut, graph: dataGraph, leftOut: dataLeftOut } = await this.view(filters);
    const key = `suite|${version}|${filtersKey(filters)}|${options.resolution}|${options.seed}|${options.betweenness}|${options.betweenness === 'sampled' ? options.k : ''}`;
    const job = this.jobs.start<SuiteView>(key, version, async (report, signal) => {
      const computed = await this.runner.run(
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
      if (this.engine === 'gds') report({ fraction: 0.95, stage: 'Graph Data Science: centralities, k-cores and communities' });
      const suite = this.engine === 'gds' ? await withGdsFigures(this.data.gds, computed, graph) : computed;
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
    return this.settled(job, waitMs, attempt, (wait, next) => this.suite(filters, options, wait, next));
  }

  /**
   * The communities by `algorithm`: Louvain's are the full suite's; Leiden's are a job of their
   * own (the suite worker's queue, cached like the suite), so the default suite never pays for them.
   */
  async communities(
    filters: Filters,
    options: AnalysisOptions,
    algorithm: CommunityAlgorithm,
    waitMs?: number,
    attempt = 1,
  ): Promise<Outcome<CommunitiesView>> {
    if (algorithm === 'louvain') {
      const outcome = await this.suite(filters, options, waitMs);
      if (outcome.state === 'running') return outcome;
      const v = outcome.value;
      return {
        state: 'done',
        value: {
          version: v.version,
          filters: v.filters,
          leftOut: v.leftOut,
          graph: v.graph,
          data: v.data,
          communities: v.suite.communities,
        },
      };
    }
    const { version, network: graph, networkLeftOut: leftOut, graph: dataGraph, leftOut: dataLeftOut } = await this.view(filters);
    const key = `communities|${algorithm}|${version}|${filtersKey(filters)}|${options.resolution}|${options.seed}`;
    const job = this.jobs.start<CommunitiesView>(key, version, async (_report, signal) => {
      const asked = { algorithm, resolution: options.resolution, seed: options.seed, stabilitySeeds: STABILITY_SEEDS };
      const communities =
        this.engine === 'gds' ? await gdsCommunities(this.data.gds, graph, asked) : await this.runner.communities(graph, asked, signal);
      return { version, filters, leftOut, graph, data: { graph: dataGraph, leftOut: dataLeftOut }, communities };
    });
    return this.settled(job, waitMs, attempt, (wait, next) => this.communities(filters, options, algorithm, wait, next));
  }

  /**
   * The assortativities and modularity of the suite's network against degree-preserving rewiring
   * (structure/significance.ts): a job of its own in the suite worker's queue, cached like the
   * suite per version, filters, resolution, seed and samples, and never part of the default suite.
   */
  async significance(
    filters: Filters,
    options: AnalysisOptions,
    samples: number,
    waitMs?: number,
    attempt = 1,
  ): Promise<Outcome<{ version: number; significance: SignificanceResult }>> {
    const { version, network: graph } = await this.view(filters);
    const key = `significance|${version}|${filtersKey(filters)}|${options.resolution}|${options.seed}|${samples}`;
    const job = this.jobs.start(key, version, async (report, signal) => {
      const significance = await this.runner.significance(
        graph,
        { samples, seed: options.seed, resolution: options.resolution },
        (fraction, stage) => report({ fraction, stage: `significance: ${stage}` }),
        signal,
      );
      return { version, significance };
    });
    return this.settled(job, waitMs, attempt, (wait, next) => this.significance(filters, options, samples, wait, next));
  }

  /**
   * The network year by year (analytics/evolution/): a job of its own in the suite worker's queue,
   * on every partnership these filters keep, dated or not, ended or not (each year applies the
   * year rule itself); cached per version, filters and series like the suite.
   */
  async evolution(
    filters: Filters,
    options: Required<Omit<EvolutionOptions, 'modularity'>>,
    waitMs?: number,
    attempt = 1,
  ): Promise<Outcome<{ version: number; leftOut: LeftOut; evolution: EvolutionResult }>> {
    const { version, network: graph, networkLeftOut: leftOut } = await this.view(filters);
    const { from, to, step, seed, resolution } = options;
    const key = `evolution|${version}|${filtersKey(filters)}|${from}|${to}|${step}|${seed}|${resolution}`;
    const job = this.jobs.start(key, version, async (report, signal) => {
      const evolution = await this.runner.evolution(
        graph,
        options,
        (fraction, stage) => report({ fraction, stage: `evolution: ${stage}` }),
        signal,
      );
      return { version, leftOut, evolution };
    });
    return this.settled(job, waitMs, attempt, (wait, next) => this.evolution(filters, options, wait, next));
  }

  /** Every partnership's length and the decay exponent of the view (linear, and one sort). */
  distances(filters: Filters): Promise<{ version: number; leftOut: LeftOut; value: TieDistances & { decay: PowerLawFit } }> {
    return this.table('distances', filters, '', (graph) => {
      const measured = tieDistances(graph);
      return { ...measured, decay: powerLawFit(measured.ties.map((t) => t.km)) };
    });
  }

  /** A cached table computed on the filtered view: cheap (linear in the graph's size), or a promise of work done elsewhere (a worker). */
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
      // a table computed elsewhere (a promise) that fails is not kept: the next request tries again
      if (value instanceof Promise) value.catch(() => this.tables.get(key) === value && this.tables.delete(key));
    }
    return { version, leftOut, value };
  }

  /**
   * The filtered view, places without a partnership included (what /api/graph gives), with its
   * CSR: what paths and neighbourhoods are searched on, made once per version and filters.
   */
  graphView(filters: Filters): Promise<{ version: number; leftOut: LeftOut; value: { graph: AbstractGraph; csr: Csr } }> {
    return this.table('graph-view', filters, '', (graph) => ({ graph, csr: buildCsr(graph) }));
  }

  /**
   * The count model of the view's German municipalities (their expected partnerships), shared by
   * both German levels; fitted in a worker thread (0.5–1 s on the default dataset), the promise
   * cached so that requests meanwhile share one fit.
   */
  async regionModel(filters: Filters): Promise<{ version: number; leftOut: LeftOut; value: MunicipalityModel }> {
    const { version, leftOut, value } = await this.table('region-model', filters, '', (graph) => fitInWorker(municipalityRows(graph)));
    return { version, leftOut, value: await value };
  }

  /** A level's regions table (see analytics/regions/regions.ts) and what its counts cover. */
  async regions(
    filters: Filters,
    level: RegionLevel,
    divide: Divide,
    rule: RegionRule = 'ratio',
  ): Promise<{ version: number; leftOut: LeftOut; value: RegionsResult & { coverage: Coverage } }> {
    const model = level === 'country' ? null : (await this.regionModel(filters)).value;
    return this.table('regions', filters, `${level}|${divide}|${rule}`, (graph) => ({
      ...regionsTable(graph, { level, divide, rule }, model, (code) => regionName(level, code)),
      coverage: coverage(graph, level),
    }));
  }

  /**
   * Partners for a German state or district (analytics/recommend/region-partners.ts) and what
   * the first `whatIf` of them would change, the count model held fixed (analytics/regions/what-if.ts).
   */
  async regionPartners(
    filters: Filters,
    q: { region: string; level: 'state' | 'district'; divide: Divide | null; limit: number; whatIf: number; rule: RegionRule },
  ): Promise<{ version: number; leftOut: LeftOut; value: { pairs: RegionPair[]; changes: RegionChange[] } }> {
    const model = (await this.regionModel(filters)).value;
    const extra = `${q.region}|${q.divide}|${q.limit}|${q.whatIf}|${q.rule}`;
    return this.table('region-partners', filters, extra, (graph) => {
      const members = graph.filterNodes((_n, a) => regionOf(a, q.level) === q.region);
      const pairs = regionPartners(graph, { members, divide: q.divide, limit: q.limit, nearby: RECOMMEND_NEARBY });
      const ties = pairs.slice(0, q.whatIf).map((p) => [p.from, p.to] as const);
      const options = { level: q.level, divide: q.divide ?? 'germany', rule: q.rule };
      return { pairs, changes: whatIf(graph, ties, options, model, regionName, q.region) };
    });
  }

  recommendations(filters: Filters, id: string, limit: number): Promise<{ version: number; leftOut: LeftOut; value: Recommendation[] }> {
    return this.table('recommend', filters, `${id}|${limit}`, (graph) => recommend(graph, id, { limit }));
  }

  /** E-I index per region (countries for Europe, German states for Germany). */
  eiByRegion(filters: Filters, level: Divide) {
    return this.table('ei', filters, level, (graph) => {
      const csr = buildCsr(graph);
      const groupAttr = level === 'germany' ? 'admin1' : 'country';
      const sides = csr.keys.map((k) => sideOf(graph.getNodeAttributes(k), level));
      const groups = csr.keys.map((k) => {
        const v = graph.getNodeAttribute(k, groupAttr) as unknown;
        return typeof v === 'string' ? v : null;
      });
      return eiIndex(csr, sides, groups);
    });
  }
}
