import { describe, expect, it } from 'vitest';
import { conflicts, findPlace, matchByName } from '../../../server/import/resolve/match.ts';
import { PlaceIndex } from '../../../server/import/resolve/place-index.ts';
import type { Place } from '../../../server/import/resolve/types.ts';
import { description, place } from './helpers.ts';

function indexOf(...places: Place[]): PlaceIndex {
  const index = new PlaceIndex();
  for (const p of places) index.add(p);
  return index;
}

describe('the place a description denotes', () => {
  it('is never one whose AGS, Wikidata item or file id differs', () => {
    const p = place('de-1', 'Naumburg', { ags: '15084355', wikidata: 'Q1', fileIds: new Set(['n1']) });
    expect(conflicts(p, description('Naumburg', { ags: '06633017' }))).toBe(true);
    expect(conflicts(p, description('Naumburg', { wikidata: 'Q2' }))).toBe(true);
    expect(conflicts(p, description('Naumburg', { fileId: 'n2' }))).toBe(true);
    expect(conflicts(p, description('Naumburg', { ags: '15084355', wikidata: 'Q1', fileId: 'n1' }))).toBe(false);
    expect(conflicts(place('x', 'Naumburg'), description('Naumburg', { ags: '15084355', fileId: 'n1' }))).toBe(false);
  });

  it('by name: the nearest place of that name in the country within MERGE_KM, none farther', () => {
    const near = place('fr-a', 'Saint-Denis', { country: 'FR', lat: 48.936, lon: 2.357 });
    const nearer = place('fr-b', 'Saint Denis', { country: 'FR', lat: 48.93, lon: 2.36 });
    const index = indexOf(near, nearer);
    expect(matchByName(description('SAINT-DENIS', { country: 'FR', lat: 48.929, lon: 2.36 }), index)).toBe(nearer);
    expect(matchByName(description('Saint-Denis', { country: 'FR', lat: 49.0, lon: 2.36 }), index)).toBeNull(); // 8 km
    expect(matchByName(description('Saint-Denis', { country: 'BE', lat: 48.93, lon: 2.36 }), index)).toBeNull();
  });

  it('by name without a point: only the one such place', () => {
    const a = place('fr-a', 'Valence', { country: 'FR', lat: 44.93, lon: 4.89 });
    expect(matchByName(description('Valence', { country: 'FR' }), indexOf(a))).toBe(a);
    const b = place('fr-b', 'Valence', { country: 'FR', lat: 44.1, lon: 0.89 });
    expect(matchByName(description('Valence', { country: 'FR' }), indexOf(a, b))).toBeNull();
  });

  it('by a German name that differs by a qualifier, only within MERGE_KM', () => {
    const halle = place('de-15002000', 'Halle (Saale)', { country: 'DE', lat: 51.4828, lon: 11.9697 });
    const index = indexOf(halle);
    expect(matchByName(description('Halle', { country: 'DE', lat: 51.48, lon: 11.97 }), index)).toBe(halle);
    expect(matchByName(description('Halle', { country: 'DE' }), index)).toBeNull();
    expect(matchByName(description('Halle', { country: 'DE', lat: 52.06, lon: 8.36 }), index)).toBeNull(); // Halle (Westf.)
  });

  it('by AGS before Wikidata item before file id before name', () => {
    const byAgs = place('de-05315000', 'Köln', { country: 'DE', ags: '05315000' });
    const byWikidata = place('q-1', 'Cologne', { country: 'DE', wikidata: 'Q365' });
    const byFileId = place('n-1', 'Koeln', { country: 'DE', fileIds: new Set(['n1']) });
    const index = indexOf(byAgs, byWikidata, byFileId);
    const d = description('Cologne', { country: 'DE', ags: '05315000', wikidata: 'Q365', fileId: 'n1' });
    expect(findPlace(d, index, false)).toBe(byAgs);
    expect(findPlace({ ...d, ags: null }, index, false)).toBe(byWikidata);
    expect(findPlace({ ...d, ags: null, wikidata: null }, index, false)).toBe(byFileId);
    expect(findPlace({ ...d, ags: null, wikidata: null, fileId: null }, index, false)).toBe(byWikidata);
    expect(findPlace(description('X', { ags: '05315000' }), indexOf(place('de-05315000', 'Köln')), false)?.id).toBe('de-05315000');
  });

  it('by a Jumelage-style file id naming a place of the database; with authoritative ids, by the id alone', () => {
    const koeln = place('de-05315000', 'Köln', { country: 'DE' });
    const index = indexOf(koeln);
    expect(findPlace(description('Cologne', { fileId: 'de-05315000' }), index, false)).toBe(koeln);
    expect(findPlace(description('Köln', { country: 'DE', fileId: 'de-koeln' }), index, true)).toBeNull();
    expect(findPlace(description('Anything', { fileId: 'de-05315000' }), index, true)).toBe(koeln);
  });
});
