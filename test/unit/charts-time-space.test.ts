/**
 * The chart builders of issue 20 (charts/small-multiples.ts, charts/evolution.ts,
 * charts/histogram.ts): each mark carries the value it draws, the marked year is a rule in every
 * chart, stacked bars add up to the total, the median rule lies at the median, text is escaped.
 * The markup is read with regular expressions over its (escaped, quoted) attributes.
 */
import { describe, expect, it } from 'vitest';
import { evolutionMultiples, newPartnershipBars, EVOLUTION_MEASURES, measureValue } from '../../charts/evolution.ts';
import { binDensities, binPosition, decayPlot, distanceHistogram } from '../../charts/histogram.ts';
import { smallMultiples, stackedBars } from '../../charts/small-multiples.ts';
import { MUTED, SERIES } from '../../charts/colours.ts';
import type { EvolutionYear } from '../../contract/api/evolution.ts';

/** Every `<tag …>` of `markup` with its attributes (values unescaped for &amp; only). */
function elements(markup: string, tag: string): Record<string, string>[] {
  return [...markup.matchAll(new RegExp(`<${tag}\\s([^>]*?)/?>`, 'g'))].map((m) =>
    Object.fromEntries([...m[1]!.matchAll(/([\w:-]+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!.replaceAll('&amp;', '&')])),
  );
}

const divide = (crossShare: number | null, eiIndex: number | null) => ({ sided: 10, crossTies: 3, crossShare, eiIndex });

function year(y: number, places: number, byType: EvolutionYear['newPartnerships']['byType']): EvolutionYear {
  const total = Object.values(byType).reduce((a, b) => a + b, 0);
  return {
    year: y,
    places,
    partnerships: places - 1,
    undated: 7,
    newPartnerships: { total, byType },
    components: 2,
    largestComponent: places - 2,
    meanDegree: 1.5,
    averageClustering: 0.25,
    transitivity: 0.3,
    modularity: places > 5 ? 0.4 : null,
    communities: 3,
    germany: divide(0.3, -0.4),
    europe: divide(null, null),
    rebuilt: false,
  };
}

const YEARS = [year(1990, 4, { partnership: 2 }), year(1995, 9, { partnership: 3, friendship: 1, sponsorship: 2 }), year(2000, 12, {})];
const labels = {
  group: 'Growth',
  measures: Object.fromEntries(EVOLUTION_MEASURES.map((m) => [m, `label of ${m}`])) as Record<(typeof EVOLUTION_MEASURES)[number], string>,
  newPartnerships: 'New',
  types: { partnership: 'P', friendship: 'F', contact: 'C', development: 'D', climate: 'K', sponsorship: 'S' },
};

describe('small multiples of the series', () => {
  it('draws a point per year with the value of the series, for every measure', () => {
    const markup = evolutionMultiples({ years: YEARS }, { labels }).value;
    const points = elements(markup, 'circle');
    for (const measure of EVOLUTION_MEASURES) {
      const expected = YEARS.filter((y) => measureValue(y, measure) !== null).map((y) => ({
        year: String(y.year),
        value: String(measureValue(y, measure)),
      }));
      const drawn = points.filter((p) => p['data-measure'] === measure).map((p) => ({ year: p['data-year'], value: p['data-value'] }));
      expect(drawn, measure).toEqual(expected);
    }
    // a year without a value (modularity null in 1990) is a gap, not a zero
    expect(points.some((p) => p['data-measure'] === 'modularity' && p['data-year'] === '1990')).toBe(false);
  });

  it('puts higher values higher and later years further right', () => {
    const markup = smallMultiples({ years: [2000, 2001, 2002], measures: [{ key: 'm', label: 'M', values: [1, 5, 3] }], label: 'g' }).value;
    const [a, b, c] = elements(markup, 'circle').map((p) => ({ x: Number(p.cx), y: Number(p.cy) }));
    expect(a!.x).toBeLessThan(b!.x);
    expect(b!.x).toBeLessThan(c!.x);
    expect(b!.y).toBeLessThan(c!.y);
    expect(c!.y).toBeLessThan(a!.y);
  });

  it('marks the marked year in every chart, and not at all outside the years', () => {
    const markup = evolutionMultiples({ years: YEARS }, { labels, markedYear: 1993 }).value;
    expect(elements(markup, 'div')[0]!['data-marked-year']).toBe('1993');
    const rules = elements(markup, 'line').filter((l) => l.class === 'mark');
    expect(rules).toHaveLength(EVOLUTION_MEASURES.length);
    expect(new Set(rules.map((r) => r['data-marked-year']))).toEqual(new Set(['1993']));
    // 1993 lies 3/10 of the way from 1990 to 2000, between the first two points
    const places = elements(markup, 'circle').filter((p) => p['data-measure'] === 'places');
    const x = Number(rules[0]!.x1);
    expect(x).toBeCloseTo(Number(places[0]!.cx) + 0.3 * (Number(places[2]!.cx) - Number(places[0]!.cx)), 0);
    // the caption states the value of the last point up to the mark
    const at = elements(markup, 'span').find((s) => s.class === 'at');
    expect(at).toMatchObject({ 'data-year': '1990', 'data-value': '4' });

    const outside = evolutionMultiples({ years: YEARS }, { labels, markedYear: 2010 }).value;
    expect(outside).not.toContain('data-marked-year');
    expect(evolutionMultiples({ years: YEARS }, { labels }).value).not.toContain('data-marked-year');
  });

  it('stacks the new partnerships by type to the total of each year', () => {
    const markup = newPartnershipBars({ years: YEARS }, { labels, markedYear: 1995 }).value;
    const segments = elements(markup, 'rect');
    const scale: number[] = [];
    for (const y of YEARS) {
      const mine = segments.filter((s) => s['data-year'] === String(y.year));
      const sum = mine.reduce((a, s) => a + Number(s['data-value']), 0);
      expect(sum, String(y.year)).toBe(y.newPartnerships.total);
      for (const s of mine) expect(Number(s['data-value'])).toBe(y.newPartnerships.byType[s['data-part'] as 'partnership']);
      const height = mine.reduce((a, s) => a + Number(s.height), 0);
      if (y.newPartnerships.total > 0) scale.push(height / y.newPartnerships.total);
      // the segments touch: each starts where the one below ends
      const sorted = mine.map((s) => ({ top: Number(s.y), bottom: Number(s.y) + Number(s.height) })).sort((a, b) => a.top - b.top);
      for (let i = 1; i < sorted.length; i++) expect(sorted[i]!.top).toBeCloseTo(sorted[i - 1]!.bottom, 0);
    }
    // the same pixels per partnership in every bar
    for (const s of scale) expect(s).toBeCloseTo(scale[0]!, 1);
    expect(
      elements(markup, 'g')
        .filter((g) => g.class === 'bar')
        .map((g) => g['data-total']),
    ).toEqual(['2', '6', '0']);
    expect(elements(markup, 'figure')[0]!['data-marked-year']).toBe('1995');
    expect(() =>
      stackedBars({ years: [1], parts: [{ key: 'a', label: 'A', colour: '#000', values: [1, 2] }], measure: 'm', label: 'x' }),
    ).toThrow(/stackedBars/);
  });

  it('escapes the labels', () => {
    const evil = '<script>alert("x")</script> & "quoted"';
    const markup = smallMultiples({ years: [2000, 2001], measures: [{ key: 'a"b', label: evil, values: [1, 2] }], label: evil }).value;
    expect(markup).not.toContain('<script');
    expect(markup).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;quoted&quot;');
    expect(elements(markup, 'circle')[0]!['data-measure']).toBe('a&quot;b');
    const bars = stackedBars({
      years: [2000],
      parts: [{ key: 'p', label: evil, colour: '#000', values: [1] }],
      measure: 'm',
      label: evil,
    }).value;
    expect(bars).not.toContain('<script');
  });
});

describe('distance histogram and decay', () => {
  const bins = [
    { fromKm: 0, toKm: 10 },
    { fromKm: 10, toKm: 100 },
    { fromKm: 100, toKm: 1000 },
    { fromKm: 1000, toKm: null },
  ];
  const counts = [5, 20, 40, 10];

  it('draws a bar per bin with its count, and the median rule inside the median’s bin', () => {
    const markup = distanceHistogram({
      bins,
      counts,
      medianKm: 316.2,
      label: 'Histogram',
      medianLabel: 'median 316 km',
      axisLabel: 'km',
    }).value;
    const bars = elements(markup, 'rect');
    expect(bars.map((b) => Number(b['data-value']))).toEqual(counts);
    expect(bars.map((b) => b['data-from-km'])).toEqual(['0', '10', '100', '1000']);
    const rule = elements(markup, 'line').find((l) => l['data-value'] !== undefined)!;
    expect(Number(rule['data-value'])).toBe(316.2);
    const third = bars[2]!;
    const x = Number(rule.x1);
    const left = Number(third.x);
    const width = Number(third.width);
    expect(x).toBeGreaterThan(left);
    expect(x).toBeLessThan(left + width);
    // 316 km is halfway through 100–1000 km on the logarithmic scale of the bin
    expect((x - left) / width).toBeCloseTo(0.5, 1);
    expect(binPosition(bins, 5)).toBeCloseTo(0.5, 6);
    expect(binPosition(bins, 10)).toBe(1);
    expect(markup).toContain('median 316 km');
  });

  it('has no median rule without a median', () => {
    const markup = distanceHistogram({ bins, counts: [0, 0, 0, 0], medianKm: null, label: 'H', medianLabel: '', axisLabel: 'km' }).value;
    expect(elements(markup, 'line').some((l) => l['data-value'] !== undefined)).toBe(false);
  });

  it('plots partnerships per km against the fitted power law', () => {
    const total = counts.reduce((a, b) => a + b, 0);
    const markup = decayPlot({
      bins,
      counts,
      total,
      exponent: 2,
      dMinKm: 100,
      tail: 50,
      label: 'Decay <b>',
      fitLabel: 'γ = 2',
      axisX: 'km',
      axisY: 'per km',
    }).value;
    const points = elements(markup, 'circle');
    // bins with both bounds above 0: 10–100 and 100–1000
    expect(points.map((p) => Number(p['data-count']))).toEqual([20, 40]);
    expect(Number(points[0]!['data-value'])).toBeCloseTo(20 / total / 90, 12);
    expect(Number(points[1]!['data-km'])).toBeCloseTo(Math.sqrt(100 * 1000), 9);
    expect(points.map((p) => p.fill)).toEqual([MUTED, SERIES]);
    expect(binDensities(bins, counts, total)).toHaveLength(2);
    const fit = elements(markup, 'line').find((l) => l.class === 'fit')!;
    expect(fit['data-exponent']).toBe('2');
    // on log-log axes the fitted law is a straight line falling to the right
    expect(Number(fit.x2)).toBeGreaterThan(Number(fit.x1));
    expect(Number(fit.y2)).toBeGreaterThan(Number(fit.y1));
    expect(markup).toContain('Decay &lt;b&gt;');
    // no fit: the points alone
    const bare = decayPlot({
      bins,
      counts,
      total,
      exponent: null,
      dMinKm: null,
      tail: 0,
      label: 'D',
      fitLabel: '',
      axisX: 'km',
      axisY: 'per km',
    }).value;
    expect(bare).not.toContain('class="fit"');
  });
});
