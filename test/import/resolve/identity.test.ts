import { describe, expect, it } from 'vitest';
import { absorb, assignPlaces, newPlaceId } from '../../../server/import/resolve/identity.ts';
import { PlaceIndex } from '../../../server/import/resolve/place-index.ts';
import { description, place } from './helpers.ts';

describe('identity: descriptions to places', () => {
  it('names a new place de-<AGS>, else by its Jumelage-style file id, else <iso2>-<slug>, numbered when taken', () => {
    const used = new Set(['de-05315000', 'fr-saint-etienne', 'fr-saint-etienne-2']);
    expect(newPlaceId(description('Köln', { ags: '15002000' }), used)).toBe('de-15002000');
    expect(newPlaceId(description('Köln', { ags: '05315000', fileId: 'de-koeln' }), used)).toBe('de-koeln');
    expect(newPlaceId(description('Saint-Étienne', { country: 'FR', fileId: 'node 7' }), used)).toBe('fr-saint-etienne-3');
    expect(newPlaceId(description('Atlantis'), used)).toBe('xx-atlantis');
  });

  it('fills only what a place lacks, and keeps the other names as aliases', () => {
    const p = place('de-05315000', 'Köln', { country: 'DE', ags: '05315000', lat: 50.94, lon: 6.96, sources: new Set(['seeds']) });
    absorb(p, description('Cologne', { country: 'FR', ags: '99999999', admin1: 'DE-NW', lat: 1, lon: 1, fileId: 'n1', sources: ['wiki'] }));
    absorb(p, description('Köln', { aliases: ['Cologne', 'Colonia'] }));
    expect(p).toMatchObject({ country: 'DE', ags: '05315000', admin1: 'DE-NW', lat: 50.94, lon: 6.96, aliases: ['Cologne', 'Colonia'] });
    expect([...p.fileIds]).toEqual(['n1']);
    expect([...p.sources]).toEqual(['seeds', 'wiki']);
  });

  it('merges descriptions of one place, however the file spells it, and counts the places of the database it touched', () => {
    const index = new PlaceIndex([
      {
        id: 'de-05315000',
        name: 'Köln',
        aliases: ['Cologne'],
        country: 'DE',
        ags: '05315000',
        wikidata: null,
        kind: null,
        lat: 50.94,
        lon: 6.96,
      },
    ]);
    const used = new Set(index.byId.keys());
    const { descPlace, matchedExisting } = assignPlaces(
      [
        description('Cologne', { country: 'DE', lat: 50.93, lon: 6.95 }),
        description('Paris', { country: 'FR', lat: 48.86, lon: 2.35 }),
        description('Koeln', { country: 'DE' }),
        description('PARIS', { country: 'FR', lat: 48.861, lon: 2.351 }),
        description('Paris', { country: 'US', lat: 33.66, lon: -95.56 }),
      ],
      index,
      used,
      false,
    );
    expect(descPlace.map((p) => p.id)).toEqual(['de-05315000', 'fr-paris', 'de-05315000', 'fr-paris', 'us-paris']);
    expect(matchedExisting).toBe(1);
    expect(descPlace[1]!.aliases).toEqual(['PARIS']);
    expect(descPlace.every((p) => p.touched)).toBe(true);
    expect([...used]).toEqual(['de-05315000', 'fr-paris', 'us-paris']);
    expect(index.byId.get('us-paris')).toBe(descPlace[4]);
  });

  it('keeps Jumelage ids as they are: one id, one place, even of one name', () => {
    const { descPlace } = assignPlaces(
      [
        description('Neustadt', { country: 'DE', fileId: 'de-neustadt-a' }),
        description('Neustadt', { country: 'DE', fileId: 'de-neustadt-b' }),
      ],
      new PlaceIndex(),
      new Set(),
      true,
    );
    expect(descPlace.map((p) => p.id)).toEqual(['de-neustadt-a', 'de-neustadt-b']);
  });
});
