/** The regions table on a hand-made graph, every number checked by hand. */
import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { poissonInterval } from '../../../server/analytics/regions/garwood.ts';
import { compute, quantile } from '../../../server/analytics/regions/regions.ts';

const name = (code: string) => `name of ${code}`;

function graph() {
  const g = new UndirectedGraph();
  // Germany: two in Thuringia (east), two in Hesse (west); France: three; Poland: one
  g.addNode('erfurt', {
    country: 'DE',
    admin1: 'DE-TH',
    admin2: 'Erfurt',
    ags: '16051000',
    germany: 'east',
    bloc: 'east',
    population: 200_000,
  });
  g.addNode('jena', { country: 'DE', admin1: 'DE-TH', admin2: 'Jena', ags: '16053000', germany: 'east', bloc: 'east' });
  g.addNode('kassel', {
    country: 'DE',
    admin1: 'DE-HE',
    admin2: 'Kassel',
    ags: '06611000',
    germany: 'west',
    bloc: 'west',
    population: 200_000,
  });
  g.addNode('fulda', { country: 'DE', admin1: 'DE-HE', admin2: 'Fulda', ags: '06631009', germany: 'west', bloc: 'west' });
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
    const { rows, rule } = compute(graph(), { level: 'country', divide: 'europe', minMunicipalities: 1, quantile: 0.5 }, null, name);
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
    const { rows, rule } = compute(graph(), { level: 'state', divide: 'germany', rule: 'percentile', minMunicipalities: 2 }, null, name);
    expect(rows.map((r) => r.region).sort()).toEqual(['DE-HE', 'DE-TH']);
    const th = rows.find((r) => r.region === 'DE-TH')!;
    // TH: erfurt (3 ends), jena (1): edges erfurt-kassel, erfurt-jena, erfurt-lyon => 3
    expect(th).toMatchObject({ municipalities: 2, partnerships: 3, perMunicipality: 2 });
    // sided ends (germany): erfurt-kassel (cross), erfurt-jena twice (east-east); erfurt-lyon has no side
    expect(th.crossTies).toBe(1);
    expect(th.crossShare).toBeCloseTo(1 / 3, 12);
    expect(rule.judged).toBe(2);
    const few = compute(graph(), { level: 'district', rule: 'percentile', minMunicipalities: 2 }, null, name);
    expect(few.rule.judged).toBe(0);
    expect(few.rows.every((r) => !r.underConnected)).toBe(true);
  });

  it('keys German places by their AGS (state: first two digits, district: first five), names them, and leaves places without one out', () => {
    const g = graph();
    g.addNode('nowhere', { country: 'DE', admin1: 'DE-HE', germany: 'west' });
    const { rows } = compute(g, { level: 'district', rule: 'percentile' }, null, name);
    expect(rows.map((r) => r.region).sort()).toEqual(['06611', '06631', '16051', '16053']);
    expect(rows.find((r) => r.region === '06611')!.name).toBe('name of 06611');
    const states = compute(g, { level: 'state', rule: 'percentile' }, null, name).rows;
    expect(states.find((r) => r.region === 'DE-HE')!.municipalities).toBe(2);
  });

  it('divides observed ends by expected, with the exact Poisson interval, and flags a region whose interval lies below 1', () => {
    // TH: erfurt 3 + jena 1 = 4 ends against 10 + 10 expected; HE: kassel's 2 ends against 1 (fulda not fitted)
    const fit = {
      model: null,
      expected: new Map([
        ['erfurt', 10],
        ['jena', 10],
        ['kassel', 3],
      ]),
    };
    const { rows, rule } = compute(graph(), { level: 'state', divide: 'germany' }, fit, name);
    const th = rows.find((r) => r.region === 'DE-TH')!;
    const he = rows.find((r) => r.region === 'DE-HE')!;
    expect(th).toMatchObject({ observed: 4, expected: 20, ratio: 0.2, underConnected: true });
    // scipy: chi2.ppf(0.025, 8) / 2 = 1.0898..., chi2.ppf(0.975, 10) / 2 = 10.2416...
    expect(th.ratioLow! * 20).toBeCloseTo(1.089865, 5);
    expect(th.ratioHigh! * 20).toBeCloseTo(10.241589, 5);
    expect(he).toMatchObject({ observed: 2, expected: 3, ratio: 2 / 3, underConnected: false });
    expect(he.ratioHigh! * 3).toBeCloseTo(7.224688, 5);
    expect(rule).toMatchObject({ kind: 'ratio', judged: 2, threshold: 1 });
    expect(poissonInterval(0).low).toBe(0);
    expect(poissonInterval(0).high).toBeCloseTo(3.688879, 5);
  });

  it('judges countries by the percentile rule even when the ratio rule is asked, and says so', () => {
    const { rule } = compute(graph(), { level: 'country', divide: 'europe', minMunicipalities: 1 }, null, name);
    expect(rule.kind).toBe('percentile');
    expect(rule.text).toMatch(/no expected value/);
  });

  it('interpolates quantiles as NumPy does', () => {
    expect(quantile([1, 2, 3, 4], 0.25)).toBeCloseTo(1.75, 12);
    expect(quantile([5], 0.25)).toBe(5);
  });
});
