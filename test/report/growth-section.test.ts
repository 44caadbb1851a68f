/**
 * The report's section "Growth and distance" (server/report/sections/evolution.ts) on the seed
 * dataset: its small multiples draw GET /api/evolution's values for the report's types, countries
 * and blocs (each point carries its year and value), its stacked bars add up to the new
 * partnerships, and its distance figures, histogram, median and decay fit are GET /api/distances'
 * for the report's filters. The requests it names are the ones it shows.
 */
import { describe, expect, it } from 'vitest';
import type { Distances, Evolution } from '../../contract/api/evolution.ts';
import { seededServices } from '../helpers/service.ts';

/** The attributes of every `<tag …>` in `markup`. */
function elements(markup: string, tag: string): Record<string, string>[] {
  return [...markup.matchAll(new RegExp(`<${tag}\\s([^>]*?)/?>`, 'g'))].map((m) =>
    Object.fromEntries([...m[1]!.matchAll(/([\w:-]+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!])),
  );
}

describe('the report’s growth and distance section', () => {
  const services = seededServices();

  const done = async (path: string): Promise<string> => {
    for (let i = 0; i < 900; i++) {
      const res = await fetch(`${services.service.url}${path}`);
      const text = await res.text();
      if (res.status === 200) return text;
      expect(res.status, `${path}: ${text.slice(0, 300)}`).toBe(202);
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`${path} did not finish`);
  };

  it('draws the API’s series and distances for the report’s filters', async () => {
    const html = await done('/api/report?format=html&countries=DE,FR,PL&to=2000');
    const section = /<section id="evolution">([\s\S]*?)<\/section>/.exec(html)?.[1];
    expect(section, 'the section').toBeDefined();
    expect(html).toContain('<a href="#evolution">Growth and distance</a>');

    // the series: the report names its request, and it is the one of these filters from 1950 to the filters' last year
    const seriesRequest = /<code>GET (\/api\/evolution\?[^<]+)<\/code>/.exec(section!)![1]!.replaceAll('&amp;', '&');
    expect(new URLSearchParams(seriesRequest.split('?')[1])).toEqual(
      new URLSearchParams({ countries: 'DE,FR,PL', from: '1950', to: '2000', step: '1' }),
    );
    const series = JSON.parse(await done(seriesRequest)) as Evolution;
    expect(series.years.map((y) => y.year)).toEqual(Array.from({ length: 51 }, (_, i) => 1950 + i));
    const points = elements(section!, 'circle').filter((c) => c['data-measure'] !== undefined && c['data-year'] !== undefined);
    const drawn = (measure: string) =>
      points.filter((p) => p['data-measure'] === measure).map((p) => ({ year: Number(p['data-year']), value: Number(p['data-value']) }));
    for (const measure of ['places', 'partnerships', 'components', 'meanDegree', 'transitivity', 'modularity'] as const)
      expect(drawn(measure), measure).toEqual(
        series.years.filter((y) => y[measure] !== null).map((y) => ({ year: y.year, value: y[measure] })),
      );
    expect(drawn('germany.eiIndex')).toEqual(
      series.years.filter((y) => y.germany.eiIndex !== null).map((y) => ({ year: y.year, value: y.germany.eiIndex })),
    );
    const totals = elements(section!, 'g').filter((g) => g.class === 'bar');
    expect(totals.map((g) => [Number(g['data-year']), Number(g['data-total'])])).toEqual(
      series.years.map((y) => [y.year, y.newPartnerships.total]),
    );
    const segments = elements(section!, 'rect').filter((r) => r['data-measure'] === 'newPartnerships');
    const types = new Set(segments.map((s) => s['data-part']));
    for (const type of types) {
      const count = segments.filter((s) => s['data-part'] === type).reduce((a, s) => a + Number(s['data-value']), 0);
      expect(count, type).toBe(series.years.reduce((a, y) => a + (y.newPartnerships.byType[type as 'partnership'] ?? 0), 0));
    }
    const last = series.years.at(-1)!;
    expect(section).toContain(`data-metric="evolution.undated" data-value="${last.undated}"`);
    expect(section).toMatch(/partnerships without a founding year are not placed in time/);

    // the distances, for every filter of the report
    const distancesRequest = /<code>GET (\/api\/distances[^<]*)<\/code>/.exec(section!)![1]!.replaceAll('&amp;', '&');
    expect(new URLSearchParams(distancesRequest.split('?')[1])).toEqual(new URLSearchParams({ to: '2000', countries: 'DE,FR,PL' }));
    const distances = JSON.parse(await done(distancesRequest)) as Distances;
    const o = distances.overall;
    expect(o.partnerships).toBeGreaterThan(20);
    const metric = (name: string) => new RegExp(`data-metric="${name.replaceAll('.', '\\.')}" data-value="([^"]*)"`).exec(section!)?.[1];
    for (const key of ['partnerships', 'medianKm', 'meanKm', 'within500kmShare', 'sameCountryShare', 'sameBlocShare'] as const)
      expect([key, metric(`distances.overall.${key}`)]).toEqual([key, String(o[key])]);
    expect(metric('distances.unpositioned')).toBe(String(distances.unpositioned));
    expect(metric('distances.decay.exponent')).toBe(String(distances.decay.exponent));
    expect(metric('distances.decay.low')).toBe(String(distances.decay.interval![0]));
    expect(metric('distances.decay.high')).toBe(String(distances.decay.interval![1]));
    const bars = elements(section!, 'rect').filter((r) => r['data-from-km'] !== undefined);
    expect(bars.map((b) => Number(b['data-value']))).toEqual(o.histogram);
    expect(bars.map((b) => Number(b['data-from-km']))).toEqual(distances.bins.map((b) => b.fromKm));
    const median = elements(section!, 'line').find((l) => l['data-value'] !== undefined && l.class === undefined)!;
    expect(Number(median['data-value'])).toBe(o.medianKm);
    const fit = elements(section!, 'line').find((l) => l.class === 'fit')!;
    expect(Number(fit['data-exponent'])).toBe(distances.decay.exponent);
    expect(Number(fit['data-dmin-km'])).toBe(distances.decay.dMinKm);
    for (const t of distances.byType) expect(metric(`distances.type.${t.type}.medianKm`), t.type).toBe(String(t.medianKm));
    for (const d of distances.byDecade)
      expect(metric(`distances.decade.${d.decade ?? 'undated'}.partnerships`), String(d.decade)).toBe(String(d.partnerships));
  });
});
