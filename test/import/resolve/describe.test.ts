import { describe, expect, it } from 'vitest';
import { describePlaces } from '../../../server/import/resolve/describe.ts';
import { IssueList } from '../../../server/import/types.ts';
import { directory, parsedFile, rawPlace } from './helpers.ts';

describe('the descriptions of a file', () => {
  it('are its distinct mentions, each settled once, with the import as their first source', () => {
    const issues = new IssueList();
    const parsed = parsedFile({
      issues,
      places: [
        rawPlace('Narnia City', { countryRaw: 'Narnia', line: 2 }),
        rawPlace('Paris', { countryRaw: 'France', lat: 48.86, lon: 2.35, line: 2, sources: ['https://example.org'] }),
        rawPlace('Narnia City', { countryRaw: 'Narnia', line: 3 }),
        rawPlace('Paris', { countryRaw: 'France', lat: 48.87, lon: 2.35, line: 3 }),
      ],
    });
    const { descriptions, mentionDesc, gazetteer } = describePlaces(parsed, { sourceId: 'file', directory: null });
    expect(mentionDesc).toEqual([0, 1, 0, 2]); // another point is another description
    expect(descriptions[1]).toMatchObject({ name: 'Paris', country: 'FR', lat: 48.86, sources: ['file', 'https://example.org'] });
    expect(issues.items.map((i) => [i.code, i.line])).toEqual([['unknown-country', 2]]); // reported once
    expect(gazetteer).toBeNull();
  });

  it('makes no description of a Jumelage reference (an id named, not described)', () => {
    const parsed = parsedFile({
      format: 'jumelage',
      authoritativeIds: true,
      places: [rawPlace('', { fileId: 'de-05315000' }), rawPlace('Paris', { fileId: 'fr-paris', countryRaw: 'FR' })],
      references: [{ id: 'de-05315000', line: 2, column: 'a' }],
    });
    const { descriptions, mentionDesc } = describePlaces(parsed, { sourceId: 'file', directory: null });
    expect(mentionDesc).toEqual([-1, 0]);
    expect(descriptions.map((d) => d.fileId)).toEqual(['fr-paris']);
  });

  it('settles German places against the directory and states its match rate', () => {
    const parsed = parsedFile({
      places: [rawPlace('Cologne', { countryRaw: 'Germany', lat: 50.94, lon: 6.96 }), rawPlace('Nirgendwo', { countryRaw: 'Germany' })],
    });
    const { descriptions, gazetteer } = describePlaces(parsed, { sourceId: 'file', directory: directory() });
    expect(descriptions[0]).toMatchObject({ ags: '05315000', germanyRule: 'gazetteer' });
    expect(gazetteer).toEqual({ germanPlaces: 2, matched: 1, matchedAsPart: 0, matchedDistricts: 0, rate: 0.5, added: 0 });
  });

  it('reports its progress every thousand descriptions', () => {
    const places = Array.from({ length: 2500 }, (_, i) => rawPlace(`Place ${i}`));
    const calls: [number, number][] = [];
    describePlaces(parsedFile({ format: 'gexf', places }), {
      sourceId: 'file',
      directory: null,
      progress: (done, total) => calls.push([done, total]),
    });
    expect(calls).toEqual([
      [999, 2500],
      [1999, 2500],
    ]);
  });
});
