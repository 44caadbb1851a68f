/**
 * A pool of worker threads for the source-splittable kernels (the shortest-path sweep behind
 * betweenness, closeness, harmonic closeness and distances, and east-west brokerage), one worker
 * per core (`os.availableParallelism()`) by default, so that analytics use every core and never
 * block the event loop. The CSR is copied once onto SharedArrayBuffers (cached per CSR) and shared
 * by all workers. Over every node, the folded sweep's roots are dealt round-robin, each bringing
 * its group (paths/folded-sweep.ts); over some sources, the plain sweep's sources are, a degree-1 source
 * together with the neighbour whose search serves it (paths/shortest-paths.ts), so that parts are alike
 * and no search runs twice.
 * Partial results are summed and finished exactly as the sequential kernels do, so parallel
 * results equal sequential ones up to the order of floating-point additions.
 *
 * Workers run the same modules as the main thread, compiled or through tsx (ts-worker.ts). Idle
 * workers do not keep the process alive; `close()` terminates them once they have loaded.
 */
import { availableParallelism } from 'node:os';
import { AppError } from '../../errors.ts';
import { finishBetweenness, planBetweenness, type BetweennessOptions, type BetweennessResult } from '../centrality/betweenness.ts';
import { closenessFromTotals, optionsSchema as closenessSchema } from '../centrality/closeness.ts';
import { finishPathMetrics, type PathMetrics } from '../centrality/path-metrics.ts';
import { shareCsr, type CsrTopology } from '../csr.ts';
import { finishBrokerage, planBrokerage, type BrokersOptions, type BrokersResult, type Side } from '../eastwest/brokers.ts';
import { foldedRoots, type FoldedSweepResult } from '../paths/folded-sweep.ts';
import { parseOptions } from '../options.ts';
import { isEveryNode, sourceAnchors } from '../paths/shortest-paths.ts';
import { largestComponentNodes } from '../structure/components.ts';
import { distanceTotalsFromSweep, finishDistances, type DistancesResult } from '../structure/distances.ts';
import type { KernelTask, ReplyMessage, TaskMessage, TaskResult } from './protocol.ts';
import { isReady, startTsWorker, stopTsWorker, workerEntry, type TsWorker } from './ts-worker.ts';

interface Pending {
  resolve: (result: TaskResult) => void;
  reject: (error: Error) => void;
}

interface Slot {
  thread: TsWorker;
  pending: Map<number, Pending>;
}

const WORKER_ENTRY = workerEntry('./kernel.worker', import.meta.url);
/** Parts per worker when a sweep is split: enough for a worker slowed by other load to take fewer. */
const PARTS_PER_WORKER = 4;

/** A run given up on (`cancelled` said so): no more parts were handed out. */
export class CancelledError extends Error {
  override name = 'CancelledError';
  constructor() {
    super('analytics: the run was cancelled.');
  }
}

export class WorkerPool {
  readonly size: number;
  private readonly slots = new Map<number, Slot>();
  private readonly shared = new WeakMap<CsrTopology, CsrTopology>();
  /** An id per shared CSR, so that a worker keeps what it derived from the graph between tasks. */
  private readonly graphIds = new WeakMap<Int32Array, number>();
  private nextGraphId = 0;
  private nextId = 0;
  private closed = false;

  private readonly cancelled: () => boolean;

  /** `cancelled`: asked before each part of a sweep is handed out; true gives up the sweep with a CancelledError. */
  constructor(options: { size?: number; cancelled?: () => boolean } = {}) {
    this.size = Math.max(1, Math.trunc(options.size ?? availableParallelism()));
    this.cancelled = options.cancelled ?? (() => false);
  }

  async betweenness(graph: CsrTopology, options?: BetweennessOptions): Promise<BetweennessResult> {
    const plan = planBetweenness(graph.n, options);
    const sweep = isEveryNode(graph.n, plan.sources)
      ? await this.folded(graph, foldedRoots(graph), true, [])
      : await this.sweep(graph, plan.sources, true);
    return finishBetweenness(sweep.dependency!, graph.n, plan);
  }

