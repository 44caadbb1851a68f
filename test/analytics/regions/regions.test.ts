/** The regions table on a hand-made graph, every number checked by hand. */
import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { compute, quantile } from '../../../server/analytics/regions/regions.ts';

function graph() {
  const g = new UndirectedGraph();
  // Germany: two in Thuringia (east), two in Hesse (west); France: three; Poland: one
  g.addNode('erfurt', { country: 'DE', admin1: 'DE-TH', admin2: 'Erfurt', germany: 'east', bloc: 'east', population: 200_000 });
  g.addNode('jena', { country: 'DE', admin1: 'DE-TH', admin2: 'Jena', germany: 'east', bloc: 'east' });
  g.addNode('kassel', { country: 'DE', admin1: 'DE-HE', admin2: 'Kassel', germany: 'west', bloc: 'west', population: 200_000 });
  g.addNode('fulda', { country: 'DE', admin1: 'DE-HE', admin2: 'Fulda', germany: 'west', bloc: 'west' });
  g.addNode('lyon', { country: 'FR', bloc: 'west' });
  g.addNode('lille', { country: 'FR', bloc: 'west' });
  g.addNode('metz', { country: 'FR', bloc: 'west' });
  g.addNode('lodz', { country: 'PL', bloc: 'east' });
  g.addEdge('erfurt', 'kassel'); // German cross tie
  g.addEdge('erfurt', 'jena'); // inside Thuringia
  g.addEdge('erfurt', 'lyon');
  g.addEdge('kassel', 'lille');
  g.addEdge('fulda', 'lodz');
  return g;
}

describe('regions', () => {
  it('counts per country: partnerships once, ends per municipality, per 100k, cross share (Europe)', () => {
    const { rows, rule } = compute(graph(), { level: 'country', divide: 'europe', minMunicipalities: 1, quantile: 0.5 });
    const de = rows.find((r) => r.region === 'DE')!;
    // DE: 4 places, all partnered; edges touching DE: all 5; ends: 3 + 1 + 2 + 1 = 7
    expect(de).toMatchObject({ municipalities: 4, partnered: 4, partnerships: 5, perMunicipality: 7 / 4, population: 400_000 });
    expect(de.per100k).toBeCloseTo(((3 + 2) / 400_000) * 1e5, 12);
    // bloc sides: erfurt-kassel cross, erfurt-jena no, erfurt-lyon cross, kassel-lille no, fulda-lodz cross
    // DE ends with a side at both ends: 7, of which cross: erfurt(2) + kassel(1) + fulda(1) = 4
    expect(de.crossTies).toBe(4);
    expect(de.crossShare).toBeCloseTo(4 / 7, 12);
    const fr = rows.find((r) => r.region === 'FR')!;
    expect(fr).toMatchObject({ municipalities: 3, partnered: 2, partnerships: 2, perMunicipality: 2 / 3, population: null, per100k: null });
    // perMunicipality: DE 1.75, PL 1, FR 0.667 -> ranks 1, 2, 3; median 1 -> FR under-connected
    expect(rows.map((r) => [r.region, r.rank, r.underConnected])).toEqual([
      ['DE', 1, false],
      ['PL', 2, false],
      ['FR', 3, true],
    ]);
    expect(rule.threshold).toBe(1);
    expect(rule.text).toContain('50th percentile');
  });

  it('counts German states with the inner-German divide, and judges only regions large enough', () => {
    const { rows, rule } = compute(graph(), { level: 'state', divide: 'germany', minMunicipalities: 2 });
    expect(rows.map((r) => r.region).sort()).toEqual(['DE-HE', 'DE-TH']);
    const th = rows.find((r) => r.region === 'DE-TH')!;
    // TH: erfurt (3 ends), jena (1): edges erfurt-kassel, erfurt-jena, erfurt-lyon => 3
    expect(th).toMatchObject({ municipalities: 2, partnerships: 3, perMunicipality: 2 });
    // sided ends (germany): erfurt-kassel (cross), erfurt-jena twice (east-east); erfurt-lyon has no side
    expect(th.crossTies).toBe(1);
    expect(th.crossShare).toBeCloseTo(1 / 3, 12);
    expect(rule.judged).toBe(2);
    const few = compute(graph(), { level: 'district', minMunicipalities: 2 });
    expect(few.rule.judged).toBe(0);
    expect(few.rows.every((r) => !r.underConnected)).toBe(true);
  });

  it('interpolates quantiles as NumPy does', () => {
    expect(quantile([1, 2, 3, 4], 0.25)).toBeCloseTo(1.75, 12);
    expect(quantile([5], 0.25)).toBe(5);
  });
});
