/**
 * The force layout of the graph that GET /api/graph answers without filters (every place, every
 * partnership): computed once per dataset version as a job (jobs.ts) in a worker thread, kept
 * for that version, and started in the background as soon as a version's graph is asked for, so
 * that it is usually ready by the time someone switches to the force view. A new version's job
 * cancels the older one (JobManager.start).
 */
import { filtersOf } from '../../contract/api/query.ts';
import type { ForceLayout } from '../analytics/layout/force-layout.ts';
import { layoutInWorker } from '../analytics/layout/layout-in-worker.ts';
import type { DataLayer } from '../db/data-layer.ts';
import { applyFilters } from '../graph/filters.ts';
import type { Outcome } from './analysis.service.ts';
import type { Job, JobManager } from './jobs.ts';

/** The filters of GET /api/graph without a query: the graph the client draws. */
const GRAPH_FILTERS = filtersOf({});

export interface VersionedLayout extends ForceLayout {
  readonly version: number;
}

export class LayoutService {
  /** The newest layout computed: kept here too, so that other jobs never push it out of the job cache. */
  private latest: VersionedLayout | null = null;

  constructor(
    private readonly data: DataLayer,
    private readonly jobs: JobManager,
  ) {}

  /** The force layout of the current version: done within `waitMs`, or the running job. */
  async force(waitMs?: number, attempt = 1): Promise<Outcome<VersionedLayout>> {
    const { layout, job } = await this.start();
    if (layout) return { state: 'done', value: layout };
    try {
      const value = job.state === 'done' ? job.result! : await this.jobs.settle(job, waitMs);
      return value ? { state: 'done', value } : { state: 'running', job };
    } catch (err) {
      // the dataset moved on while we waited: ask for the new version's layout (a few times)
      if (job.state === 'cancelled' && attempt < 3) return this.force(waitMs, attempt + 1);
      throw err;
    }
  }

  /** Starts the layout of the current version if it is neither running nor done; errors stay in the job. */
  async prepare(): Promise<void> {
    await this.start();
  }

  /** The layout of the current version when it is known, else its job (started if need be). */
  private async start(): Promise<{ layout: VersionedLayout; job?: undefined } | { layout?: undefined; job: Job<VersionedLayout> }> {
    await this.data.ensureReady();
    const { version, graph } = await this.data.graphs.get();
    if (this.latest?.version === version) return { layout: this.latest };
    const job = this.jobs.start<VersionedLayout>(`layout|force|${version}`, version, async (report, signal) => {
      const view = applyFilters(graph, GRAPH_FILTERS).graph;
      report({ fraction: 0, stage: 'force layout' });
      const layout = await layoutInWorker(view, {
        signal,
        // the rounds it will take are not known before: the fraction is of the most it may take (the client reads it so)
        progress: (rounds, maxRounds) => report({ fraction: rounds / maxRounds, stage: `force layout: ${rounds} rounds` }),
      });
      const done = { version, ...layout };
      if (!this.latest || this.latest.version <= version) this.latest = done;
      return done;
    });
    return { job };
  }
}
