/**
 * The report's regions section holds the maps of the client (charts/choropleth.ts): one of the
 * states and one of the districts, a path per region of the geometry with the value of its row,
 * the legend, the under-connected regions marked, and the note on what the counts cover.
 */
import { describe, expect, it } from 'vitest';
import type { RegionGeometry, Regions } from '../../contract/api/regions.ts';
import { seededServices } from '../helpers/service.ts';

describe('the report’s region maps', () => {
  const services = seededServices();

  const get = async <T>(p: string): Promise<T> => {
    const res = await fetch(`${services.service.url}${p}`);
    if (!res.ok) throw new Error(`${p}: ${res.status}`);
    return (await res.json()) as T;
  };

  /** The report once its job is done. */
  async function report(): Promise<string> {
    for (let i = 0; i < 900; i++) {
      const res = await fetch(`${services.service.url}/api/report?format=html`);
      if (res.status === 200) return res.text();
      expect(res.status).toBe(202);
      await res.arrayBuffer();
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error('the report did not finish');
  }

  it('maps the states and the districts with a path per region, the legend and the coverage note', async () => {
    const html = await report();
    const section = /<section id="regions">([\s\S]*?)<\/section>/.exec(html)![1]!;
    for (const level of ['state', 'district'] as const) {
      const [geometry, regions] = await Promise.all([
        get<RegionGeometry>(`/api/regions/geometry?level=${level}`),
        get<Regions>(`/api/regions?level=${level}`),
      ]);
      const figure = /<figure class="region-map" id="map-[a-z]+" data-level="[a-z]+" data-figure="([a-zA-Z]+)">/;
      const block = new RegExp(`<figure class="region-map" id="map-${level}"[\\s\\S]*?</figure>`).exec(section)?.[0];
      expect(block, `the ${level} map`).toBeDefined();
      const chosen = figure.exec(block!)![1]! as 'ratio' | 'perMunicipality';
      expect(chosen).toBe(regions.rows.some((r) => r.ratio !== null) ? 'ratio' : 'perMunicipality');
      const paths = [
        ...block!.matchAll(
          /<path class="region[^"]*" data-region="([^"]+)" data-name="[^"]*" data-value="([^"]*)" data-class="[^"]*"( data-under="true")?[^>]*>/g,
        ),
      ];
      const ids = Object.values(geometry.objects).flatMap((o) => o.geometries.map((g) => g.id));
      expect(paths.map((m) => m[1]).sort()).toEqual([...ids].sort());
      const byRegion = new Map(paths.map((m) => [m[1]!, { value: m[2]!, under: m[3] !== undefined }]));
      for (const row of regions.rows) {
        const path = byRegion.get(row.region);
        expect(path, `${level} ${row.region} has a path`).toBeDefined();
        const value = row[chosen];
        expect([row.region, path!.value, path!.under]).toEqual([row.region, value === null ? '' : String(value), row.underConnected]);
      }
      expect(block).toContain('class="choropleth-legend"');
      expect(block).toContain('under-connected (hatched)');
      expect(block).toMatch(
        new RegExp(`<g class="under"[^>]*>(<path d="[^"]+"/>){${regions.rows.filter((r) => r.underConnected).length}}</g>`),
      );
    }
    const coverage = (await get<Regions>('/api/regions?level=state')).coverage.text;
    expect(section).toContain(coverage.replaceAll('"', '&quot;').replaceAll("'", '&#39;'));
  });
});
