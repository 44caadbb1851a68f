/**
 * Messages between the pool (pool.ts) and its worker threads (kernel.worker.ts). The graph travels
 * as SharedArrayBuffer-backed typed arrays (csr.ts `shareCsr`): posting them shares the memory,
 * nothing is copied. Results come back as transferred typed arrays.
 */
import type { CsrTopology } from '../csr.ts';

export type KernelTask =
  | { kind: 'sweep'; sources: Int32Array; dependencies: boolean }
  | { kind: 'brokers'; sources: Int32Array; side: Int8Array };

export interface TaskMessage {
  id: number;
  graph: CsrTopology;
  task: KernelTask;
}

export type TaskResult =
  | {
      kind: 'sweep';
      dependency: Float64Array | null;
      reached: Int32Array;
      distanceSum: Float64Array;
      inverseDistanceSum: Float64Array;
      eccentricity: Int32Array;
    }
  | { kind: 'values'; values: Float64Array };

export type ReplyMessage = { id: number; ok: true; result: TaskResult } | { id: number; ok: false; error: string };
