/**
 * charts/choropleth.ts on the real boundaries (open-data/bkg-regions): a path per region of the
 * geometry, the map fitted to the size asked (no polygon wound the wrong way), classes that are
 * monotone in the value, a diverging scheme centred at 1 for observed/expected, the under-connected
 * regions marked, the regions without a value grey with a legend entry, and names that stay text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { choropleth, classify, classOf, NO_VALUE, REGION_FIGURES, type ChoroplethLabels } from '../../charts/choropleth.ts';
import type { RegionGeometry, RegionRow } from '../../contract/api/regions.ts';
import { regionGeometry } from '../../server/services/region-geometry.ts';

const LABELS: ChoroplethLabels = {
  title: 'Test map',
  figure: 'Observed/expected',
  noValue: 'no value',
  underConnected: 'under-connected',
  format: (v) => v.toFixed(2),
};

function row(region: string, name: string, ratio: number | null, underConnected = false): RegionRow {
  return {
    rank: 1,
    region,
    name,
    municipalities: 10,
    partnered: 5,
    partneredShare: 0.5,
    partnerships: 7,
    perMunicipality: 1.4,
    population: 1000,
    per100k: 1400,
    observed: 14,
    expected: ratio === null ? null : 14 / ratio,
    ratio,
    ratioLow: ratio === null ? null : ratio * 0.8,
    ratioHigh: ratio === null ? null : ratio * 1.2,
    crossTies: 1,
    crossShare: 0.1,
    underConnected,
  };
}

const ids = (g: RegionGeometry) => Object.values(g.objects).flatMap((o) => o.geometries.map((x) => x.id));
/** Attribute values of the region paths, in document order. */
const attrs = (svg: string, name: string) =>
  [...svg.matchAll(/<path class="region[^"]*"([^>]*)>/g)].map((m) => new RegExp(`${name}="([^"]*)"`).exec(m[1]!)?.[1] ?? null);

describe('charts/choropleth', () => {
  const states = regionGeometry('state');
  const districts = regionGeometry('district');

  it('draws one path per region of the geometry, each keyed by its region', () => {
    for (const geometry of [states, districts]) {
      const keys = ids(geometry);
      const map = choropleth({ geometry, rows: [], figure: 'ratio', width: 400, height: 500, labels: LABELS, id: 't' });
      expect(map.regions).toBe(keys.length);
      expect(attrs(map.svg.value, 'data-region').sort()).toEqual([...keys].sort());
      expect(map.svg.value).toContain(`data-regions="${keys.length}"`);
    }
  });

  it('fits Germany to the size asked (a polygon wound the wrong way would shrink it to a dot)', () => {
    const width = 400;
    const height = 500;
    const map = choropleth({ geometry: districts, rows: [], figure: 'ratio', width, height, labels: LABELS, id: 't' });
    const boxes = [...map.svg.value.matchAll(/<path class="region[^>]* d="([^"]*)"/g)].map((m) => {
      const numbers = m[1]!.match(/-?\d+(\.\d+)?/g)!.map(Number);
      const xs = numbers.filter((_, i) => i % 2 === 0);
      const ys = numbers.filter((_, i) => i % 2 === 1);
      return { x0: Math.min(...xs), x1: Math.max(...xs), y0: Math.min(...ys), y1: Math.max(...ys) };
    });
    expect(boxes).toHaveLength(401);
    // the districts together fill the size; none of them alone spans half of it
    const spanX = Math.max(...boxes.map((b) => b.x1)) - Math.min(...boxes.map((b) => b.x0));
    const spanY = Math.max(...boxes.map((b) => b.y1)) - Math.min(...boxes.map((b) => b.y0));
    expect(Math.max(spanX / width, spanY / height)).toBeGreaterThan(0.95);
    expect(Math.min(...boxes.map((b) => b.x0))).toBeGreaterThanOrEqual(-0.5);
    expect(Math.max(...boxes.map((b) => b.y1))).toBeLessThanOrEqual(height + 0.5);
    expect(boxes.filter((b) => b.x1 - b.x0 > width / 2 || b.y1 - b.y0 > height / 2)).toEqual([]);
  });

  it('gives larger values never a lower class, for every figure', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.double({ min: 0, max: 1e6, noNaN: true }), { nil: null }), { minLength: 1, maxLength: 200 }),
        fc.constantFrom(...REGION_FIGURES),
        (values, figure) => {
          const classes = classify(values, figure);
          expect(classes.breaks).toEqual([...classes.breaks].sort((a, b) => a - b));
          expect(new Set(classes.breaks).size).toBe(classes.breaks.length);
          expect(classes.colours).toHaveLength(classes.breaks.length + 1);
          const present = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
          const order = present.map((v) => classOf(classes, v)!);
          for (let i = 1; i < order.length; i++) expect(order[i]!).toBeGreaterThanOrEqual(order[i - 1]!);
          expect(classes.counts.reduce((a, b) => a + b, 0)).toBe(present.length);
          expect(classes.missing).toBe(values.length - present.length);
        },
      ),
    );
  });

  it('makes 5 quantile classes of spread values, and centres observed/expected at 1 with a diverging scheme', () => {
    const spread = Array.from({ length: 100 }, (_, i) => i + 1);
    const q = classify(spread, 'perMunicipality');
    expect(q).toMatchObject({ kind: 'sequential', method: 'quantile' });
    expect(q.colours).toHaveLength(5);
    expect(q.counts.every((n) => n >= 15 && n <= 25)).toBe(true);
    const r = classify([0.3, 0.6, 0.9, 1, 1.1, 1.6, 2.5], 'ratio');
    expect(r.kind).toBe('diverging');
    expect(r.breaks).toContain(1);
    const centre = r.breaks.indexOf(1);
    // symmetric on the log scale: 1/f₂, 1/f₁, 1, f₁, f₂
    for (let i = 1; i <= centre; i++) expect(r.breaks[centre - i]! * r.breaks[centre + i]!).toBeCloseTo(1, 1);
    expect(classOf(r, 0.99)).toBe(centre);
    expect(classOf(r, 1)).toBe(centre + 1);
    expect(() => classify([1], 'ratio', 4)).toThrow(/charts\/choropleth/);
  });

  it('marks the under-connected regions, greys those without a value, and keeps names text', () => {
    const keys = ids(states);
    const evil = '<script>alert("x")</script> & Co';
    const rows = keys.slice(0, 12).map((k, i) => row(k, i === 0 ? evil : `State ${k}`, [0.5, 0.8, 1, 1.3, 2][i % 5]!, i < 3));
    const map = choropleth({ geometry: states, rows, figure: 'ratio', width: 300, height: 400, labels: LABELS, id: 'u', titles: true });
    const svg = map.svg.value;
    const under = attrs(svg, 'data-under');
    expect(under.filter((u) => u === 'true')).toHaveLength(3);
    expect(
      attrs(svg, 'data-region')
        .filter((_, i) => under[i] === 'true')
        .sort(),
    ).toEqual(keys.slice(0, 3).sort());
    expect(/<g class="under"[^>]*>((<path d="[^"]+"\/>)*)<\/g>/.exec(svg)![1]!.match(/<path /g)).toHaveLength(3);
    // four states have no row: grey, no class, and counted in the legend
    const fills = attrs(svg, 'fill');
    const classes = attrs(svg, 'data-class');
    expect(fills.filter((f) => f === NO_VALUE)).toHaveLength(keys.length - 12);
    expect(classes.filter((c) => c === '')).toHaveLength(keys.length - 12);
    expect(map.legend.value).toContain(`no value <tspan class="count">(${keys.length - 12})</tspan>`);
    expect(map.legend.value).toContain('under-connected <tspan class="count">(3)</tspan>');
    // a region's fill is its class's colour
    for (let i = 0; i < fills.length; i++) if (classes[i] !== '') expect(fills[i]).toBe(map.classes.colours[Number(classes[i])]);
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co');
    expect(map.unmapped).toEqual([]);
  });
});
