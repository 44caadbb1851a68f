/**
 * The regions of the full default dataset (built without a database, as `npm start` loads it):
 * states and districts count every populated municipality of the Destatis directory, every
 * district row has a boundary, the count model is fitted over all of them, and the flagged
 * regions are a minority that the rule explains.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { UndirectedGraph } from 'graphology';
import { beforeAll, describe, expect, it } from 'vitest';
import { fitMunicipalityModel, municipalityRows, type MunicipalityModel } from '../../server/analytics/regions/municipality-model.ts';
import { compute, type RegionsResult } from '../../server/analytics/regions/regions.ts';
import { blocOf, germanySide, stateOfAgs } from '../../server/domain/classify.ts';
import { buildDefaultDataset } from '../../server/services/default-dataset.ts';
import { regionGeometry, regionName } from '../../server/services/region-geometry.ts';

const paths = { seedsDir: path.resolve('seeds'), openDataDir: path.resolve('open-data') };

/** The directory's populated municipalities (as the default dataset loads them) per state and per district. */
function directoryCounts() {
  const rows = parse(fs.readFileSync(path.join(paths.openDataDir, 'gemeindeverzeichnis-destatis.csv')), {
    bom: true,
    columns: true,
  }) as Record<string, string>[];
  const state = new Map<string, number>();
  const district = new Map<string, number>();
  const districts = new Set<string>();
  for (const r of rows) {
    const key5 = `${r.land}${r.rb}${r.kreis}`;
    if (r.satzart === '40') districts.add(key5);
    if (r.satzart !== '60' || !r.breitengrad || !(Number((r.bevoelkerung ?? '').replace(/\s+/g, '')) > 0)) continue;
    const s = stateOfAgs(r.land ?? '')!;
    state.set(s, (state.get(s) ?? 0) + 1);
    district.set(key5, (district.get(key5) ?? 0) + 1);
  }
  return { state, district, districts };
}

describe('regions of the full default dataset', () => {
  let fit: MunicipalityModel;
  let states: RegionsResult;
  let districts: RegionsResult;
  beforeAll(async () => {
    const { batch } = await buildDefaultDataset('full', paths);
    const graph = new UndirectedGraph();
    for (const p of batch.places) graph.addNode(p.id, { ...p, germany: germanySide(p), bloc: blocOf(p) });
    for (const t of batch.partnerships) if (!graph.hasEdge(t.a, t.b)) graph.addEdge(t.a, t.b, { sources: t.sources });
    fit = fitMunicipalityModel(municipalityRows(graph));
    states = compute(graph, { level: 'state' }, fit, (c) => regionName('state', c));
    districts = compute(graph, { level: 'district' }, fit, (c) => regionName('district', c));
  }, 120_000);

  it('counts per state and per district the municipalities of the directory', () => {
    const want = directoryCounts();
    expect(Object.fromEntries(states.rows.map((r) => [r.region, r.municipalities]))).toEqual(Object.fromEntries(want.state));
    expect(Object.fromEntries(districts.rows.map((r) => [r.region, r.municipalities]))).toEqual(Object.fromEntries(want.district));
    expect(new Set(districts.rows.map((r) => r.region))).toEqual(want.districts);
  });

  it('has a boundary for every state and district row, keyed as the row, named as the directory', () => {
    for (const [level, result] of [
      ['state', states],
      ['district', districts],
    ] as const) {
      const geometries = Object.values(regionGeometry(level).objects).flatMap((o) => o.geometries);
      const ids = new Set(geometries.map((g) => g.id));
      expect(ids.size).toBe(geometries.length);
      expect(result.rows.filter((r) => !ids.has(r.region)).map((r) => r.region)).toEqual([]);
      expect(ids.size).toBe(result.rows.length);
    }
    expect(districts.rows.find((r) => r.region === '09162')!.name).toBe('München, Landeshauptstadt');
  });

  it('fits the count model over all populated German municipalities and reports the East/West effect beside it', () => {
    const m = fit.model!;
    console.log(
      `count model: ${m.family}, n ${m.n}, excluded ${m.excluded}, scale ${m.scale.toFixed(3)}, NB2 alpha ${m.alpha}, Pearson dispersion ${m.pearsonDispersion.toFixed(2)}, LR ${m.overdispersionTest.statistic.toFixed(1)}; ` +
        `${m.coefficients.map((c) => `${c.term} ${c.estimate.toFixed(4)} (${c.standardError.toFixed(4)})`).join(', ')}; ` +
        `east rate ratio ${m.eastWest!.rateRatio.toFixed(3)} [${m.eastWest!.rateRatioLow.toFixed(3)}, ${m.eastWest!.rateRatioHigh.toFixed(3)}]`,
    );
    // every populated directory municipality: a seed place with an AGS takes its population from the directory (Berlin too)
    expect(m.n).toBe([...directoryCounts().state.values()].reduce((a, b) => a + b, 0));
    expect(m.excluded).toBe(0);
    expect(m.family).toBe('quasi-poisson');
    expect(m.coefficients[1]!.estimate).toBeGreaterThan(0);
    // the expected ends add up to the observed ones (Poisson's log link with an intercept fits the total)
    const observed = states.rows.reduce((s, r) => s + r.observed!, 0);
    const expected = states.rows.reduce((s, r) => s + r.expected!, 0);
    expect(expected / observed).toBeCloseTo(1, 6);
  });

  it('flags a minority of the regions, each one whose interval lies wholly below 1', () => {
    for (const result of [states, districts]) {
      const flagged = result.rows.filter((r) => r.underConnected);
      console.log(
        `${result.level}: ${flagged.length} of ${result.rows.length} under-connected (${flagged
          .map((r) => r.region)
          .join(' ')
          .slice(0, 200)})`,
      );
      expect(flagged.length).toBeLessThan(result.rows.length / 2);
      for (const r of result.rows) expect(r.underConnected, r.region).toBe(r.ratioHigh !== null && r.ratioHigh < 1);
      // every region is judged: each has populated municipalities (Berlin's one included)
      expect(result.rows.filter((r) => r.ratioHigh === null).map((r) => r.region)).toEqual([]);
      expect(result.rule.kind).toBe('ratio');
    }
  });
});
