import { getEventListeners } from 'node:events';
import { describe, expect, it } from 'vitest';
import { SuiteRunner } from '../../server/analytics/suite/suite-runner.ts';
import { twinTownGraph } from '../../bench/lib/twin-town-graph.ts';

describe('the suite runner', () => {
  it('gives up a cancelled run and takes the next one on the same worker', async () => {
    const runner = new SuiteRunner({ poolSize: 2 });
    try {
      const graph = twinTownGraph({ edges: 6000, seed: 3 });
      const controller = new AbortController();
      const stages: string[] = [];
      const first = runner.run(
        graph,
        {},
        (_f, stage) => {
          stages.push(stage);
          if (stages.length === 1) controller.abort(new Error('superseded'));
        },
        controller.signal,
      );
      const worker = runner.workerThreadId;
      await expect(first).rejects.toThrow('superseded');
      const second = await runner.run(graph, {});
      expect(second.summary.nodes).toBe(graph.order);
      expect(stages.length).toBeLessThan(4); // the first stopped at a progress report
      expect(runner.workerThreadId).toBe(worker); // not replaced
    } finally {
      await runner.close();
    }
  });

  it('leaves no listener on the signal of a settled run (the signal outlives it)', async () => {
    const runner = new SuiteRunner({ poolSize: 1 });
    try {
      const graph = twinTownGraph({ edges: 500, seed: 5 });
      const controller = new AbortController();
      await runner.run(graph, {}, () => {}, controller.signal);
      expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
      const cancelled = new AbortController();
      const run = runner.run(graph, {}, () => cancelled.abort(new Error('superseded')), cancelled.signal);
      await expect(run).rejects.toThrow('superseded');
      expect(getEventListeners(cancelled.signal, 'abort')).toHaveLength(0);
    } finally {
      await runner.close();
    }
  });

  it('rejects queued runs when closed', async () => {
    const runner = new SuiteRunner({ poolSize: 1 });
    const graph = twinTownGraph({ edges: 3000, seed: 4 });
    const running = runner.run(graph, {});
    const queued = runner.run(graph, {});
    const closing = runner.close();
    await expect(queued).rejects.toThrow('The server is stopping.');
    await expect(running).rejects.toThrow('The server is stopping.');
    await closing;
  });
});
