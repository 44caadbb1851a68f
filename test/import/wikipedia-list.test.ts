/**
 * The whole Wikipedia twin-town list (open-data/), dry run: the summary
 * reconciles with the file, Germany, France and Poland lead, and the gazetteer matches ≥ 97 % of
 * the German places.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../server/services/import.service.ts';
import { DESTATIS_CSV, dryRun, WIKI_CSV } from './helpers.ts';

describe('the Wikipedia twin-town list', () => {
  it('imports with counts a reader can reconcile with the file', async () => {
    const { summary } = await dryRun(fs.readFileSync(WIKI_CSV), {}, 'twin-cities-wikipedia.csv');
    const dropped = Object.values(summary.dropped).reduce((a, b) => a + b, 0);
    console.log(
      `Wikipedia list: rows ${summary.rows} = partnerships ${summary.partnerships} + merged ${summary.merged.partnerships} (${summary.merged.reversed} reversed) + dropped ${JSON.stringify(summary.dropped)}; ` +
        `place descriptions ${summary.places} = nodes ${summary.nodes} + merged ${summary.merged.places}; top countries ${JSON.stringify(Object.entries(summary.countries).slice(0, 5))}; warnings ${JSON.stringify(summary.warningCounts)}`,
    );
    expect(summary.rows).toBe(25_917);
    expect(summary.partnerships + summary.merged.partnerships + dropped).toBe(summary.rows);
    expect(summary.places).toBe(summary.nodes + summary.merged.places);
    expect(summary.dropped['self-loop']).toBe(3);
    expect(Object.keys(summary.countries).slice(0, 3)).toEqual(['DE', 'FR', 'PL']);
    expect(summary.nodes).toBeGreaterThan(16_000);
  });

  it('the gazetteer matches at least 97 % of the German places', async () => {
    const gazetteer = loadGazetteer(DESTATIS_CSV);
    const { summary } = await dryRun(fs.readFileSync(WIKI_CSV), { gazetteer }, 'twin-cities-wikipedia.csv');
    console.log(`gazetteer: ${JSON.stringify(summary.gazetteer)}; Germany ${JSON.stringify(summary.germany)}`);
    expect(summary.gazetteer!.rate).toBeGreaterThanOrEqual(0.97);
    expect(summary.germany.by.gazetteer).toBeGreaterThan(1500);
  });

  it('with --all-municipalities adds every municipality of the directory the file lacks, with its key and position', async () => {
    const gazetteer = loadGazetteer(DESTATIS_CSV);
    // entries without a position (coastal waters, the German-Luxembourg condominium) or without
    // inhabitants (gemeindefreie Gebiete) are not places
    const all = gazetteer.gazetteer.municipalities.filter((e) => e.lat !== null && e.population).length;
    expect(all).toBeGreaterThan(10_700);
    // an authored two-row list: one real German municipality, one invented partner
    const csv = 'city1,country1,lat1,lng1,city2,country2,lat2,lng2\nGöttingen,Germany,51.53,9.93,Exampleville,France,45.0,1.0\n';
    const { summary, batch } = await dryRun(csv, { gazetteer, allMunicipalities: true }, 'two-rows.csv');
    expect(summary.gazetteer!.added).toBe(all - 1);
    expect(batch.places.length).toBe(2 + all - 1);
    // the file's Göttingen cites the directory too (it was matched there); the added places only cite it
    const added = batch.places.filter((p) => p.sources.length === 1 && p.sources[0] === gazetteer.source.id);
    expect(added.length).toBe(all - 1);
    expect(added.every((p) => p.id === `de-${p.ags}` && p.country === 'DE' && p.kind === 'municipality' && p.lat !== null)).toBe(true);
    expect(batch.places.filter((p) => p.ags === '03159016').map((p) => p.sources.length)).toEqual([2]); // Göttingen once, from both
    expect(batch.partnerships).toHaveLength(1);
  });
});