  async closeness(graph: CsrTopology, options?: { wfImproved?: boolean }): Promise<Float64Array> {
    const { wfImproved } = parseOptions('centrality/closeness', closenessSchema, options);
    return closenessFromTotals(await this.folded(graph, foldedRoots(graph), false, []), wfImproved);
  }

  async harmonic(graph: CsrTopology): Promise<Float64Array> {
    return (await this.folded(graph, foldedRoots(graph), false, [])).inverseDistanceSum;
  }

  async distances(graph: CsrTopology): Promise<DistancesResult> {
    const nodes = largestComponentNodes(graph);
    const inLargest = new Uint8Array(graph.n);
    for (const v of nodes) inLargest[v] = 1;
    const roots = foldedRoots(graph).filter((r) => inLargest[r] === 1);
    return finishDistances(nodes.length, distanceTotalsFromSweep(await this.folded(graph, roots, false, [])));
  }

  /** Exact betweenness (unless `betweenness` is false), closeness, harmonic closeness, distances, and brokers per side vector, from one sweep. */
  async pathMetrics(graph: CsrTopology, sides: readonly (readonly Side[])[] = [], betweenness = true): Promise<PathMetrics> {
    const plans = sides.map((s) => planBrokerage(graph.n, s));
    const sweep = await this.folded(
      graph,
      foldedRoots(graph),
      betweenness,
      plans.map((p) => p.side),
    );
    return finishPathMetrics(graph, sweep, plans);
  }

  async brokers(graph: CsrTopology, sides: ArrayLike<Side>, options?: BrokersOptions): Promise<BrokersResult> {
    const plan = planBrokerage(graph.n, sides, options);
    const sweep = await this.folded(graph, foldedRoots(graph), false, [plan.side]);
    return finishBrokerage(sweep.brokerage[0]!, plan);
  }

  async close(): Promise<void> {
    this.closed = true;
    const slots = [...this.slots.values()];
    this.slots.clear();
    await Promise.all(slots.map((slot) => stopTsWorker(slot.thread)));
  }

  /** The plain sweep over `sources`, split across the workers and summed. */
  private async sweep(graph: CsrTopology, sources: Int32Array, dependencies: boolean): Promise<FoldedSweepResult> {
    const parts = await this.run(graph, this.deal(sources, sourceAnchors(graph, sources)), (s) => ({
      kind: 'sweep',
      sources: s,
      dependencies,
    }));
    return sumParts(graph.n, parts, dependencies, 0);
  }

  /** The folded sweep over `roots` (each with its group), split across the workers and summed. */
  private async folded(graph: CsrTopology, roots: Int32Array, dependencies: boolean, sides: Int8Array[]): Promise<FoldedSweepResult> {
    const parts = await this.run(graph, this.deal(roots, roots), (r) => ({ kind: 'folded', roots: r, dependencies, sides }));
    return sumParts(graph.n, parts, dependencies, sides.length);
  }

  /** Splits sources into one part per worker, round-robin over anchors, a source with its anchor. */
  private deal(sources: Int32Array, anchors: Int32Array): Int32Array[] {
    const parts = Math.max(1, Math.min(this.size === 1 ? 1 : this.size * PARTS_PER_WORKER, sources.length));
    const partOf = new Map<number, number>();
    const lists: number[][] = Array.from({ length: parts }, () => []);
    for (let q = 0; q < sources.length; q++) {
      const a = anchors[q]!;
      let p = partOf.get(a);
      if (p === undefined) {
        p = partOf.size % parts;
        partOf.set(a, p);
      }
      lists[p]!.push(sources[q]!);
    }
    return lists.filter((l) => l.length > 0).map((l) => Int32Array.from(l));
  }

