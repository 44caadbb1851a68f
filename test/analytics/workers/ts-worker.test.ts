import { describe, expect, it } from 'vitest';
import { SuiteRunner } from '../../../server/analytics/suite/suite-runner.ts';
import { WorkerPool } from '../../../server/analytics/workers/pool.ts';
import { startTsWorker, stopTsWorker } from '../../../server/analytics/workers/ts-worker.ts';

const KERNEL = new URL('../../../server/analytics/workers/kernel.worker.ts', import.meta.url).href;
const SUITE = new URL('../../../server/analytics/suite/suite.worker.ts', import.meta.url).href;
// a path 0-1-2: node 1 lies on the one shortest path between 0 and 2
const PATH = { n: 3, offsets: Int32Array.from([0, 1, 3, 4]), targets: Int32Array.from([1, 0, 2, 1]) };

function events(thread: ReturnType<typeof startTsWorker>): string[] {
  const seen: string[] = [];
  void thread.loaded.then(() => seen.push('loaded'));
  thread.worker.once('exit', (code) => seen.push(`exit ${code}`));
  return seen;
}

// Node 20 can abort the process when a worker is terminated while its modules still load
// (worker-bootstrap.mjs): workers are stopped only after they have loaded, and exit by themselves.
describe('stopping TypeScript worker threads', () => {
  it('waits until a worker has loaded, then lets it exit by itself (code 0: not terminated)', async () => {
    for (const entry of [KERNEL, SUITE]) {
      const thread = startTsWorker(entry, {});
      const seen = events(thread);
      await stopTsWorker(thread);
      expect(seen).toEqual(['loaded', 'exit 0']);
    }
  });

  it('closes runners and pools at any moment of their start; a task then in flight settles', async () => {
    for (const delay of [0, 5, 50, 200]) {
      const runner = new SuiteRunner();
      runner.warm();
      const pool = new WorkerPool({ size: 2 });
      const running = pool.betweenness(PATH, { normalized: false });
      await new Promise((resolve) => setTimeout(resolve, delay));
      await Promise.all([runner.close(), pool.close()]);
      // the task either finished before the close or failed with the pool's exit: never hangs
      const outcome = await running.then(
        (result) => result.values[1],
        (err: Error) => err.message,
      );
      expect([1, 'analytics/workers: worker exited with code 0.', 'analytics/workers: worker exited with code 1.']).toContain(outcome);
    }
  });
});
