/**
 * Messages between the pool (pool.ts) and its worker threads (kernel.worker.ts). The graph travels
 * as SharedArrayBuffer-backed typed arrays (csr.ts `shareCsr`): posting them shares the memory,
 * nothing is copied. Results come back as transferred typed arrays.
 */
import type { CsrTopology } from '../csr.ts';

export type KernelTask =
  /** The plain sweep (paths/shortest-paths.ts) over some sources. */
  | { kind: 'sweep'; sources: Int32Array; dependencies: boolean }
  /** The folded sweep (paths/folded-sweep.ts) over some roots, with a brokerage per side vector. */
  | { kind: 'folded'; roots: Int32Array; dependencies: boolean; sides: Int8Array[] };

export interface TaskMessage {
  id: number;
  /** The same for every task on one graph: the worker reuses the graph it kept, and what it derived (tree pruning, local numbering). */
  graphId: number;
  graph: CsrTopology;
  task: KernelTask;
}

export interface TaskResult {
  dependency: Float64Array | null;
  reached: Int32Array;
  distanceSum: Float64Array;
  inverseDistanceSum: Float64Array;
  eccentricity: Int32Array;
  /** One per side vector of a folded task; empty for a plain one. */
  brokerage: Float64Array[];
}

export type ReplyMessage = { id: number; ok: true; result: TaskResult } | { id: number; ok: false; error: string };