  /**
   * Runs the parts on the workers, each worker taking the next part when it is done with one, so
   * that a worker slowed down by other load takes fewer. Results are in the parts' order, so that
   * their sums do not depend on which worker was faster.
   */
  private async run(graph: CsrTopology, parts: Int32Array[], task: (s: Int32Array) => KernelTask): Promise<TaskResult[]> {
    if (this.closed) throw new AppError('unavailable', 'analytics/workers: the pool is closed.');
    const shared = this.share(graph);
    let graphId = this.graphIds.get(shared.targets);
    if (graphId === undefined) {
      graphId = this.nextGraphId++;
      this.graphIds.set(shared.targets, graphId);
    }
    const results = new Array<TaskResult>(parts.length);
    let next = 0;
    let failed = false;
    const drain = async (w: number): Promise<void> => {
      while (next < parts.length && !failed) {
        if (this.cancelled()) {
          failed = true;
          throw new CancelledError();
        }
        const i = next++;
        try {
          results[i] = await this.post(w, { id: this.nextId++, graphId, graph: shared, task: task(parts[i]!) });
        } catch (err) {
          failed = true;
          throw err;
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.size, parts.length) }, (_, w) => drain(w)));
    return results;
  }

  private share(graph: CsrTopology): CsrTopology {
    if (graph.offsets.buffer instanceof SharedArrayBuffer && graph.targets.buffer instanceof SharedArrayBuffer) {
      return { n: graph.n, offsets: graph.offsets, targets: graph.targets };
    }
    let shared = this.shared.get(graph);
    if (!shared) {
      shared = shareCsr(graph);
      this.shared.set(graph, shared);
    }
    return shared;
  }

  private post(index: number, message: TaskMessage): Promise<TaskResult> {
    const slot = this.slot(index);
    return new Promise<TaskResult>((resolve, reject) => {
      slot.pending.set(message.id, { resolve, reject });
      slot.thread.worker.ref();
      slot.thread.worker.postMessage(message);
    });
  }

  private slot(index: number): Slot {
    const existing = this.slots.get(index);
    if (existing) return existing;
    const thread = startTsWorker(WORKER_ENTRY);
    const { worker } = thread;
    const slot: Slot = { thread, pending: new Map() };
    worker.unref();
    worker.on('message', (reply: ReplyMessage) => {
      if (isReady(reply)) return;
      const waiting = slot.pending.get(reply.id);
      if (!waiting) return;
      slot.pending.delete(reply.id);
      if (slot.pending.size === 0) worker.unref();
      if (reply.ok) waiting.resolve(reply.result);
      else waiting.reject(new Error(reply.error));
    });
    const fail = (error: Error): void => {
      for (const waiting of slot.pending.values()) waiting.reject(error);
      slot.pending.clear();
      if (this.slots.get(index) === slot) this.slots.delete(index);
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`analytics/workers: worker exited with code ${code}.`)));
    this.slots.set(index, slot);
    return slot;
  }
}

function sumParts(n: number, parts: TaskResult[], dependencies: boolean, brokerages: number): FoldedSweepResult {
  const total = {
    dependency: dependencies ? new Float64Array(n) : null,
    reached: new Int32Array(n),
    distanceSum: new Float64Array(n),
    inverseDistanceSum: new Float64Array(n),
    eccentricity: new Int32Array(n),
    brokerage: Array.from({ length: brokerages }, () => new Float64Array(n)),
  };
  for (const part of parts) {
    if (total.dependency && part.dependency) add(total.dependency, part.dependency);
    add(total.reached, part.reached);
    add(total.distanceSum, part.distanceSum);
    add(total.inverseDistanceSum, part.inverseDistanceSum);
    add(total.eccentricity, part.eccentricity);
    total.brokerage.forEach((into, l) => add(into, part.brokerage[l]!));
  }
  return total;
}

function add(into: Float64Array | Int32Array, part: Float64Array | Int32Array): void {
  for (let i = 0; i < into.length; i++) into[i]! += part[i]!;
}
