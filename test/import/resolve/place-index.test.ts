import { describe, expect, it } from 'vitest';
import { PlaceIndex } from '../../../server/import/resolve/place-index.ts';
import type { ExistingPlace } from '../../../server/import/resolve/types.ts';
import { place } from './helpers.ts';

const KOELN: ExistingPlace = {
  id: 'de-05315000',
  name: 'Köln',
  aliases: ['Cologne'],
  country: 'DE',
  ags: '05315000',
  wikidata: 'Q365',
  kind: 'municipality',
  lat: 50.9375,
  lon: 6.9603,
};

describe('the index of places the resolver matches against', () => {
  it('holds the places of the database as untouched candidates, by id, AGS and Wikidata item', () => {
    const index = new PlaceIndex([KOELN]);
    const p = index.byId.get('de-05315000')!;
    expect(p).toMatchObject({ name: 'Köln', existing: true, touched: false, admin1: null });
    expect(index.byAgs.get('05315000')).toBe(p);
    expect(index.byWikidata.get('Q365')).toBe(p);
    expect(p.aliases).not.toBe(KOELN.aliases); // a copy: resolving never edits the caller's list
  });

  it('finds a place by its name or an alias, folded, in its country only', () => {
    const index = new PlaceIndex([KOELN]);
    const p = index.byId.get('de-05315000');
    expect(index.named('KOELN', 'DE')).toEqual([p]);
    expect(index.named('cologne', 'DE')).toEqual([p]);
    expect(index.named('Köln', 'FR')).toEqual([]);
  });

  it('keeps places of unknown country apart, matching among themselves', () => {
    const index = new PlaceIndex();
    const nowhere = place('xx-atlantis', 'Atlantis');
    index.add(nowhere);
    expect(index.named('Atlantis', null)).toEqual([nowhere]);
    expect(index.named('Atlantis', 'GR')).toEqual([]);
  });

  it('finds German places by their names without a qualifier, and no others', () => {
    const index = new PlaceIndex();
    const halle = place('de-15002000', 'Halle (Saale)', { country: 'DE' });
    const perth = place('gb-perth', 'Perth (Scotland)', { country: 'GB' });
    index.add(halle);
    index.add(perth);
    expect(index.bareNamed('Halle')).toContain(halle);
    expect(index.bareNamed('Perth')).toEqual([]);
  });

  it('finds a place again under the names and ids it gained, once per key', () => {
    const index = new PlaceIndex();
    const p = place('de-koeln', 'Köln', { country: 'DE' });
    index.add(p);
    p.aliases.push('Colonia');
    p.fileIds.add('n7');
    index.add(p);
    expect(index.named('Colonia', 'DE')).toEqual([p]);
    expect(index.named('Köln', 'DE')).toEqual([p]);
    expect(index.byFileId.get('n7')).toBe(p);
  });
});
