/** Recommendations on a hand-made graph: candidates, Adamic-Adar, distance, size and crossing parts. */
import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { DISTANCE_SCALE_KM } from '../../../contract/recommendation-weights.ts';
import { compute, WEIGHTS } from '../../../server/analytics/recommend/recommendations.ts';
import { haversineKm } from '../../../server/domain/geo.ts';

function graph() {
  const g = new UndirectedGraph();
  g.addNode('saarlouis', { name: 'Saarlouis', country: 'DE', germany: 'west', bloc: 'west', lat: 49.31, lon: 6.75, population: 35_000 });
  g.addNode('eisen', {
    name: 'Eisenhüttenstadt',
    country: 'DE',
    germany: 'east',
    bloc: 'east',
    lat: 52.15,
    lon: 14.67,
    population: 24_000,
  });
  g.addNode('st-nazaire', { name: 'Saint-Nazaire', country: 'FR', bloc: 'west', lat: 47.27, lon: -2.21, population: 70_000 });
  g.addNode('hub', { name: 'Hub', country: 'FR', bloc: 'west', lat: 48.85, lon: 2.35 });
  g.addNode('gorzow', { name: 'Gorzów', country: 'PL', bloc: 'east', lat: 52.73, lon: 15.24, population: 120_000 });
  g.addNode('metz', { name: 'Metz', country: 'FR', bloc: 'west', lat: 49.12, lon: 6.18 });
  g.addNode('trier', { name: 'Trier', country: 'DE', germany: 'west', bloc: 'west', lat: 49.75, lon: 6.64 });
  g.addEdge('saarlouis', 'hub');
  g.addEdge('hub', 'gorzow');
  g.addEdge('hub', 'st-nazaire');
  g.addEdge('saarlouis', 'metz');
  g.addEdge('eisen', 'gorzow');
  return g;
}

describe('recommendations', () => {
  it('ranks unlinked places with the parts of their score', () => {
    const recs = compute(graph(), 'saarlouis', { limit: 10 });
    const ids = recs.map((r) => r.id);
    expect(ids).not.toContain('hub'); // linked already
    expect(ids).not.toContain('metz');
    expect(ids).not.toContain('trier'); // same country, same side
    expect(ids).toContain('eisen'); // same country, across the inner-German border
    const gorzow = recs.find((r) => r.id === 'gorzow')!;
    // shared partner: hub, degree 3 -> AA = 1/ln 3, proximity 1 − e^(−AA) (absolute: not scaled to the best candidate)
    expect(gorzow.parts.adamicAdar).toBeCloseTo(1 / Math.log(3), 12);
    expect(gorzow.parts.proximity).toBeCloseTo(1 - Math.exp(-1 / Math.log(3)), 12);
    expect(gorzow.parts.crossing).toBe(1);
    const d = haversineKm(49.31, 6.75, 52.73, 15.24);
    expect(gorzow.parts.distanceKm).toBeCloseTo(d, 9);
    expect(gorzow.parts.geography).toBeCloseTo(1 / (1 + d / DISTANCE_SCALE_KM), 12);
    expect(gorzow.parts.size).toBeCloseTo(1 - Math.abs(Math.log10(35_000) - Math.log10(120_000)) / 2, 12);
    const expected =
      WEIGHTS.proximity * gorzow.parts.proximity +
      WEIGHTS.geography * gorzow.parts.geography +
      WEIGHTS.size * gorzow.parts.size +
      WEIGHTS.crossing;
    expect(gorzow.score).toBeCloseTo(expected, 12);
    expect(ids).toContain('st-nazaire'); // shares the hub too
    for (let i = 1; i < recs.length; i++) expect(recs[i - 1]!.score).toBeGreaterThanOrEqual(recs[i]!.score);
    const eisen = recs.find((r) => r.id === 'eisen')!;
    expect(eisen.parts).toMatchObject({ adamicAdar: 0, crossing: 1 });
  });

  it('measures distance right (Paris to Berlin is about 878 km)', () => {
    expect(haversineKm(48.8566, 2.3522, 52.52, 13.405)).toBeGreaterThan(870);
    expect(haversineKm(48.8566, 2.3522, 52.52, 13.405)).toBeLessThan(885);
  });

  it('names an unknown municipality and bad options', () => {
    expect(() => compute(graph(), 'nowhere')).toThrow(/No municipality/);
    expect(() => compute(graph(), 'saarlouis', { limit: 0 })).toThrow();
  });
});
