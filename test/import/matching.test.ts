/**
 * Matching German places to the Destatis directory respects their coordinates, and a row's
 * country is settled against its point (docs/importing.md, "Matching" and "Countries and points"),
 * on the Wikipedia list with the directory, as the default dataset imports it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { ImportBatch, PlaceRecord } from '../../server/domain/model.ts';
import type { ImportGazetteer } from '../../server/import/pipeline.ts';
import type { ImportSummary } from '../../server/import/report.ts';
import { loadGazetteer } from '../../server/services/import.service.ts';
import { DESTATIS_CSV, WIKI_CSV, dryRun } from './helpers.ts';

let gz: ImportGazetteer;
let batch: ImportBatch;
let summary: ImportSummary;
beforeAll(async () => {
  gz = loadGazetteer(DESTATIS_CSV);
  ({ batch, summary } = await dryRun(fs.readFileSync(WIKI_CSV), { gazetteer: gz }, 'twin-cities-wikipedia.csv'));
});

const km = (a: { lat: number; lon: number }, b: { lat: number; lon: number }) => {
  const r = Math.PI / 180;
  const h = Math.sin(((b.lat - a.lat) * r) / 2) ** 2 + Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(((b.lon - a.lon) * r) / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(h));
};
const placeAt = (name: string, lat: number, lon: number): PlaceRecord | undefined =>
  batch.places.find(
    (p) => (p.name === name || p.aliases.includes(name)) && p.lat !== null && km(p as { lat: number; lon: number }, { lat, lon }) < 5,
  );

describe('matching to the directory', () => {
  it('takes the nearest namesake, never one beyond 10 km: the committed cases', () => {
    expect(placeAt('Naumburg', 51.15, 11.8167)).toMatchObject({ ags: '15084355', country: 'DE' });
    expect(placeAt('Lindau', 47.5458, 9.6833)).toMatchObject({ ags: '09776116' });
    expect(placeAt('Friedberg, Hesse', 50.3333, 8.75)).toMatchObject({ ags: '06440008' });
    expect(placeAt('Friedberg, Bavaria', 48.35, 10.9833)).toMatchObject({ ags: '09771130' });
    // the list has no well-placed Nienburg (Saale): the directory itself, from a point 3 km off
    expect(gz.gazetteer.match('Nienburg', 51.86, 11.78)?.entry.key).toBe('15089235');
    expect(gz.gazetteer.match('Nienburg', 52.6488, 9.2578)?.entry.key).toBe('03256022');
  });

  it('so Aachen–Naumburg (Saale), 1988, crosses the inner-German border', () => {
    const aachen = placeAt('Aachen', 50.7756, 6.0836)!;
    const naumburg = placeAt('Naumburg', 51.15, 11.8167)!;
    expect(batch.partnerships.some((t) => (t.a === aachen.id && t.b === naumburg.id) || (t.a === naumburg.id && t.b === aachen.id))).toBe(
      true,
    );
    expect(aachen.ags?.slice(0, 2)).toBe('05'); // Nordrhein-Westfalen: west
    expect(naumburg.ags?.slice(0, 2)).toBe('15'); // Sachsen-Anhalt: east
  });

  it('keeps a point that no namesake lies near, classifies by it, and warns', () => {
    // Waren (Müritz) lies 10.7 km from the list's point for "Waren an der Müritz"
    expect(placeAt('Waren an der Müritz', 53.4167, 12.6833)).toMatchObject({ ags: null, lat: 53.4167, lon: 12.6833, germany: 'east' });
    expect(summary.warnings.some((w) => w.code === 'no-directory-match' && w.message.startsWith('Waren an der Müritz:'))).toBe(true);
  });

  it('resolves a name without coordinates only when it denotes one municipality', () => {
    expect(gz.gazetteer.match('Naumburg', null, null)).toBeNull();
    expect(gz.gazetteer.match('Frankfurt', null, null)).toBeNull();
    expect(gz.gazetteer.match('Eisenhüttenstadt', null, null)?.entry.key).toBe('12067120');
  });

  it('two places of one name far apart are two places, and a tie between them is a tie', async () => {
    const csv = 'city1,country1,lat1,lng1,city2,country2,lat2,lng2\nNienburg,Germany,52.6488,9.2578,Nienburg,Germany,51.8364,11.7663\n';
    const two = await dryRun(csv, { gazetteer: gz }, 'nienburg.csv');
    expect(two.summary.dropped).toEqual({});
    expect(two.batch.partnerships).toHaveLength(1);
    expect(two.batch.places.map((p) => p.ags).sort()).toEqual(['03256022', '15089235']);
  });

  it('is what an independent matcher says for every German place of the list with coordinates', () => {
    // independent of server/import: fold, strip qualifiers, compare, take the nearest within 10 km
    const fold = (s: string) =>
      s
        .toLowerCase()
        .replace(/ß/g, 'ss')
        .normalize('NFKD')
        .replace(/\p{M}/gu, '')
        .replace(/[^a-z0-9]+/g, ' ')
        .trim();
    const bare = (s: string) =>
      fold(
        s
          .split(',')[0]!
          .split('/')[0]!
          .replace(/\s*\([^)]*\)/g, ''),
      )
        .replace(/ (am|an der|an den|an|im|in der|in|ob der|bei|b|vor der|auf der) .+$/, '')
        .replace(/^(lutherstadt|hansestadt|universitatsstadt|kreisstadt|stadt|markt|gemeinde|flecken) /, '');
    const directory = (parse(fs.readFileSync(DESTATIS_CSV), { bom: true, columns: true }) as Record<string, string>[])
      .filter((r) => r.satzart === '60' && r.breitengrad)
      .map((r) => ({
        ags: `${r.land}${r.rb}${r.kreis}${r.gemeinde}`,
        keys: new Set([fold(r.gemeindename!.split(',')[0]!), bare(r.gemeindename!)]),
        lat: Number(r.breitengrad!.replace(',', '.')),
        lon: Number(r.laengengrad!.replace(',', '.')),
      }));
    const rows = parse(fs.readFileSync(WIKI_CSV), { columns: true }) as Record<string, string>[];
    const german = new Map<string, { name: string; lat: number; lon: number }>();
    for (const r of rows) {
      for (const e of ['1', '2']) {
        const name = r[`city${e}`]!;
        if (r[`country${e}`] !== 'Germany' || !r[`lat${e}`] || /\(district\)|berlin|\(.+\)$|–/i.test(name)) continue;
        german.set(`${name}|${r[`lat${e}`]}|${r[`lng${e}`]}`, { name, lat: Number(r[`lat${e}`]), lon: Number(r[`lng${e}`]) });
      }
    }
    const misses: string[] = [];
    let checked = 0;
    for (const g of german.values()) {
      const place = placeAt(g.name, g.lat, g.lon);
      if (!place || place.country !== 'DE') continue; // moved abroad (Kufstein), checked below
      const keys = [fold(g.name.split(',')[0]!), bare(g.name)];
      const near = directory
        .filter((d) => keys.some((k) => d.keys.has(k)))
        .map((d) => ({ d, km: km(d, g) }))
        .filter((c) => c.km <= 10)
        .sort((a, b) => a.km - b.km);
      checked++;
      if (near.length > 0 && place.ags !== near[0]!.d.ags)
        misses.push(`${g.name} (${g.lat}, ${g.lon}): expected ${near[0]!.d.ags}, got ${place.ags}`);
      if (place.ags) {
        const assigned = directory.find((d) => d.ags === place.ags);
        if (!assigned || km(assigned, g) > 10)
          misses.push(`${g.name}: ${place.ags} lies ${assigned ? Math.round(km(assigned, g)) : '?'} km away`);
      }
    }
    console.log(`checked ${checked} German places of the list; misses: ${misses.length}\n${misses.join('\n')}`);
    expect(checked).toBeGreaterThan(1500);
    expect(misses).toEqual([]);
  });
});

describe('without the directory', () => {
  it('German places whose names differ only by a qualifier, within 5 km, are one place', async () => {
    const csv = [
      'city1,country1,lat1,lng1,city2,country2,lat2,lng2',
      'Frankfurt,Germany,50.1136,8.6797,Lyon,France,45.76,4.835',
      'Frankfurt am Main,Germany,50.1109,8.6821,Milan,Italy,45.4642,9.19',
      'Frankfurt (Oder),Germany,52.3471,14.5506,Słubice,Poland,52.3504,14.5606',
      'Halle,Germany,51.4828,11.9697,Grenoble,France,45.1885,5.7245',
      'Halle (Saale),Germany,51.4969,11.9688,Oulu,Finland,65.0121,25.4651',
    ].join('\n');
    const { batch: b } = await dryRun(csv, {}, 'qualifiers.csv');
    const german = b.places.filter((p) => p.country === 'DE');
    expect(german.map((p) => [p.name, ...p.aliases].sort().join(' = ')).sort()).toEqual([
      'Frankfurt (Oder)',
      'Frankfurt = Frankfurt am Main',
      'Halle = Halle (Saale)',
    ]);
  });
});

describe('countries and points', () => {
  it('Kufstein, listed as German but lying in Austria with no German namesake, is Austrian', () => {
    const kufstein = batch.places.filter((p) => p.name === 'Kufstein');
    expect(kufstein.map((p) => p.country)).toEqual(['AT']);
    expect(summary.warnings.some((w) => w.code === 'moved-country' && w.message.startsWith('Kufstein (DE)'))).toBe(true);
  });

  it('a German name geocoded abroad is its German namesake, at the directory’s point', () => {
    expect(batch.places.find((p) => p.name === 'Kinheim')).toMatchObject({ country: 'DE', ags: '07231068' });
  });

  it('Tamar, geocoded 100 km off the coast, is kept without a position', () => {
    expect(batch.places.find((p) => p.name === 'Tamar' && p.country === 'IL')).toMatchObject({ lat: null, lon: null });
    expect(summary.warnings.filter((w) => w.code === 'in-the-sea').map((w) => w.message.split(':')[0])).toEqual(['Tamar (IL)']);
  });

  it('a famous namesake elsewhere keeps the label and drops the point (Perth, Scotland, at Perth, Australia)', async () => {
    const csv = 'city1,country1,lat1,lng1,city2,country2,lat2,lng2\nPerth,Scotland,-31.9558,115.8597,Bydgoszcz,Poland,53.1235,18.0084\n';
    const one = await dryRun(csv, {}, 'perth.csv');
    expect(one.batch.places.find((p) => p.name === 'Perth')).toMatchObject({ country: 'GB', lat: null, lon: null });
  });
});
