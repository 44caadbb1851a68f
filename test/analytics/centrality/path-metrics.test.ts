import { describe, expect, it } from 'vitest';
import { compute as pathMetrics } from '../../../server/analytics/centrality/path-metrics.ts';
import { csrFromPairs } from '../../../server/analytics/csr.ts';
import { compute as betweenness, rawBetweenness } from '../../../server/analytics/centrality/betweenness.ts';
import { shortestPathSweep } from '../../../server/analytics/paths/shortest-paths.ts';
import { bruteForce } from '../brute-force.ts';
import { ALL, load, maxAbsDiff } from '../fixtures.ts';

const EXACT = 1e-9;

describe.each(ALL)('one sweep for all shortest-path metrics on %s', (name) => {
  const { fixture, csr } = load(name);

  it('gives NetworkX betweenness, closeness, harmonic and LCC distances', () => {
    const r = pathMetrics(csr);
    expect(maxAbsDiff(r.betweenness!, fixture.betweenness)).toBeLessThan(EXACT);
    expect(maxAbsDiff(r.closeness, fixture.closeness)).toBeLessThan(EXACT);
    expect(maxAbsDiff(r.harmonic, fixture.harmonic)).toBeLessThan(EXACT);
    expect(r.distances.size).toBe(fixture.largestComponent.size);
    expect(r.distances.diameter).toBe(fixture.largestComponent.diameter);
    expect(Math.abs(r.distances.averageShortestPathLength - fixture.largestComponent.averageShortestPathLength)).toBeLessThan(EXACT);
  });
});

describe('path metrics without betweenness', () => {
  it('leave betweenness out and give the same closeness, harmonic closeness and distances', () => {
    const { csr } = load('generated-2k');
    const whole = pathMetrics(csr);
    const without = pathMetrics(csr, { betweenness: false });
    expect(without.betweenness).toBeNull();
    expect(Array.from(without.closeness)).toEqual(Array.from(whole.closeness));
    expect(Array.from(without.harmonic)).toEqual(Array.from(whole.harmonic));
    expect(without.distances).toEqual(whole.distances);
  });
});

describe('degree-1 folding', () => {
  // A hub with four leaves, a pendant path into a triangle with a leaf, and a 2-node component.
  const keys = Array.from({ length: 14 }, (_, i) => `v${i}`);
  const ends = [0, 1, 0, 2, 0, 3, 0, 4, 0, 5, 5, 6, 6, 7, 7, 8, 8, 6, 8, 9, 10, 11, 12, 13];
  const g = csrFromPairs(keys, ends);

  it('gives the same dependencies as a brute-force count, whatever the sources', () => {
    const sourceSets = [
      Array.from({ length: 14 }, (_, i) => i),
      [1, 2, 3, 4], // leaves whose neighbour (0) is not a source
      [0, 1, 9, 10, 12], // a hub with a leaf, a leaf of a triangle, 2-node components
    ];
    for (const sources of sourceSets) {
      const fast = rawBetweenness(g, sources);
      const slow = bruteForce(g, sources);
      expect(maxAbsDiff(fast, Array.from(slow))).toBeLessThan(1e-12);
    }
  });

  it('a cut vertex between four leaves and five other nodes carries 6 + 20 pairs', () => {
    expect(betweenness(g, { normalized: false }).values[0]).toBe(26);
  });
});

describe('locality renumbering of the sweep', () => {
  it('gives the same results as the sweep on the original numbering', () => {
    for (const name of ['les-miserables', 'components', 'generated-2k']) {
      const { csr } = load(name);
      const all = Array.from({ length: csr.n }, (_, i) => i);
      const plain = shortestPathSweep(csr, all, { dependencies: true, locality: false });
      const local = shortestPathSweep(csr, all, { dependencies: true, locality: true });
      expect(maxAbsDiff(local.dependency!, Array.from(plain.dependency!))).toBeLessThan(1e-9);
      expect(Array.from(local.reached)).toEqual(Array.from(plain.reached));
      expect(Array.from(local.distanceSum)).toEqual(Array.from(plain.distanceSum));
      expect(Array.from(local.eccentricity)).toEqual(Array.from(plain.eccentricity));
      expect(maxAbsDiff(local.inverseDistanceSum, Array.from(plain.inverseDistanceSum))).toBeLessThan(1e-12);
      const some = all.filter((v) => v % 3 === 0);
      const partPlain = shortestPathSweep(csr, some, { dependencies: true, locality: false });
      const partLocal = shortestPathSweep(csr, some, { dependencies: true, locality: true });
      expect(maxAbsDiff(partLocal.dependency!, Array.from(partPlain.dependency!))).toBeLessThan(1e-9);
      expect(Array.from(partLocal.reached)).toEqual(Array.from(partPlain.reached));
    }
  });
});
