import { describe, expect, it } from 'vitest';
import { directoryPlaces } from '../../../server/import/resolve/all-municipalities.ts';
import { directory, place } from './helpers.ts';

describe('--all-municipalities', () => {
  it('adds every populated, placed municipality of the directory that is not yet a place', () => {
    const halle = place('de-halle', 'Halle (Saale)', { ags: '15002000' });
    const used = new Set(['de-06633017']);
    const extra = directoryPlaces(directory(), new Map([['15002000', halle]]), used);
    expect(extra.map((p) => p.id)).toEqual(['de-05315000', 'de-15084355']);
    expect(extra[0]).toEqual({
      id: 'de-05315000',
      name: 'Köln',
      aliases: [],
      country: 'DE',
      admin1: 'DE-NW',
      admin2: null,
      ags: '05315000',
      wikidata: null,
      kind: 'municipality',
      lat: 50.9375,
      lon: 6.9603,
      population: 1_084_831,
      sources: ['destatis'],
    });
    expect(used.has('de-15084355')).toBe(true);
  });
});
