import { describe, expect, it } from 'vitest';
import { attributeAssortativity, degreeAssortativity } from '../../../server/analytics/structure/assortativity.ts';
import { compute as clustering } from '../../../server/analytics/structure/clustering.ts';
import { compute as components } from '../../../server/analytics/structure/components.ts';
import { compute as distances, distanceTotals, finishDistances } from '../../../server/analytics/structure/distances.ts';
import { ALL, load, maxAbsDiff } from '../fixtures.ts';

// All structure metrics are exact: 1e-9 against NetworkX (integers and sets compared exactly).
const EXACT = 1e-9;

describe.each(ALL)('structure of %s', (name) => {
  const { fixture, csr } = load(name);

  it('finds the connected components in NetworkX order', () => {
    const result = components(csr);
    expect(result.count).toBe(fixture.components.count);
    expect(Array.from(result.label)).toEqual(fixture.components.label);
    expect(result.sizes.reduce((a, b) => a + b, 0)).toBe(csr.n);
  });

  it('clustering, average clustering and transitivity match NetworkX', () => {
    const result = clustering(csr);
    expect(maxAbsDiff(result.clustering, fixture.clustering)).toBeLessThan(EXACT);
    expect(Math.abs(result.averageClustering - fixture.averageClustering)).toBeLessThan(EXACT);
    expect(Math.abs(result.transitivity - fixture.transitivity)).toBeLessThan(EXACT);
  });

  it('degree and attribute assortativity match NetworkX', () => {
    const r = degreeAssortativity(csr);
    if (fixture.degreeAssortativity === null) expect(r).toBeNaN();
    else expect(Math.abs(r - fixture.degreeAssortativity)).toBeLessThan(EXACT);
    const a = attributeAssortativity(csr, fixture.attribute.values);
    if (fixture.attribute.assortativity === null) expect(a).toBeNaN();
    else expect(Math.abs(a - fixture.attribute.assortativity)).toBeLessThan(EXACT);
  });

  it('diameter and average shortest path length of the largest component match NetworkX', () => {
    const result = distances(csr);
    expect(result.size).toBe(fixture.largestComponent.size);
    expect(result.diameter).toBe(fixture.largestComponent.diameter);
    expect(Math.abs(result.averageShortestPathLength - fixture.largestComponent.averageShortestPathLength)).toBeLessThan(EXACT);
  });

  it('distance totals split by sources combine to the same result', () => {
    const { label, largest } = components(csr);
    const lcc: number[] = [];
    for (let i = 0; i < csr.n; i++) if (label[i] === largest) lcc.push(i);
    const half = Math.floor(lcc.length / 2);
    const a = distanceTotals(csr, lcc.slice(0, half));
    const b = distanceTotals(csr, lcc.slice(half));
    const combined = finishDistances(lcc.length, {
      distanceSum: a.distanceSum + b.distanceSum,
      eccentricityMax: Math.max(a.eccentricityMax, b.eccentricityMax),
      sources: a.sources + b.sources,
    });
    expect(combined).toEqual(distances(csr));
  });
});

describe('assortativity edge cases', () => {
  it('is NaN where undefined (a cycle: every edge end has degree 2)', async () => {
    const { csrFromPairs } = await import('../../../server/analytics/csr.ts');
    const cycle = csrFromPairs(['a', 'b', 'c', 'd'], [0, 1, 1, 2, 2, 3, 3, 0]);
    expect(degreeAssortativity(cycle)).toBeNaN();
    expect(attributeAssortativity(cycle, ['x', 'x', 'x', 'x'])).toBeNaN();
    expect(attributeAssortativity(cycle, ['x', 'y', 'x', 'y'])).toBeCloseTo(-1, 12);
  });
});
