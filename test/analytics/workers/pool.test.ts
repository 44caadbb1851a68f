import { afterAll, describe, expect, it } from 'vitest';
import { compute as betweenness } from '../../../server/analytics/centrality/betweenness.ts';
import { compute as closeness } from '../../../server/analytics/centrality/closeness.ts';
import { compute as pathMetrics } from '../../../server/analytics/centrality/path-metrics.ts';
import { compute as harmonic } from '../../../server/analytics/centrality/harmonic.ts';
import { compute as brokers, type Side } from '../../../server/analytics/eastwest/brokers.ts';
import { compute as distances } from '../../../server/analytics/structure/distances.ts';
import { WorkerPool } from '../../../server/analytics/workers/pool.ts';
import { load, maxAbsDiff } from '../fixtures.ts';

// Parallel results equal sequential ones up to the order of floating-point additions (1e-12).
const SAME = 1e-12;

describe('worker pool (tsx worker threads sharing the CSR)', () => {
  const pool = new WorkerPool({ size: 3 });
  afterAll(() => pool.close());
  const { fixture, csr } = load('generated-2k');

  it('parallel betweenness equals sequential, exact and sampled', async () => {
    const parallel = await pool.betweenness(csr);
    expect(maxAbsDiff(parallel.values, Array.from(betweenness(csr).values))).toBeLessThan(SAME);
    expect(maxAbsDiff(parallel.values, fixture.betweenness)).toBeLessThan(1e-9);
    const sampled = await pool.betweenness(csr, { k: 150, seed: 4 });
    const sequential = betweenness(csr, { k: 150, seed: 4 });
    expect(Array.from(sampled.sample!.pivots)).toEqual(Array.from(sequential.sample!.pivots));
    expect(maxAbsDiff(sampled.values, Array.from(sequential.values))).toBeLessThan(SAME);
  });

  it('parallel closeness, harmonic and distances equal sequential', async () => {
    const [c, h, d] = await Promise.all([pool.closeness(csr), pool.harmonic(csr), pool.distances(csr)]);
    expect(Array.from(c)).toEqual(Array.from(closeness(csr)));
    expect(Array.from(h)).toEqual(Array.from(harmonic(csr)));
    expect(d).toEqual(distances(csr));
  });

  it('parallel brokers equal sequential', async () => {
    const side = fixture.attribute.values.map((a): Side => (a === 'east' || a === 'west' ? a : null));
    const parallel = await pool.brokers(csr, side);
    expect(maxAbsDiff(parallel.values, Array.from(brokers(csr, side).values))).toBeLessThan(SAME);
  });

  it('rejects bad options as a promise rejection, and keeps working', async () => {
    await expect(pool.betweenness(csr, { pivots: [0, 0] })).rejects.toThrow(/pivots must be distinct/);
    const { values } = await pool.betweenness(load('karate').csr);
    expect(maxAbsDiff(values, load('karate').fixture.betweenness)).toBeLessThan(1e-9);
  });
});

describe('worker pool: one sweep for all shortest-path metrics', () => {
  const pool = new WorkerPool();
  afterAll(() => pool.close());

  it('equals the sequential sweep and NetworkX', async () => {
    for (const name of ['star', 'components', 'generated-2k']) {
      const { fixture, csr } = load(name);
      const parallel = await pool.pathMetrics(csr);
      const sequential = pathMetrics(csr);
      expect(maxAbsDiff(parallel.betweenness!, Array.from(sequential.betweenness!))).toBeLessThan(SAME);
      expect(Array.from(parallel.closeness)).toEqual(Array.from(sequential.closeness));
      expect(Array.from(parallel.harmonic)).toEqual(Array.from(sequential.harmonic));
      expect(parallel.distances).toEqual(sequential.distances);
      expect(maxAbsDiff(parallel.betweenness!, fixture.betweenness)).toBeLessThan(1e-9);
    }
  });
});
