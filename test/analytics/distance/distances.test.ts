/**
 * Partnership lengths and their decay: the power-law fit against the numpy reference
 * (scripts/reference/fit-distance-decay.py, its fixture), the distribution by hand, and the
 * lengths against the haversine of the places' positions.
 */
import { readFileSync } from 'node:fs';
import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { distribution } from '../../../server/analytics/distance/distribution.ts';
import { compute as fit, type PowerLawFit } from '../../../server/analytics/distance/power-law-fit.ts';
import { compute as tieDistances } from '../../../server/analytics/distance/tie-distances.ts';

const fixture = JSON.parse(readFileSync(new URL('../../fixtures/analytics/distance-decay.json', import.meta.url), 'utf8')) as {
  distances: number[];
  fit: PowerLawFit;
};

describe('the distance-decay fit', () => {
  it("equals the Python reference's to 1e-6", () => {
    const ours = fit(fixture.distances);
    const ref = fixture.fit;
    expect(ours.tail).toBe(ref.tail);
    for (const key of ['exponent', 'standardError', 'dMin', 'ks'] as const) {
      expect(Math.abs(ours[key]! - ref[key]!), key).toBeLessThan(1e-6);
    }
    expect(Math.abs(ours.interval![0] - ref.interval![0])).toBeLessThan(1e-6);
    expect(Math.abs(ours.interval![1] - ref.interval![1])).toBeLessThan(1e-6);
  });

  it('recovers the exponent of a pure power law', () => {
    // d = 10 u^(-1 / (γ - 1)) with γ = 2.5 on an even grid of u: the fit lands near 2.5
    const d = Array.from({ length: 5000 }, (_, i) => 10 * ((i + 0.5) / 5000) ** (-1 / 1.5));
    const { exponent, interval } = fit(d);
    expect(exponent!).toBeCloseTo(2.5, 1);
    expect(interval![0]).toBeLessThan(exponent!);
  });

  it('gives no fit for too few distances', () => {
    expect(fit([1, 2, 3, 0])).toMatchObject({ exponent: null, interval: null, tail: 0 });
  });
});

describe('partnership lengths', () => {
  it('measures positioned partnerships and counts the others', () => {
    const g = new UndirectedGraph();
    g.addNode('a', { lat: 49.3, lon: 6.75, country: 'DE', germany: 'west', bloc: 'west' });
    g.addNode('b', { lat: 52.15, lon: 14.65, country: 'DE', germany: 'east', bloc: 'east' });
    g.addNode('c', { lat: 48.86, lon: 2.35, country: 'FR', bloc: 'west' });
    g.addNode('d', { country: 'PL', bloc: 'east' });
    g.addEdge('a', 'b', { type: 'partnership', since: 1986 });
    g.addEdge('a', 'c', { type: 'friendship' });
    g.addEdge('c', 'd', { type: 'partnership' });
    const { ties, unpositioned } = tieDistances(g);
    expect(unpositioned).toBe(1);
    expect(ties.map((t) => [t.a, t.b, t.sameCountry, t.sameBloc])).toEqual([
      ['a', 'b', true, false],
      ['a', 'c', false, true],
    ]);
    // Saarlouis-Eisenhüttenstadt about 650 km, Saarlouis-Paris about 320 km
    expect(ties[0]!.km).toBeGreaterThan(600);
    expect(ties[0]!.km).toBeLessThan(700);
    const dist = distribution(ties);
    expect(dist).toMatchObject({ partnerships: 2, within500kmShare: 0.5, sameCountryShare: 0.5, sameBlocShare: 0.5 });
    expect(dist.medianKm).toBeCloseTo((ties[0]!.km + ties[1]!.km) / 2, 9);
    expect(dist.histogram.reduce((a, b) => a + b, 0)).toBe(2);
    expect(distribution([])).toMatchObject({ partnerships: 0, medianKm: null, within500kmShare: null, sameBlocShare: null });
  });
});
