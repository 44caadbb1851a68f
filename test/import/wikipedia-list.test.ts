/**
 * The whole Wikipedia twin-town list (../shared/data, read where it lies), dry run: the summary
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
});
