import { describe, expect, it } from 'vitest';
import { settlePlaceCountry } from '../../../server/import/resolve/countries.ts';
import { IssueList } from '../../../server/import/types.ts';
import { rawPlace } from './helpers.ts';

const none = () => [];

describe("a place's country and point", () => {
  it('names the country by its ISO code, and keeps a point that lies in it', () => {
    const issues = new IssueList();
    const settled = settlePlaceCountry(
      rawPlace('York', { countryRaw: 'England', lat: 53.96, lon: -1.08 }),
      'wikipedia',
      none,
      false,
      issues,
    );
    expect(settled).toEqual({ country: 'GB', lat: 53.96, lon: -1.08 });
    expect(issues.items).toEqual([]);
  });

  it('reports a country it does not know, or none given in a list that should give one, and leaves it unknown', () => {
    const issues = new IssueList();
    expect(settlePlaceCountry(rawPlace('X', { countryRaw: 'Narnia', line: 4 }), 'wikipedia', none, false, issues).country).toBeNull();
    expect(settlePlaceCountry(rawPlace('Y', { line: 5 }), 'wikidata-json', none, false, issues).country).toBeNull();
    expect(settlePlaceCountry(rawPlace('Z', { line: 6 }), 'gexf', none, false, issues).country).toBeNull();
    expect(issues.items.map((i) => [i.code, i.line])).toEqual([
      ['unknown-country', 4],
      ['unknown-country', 5],
    ]);
  });

  it('drops a point in the sea, keeping the place', () => {
    const issues = new IssueList();
    const settled = settlePlaceCountry(rawPlace('Tamar', { countryRaw: 'Israel', lat: 32.5, lon: 33.5 }), 'wikipedia', none, false, issues);
    expect(settled).toEqual({ country: 'IL', lat: null, lon: null });
    expect(issues.items.map((i) => i.code)).toEqual(['in-the-sea']);
  });

  it("takes the one namesake's point when the point lies in another country", () => {
    const issues = new IssueList();
    const kinheim = () => [{ lat: 49.97, lon: 7.04 }];
    const settled = settlePlaceCountry(
      rawPlace('Kinheim', { countryRaw: 'Germany', lat: 50.64, lon: 5.57 }),
      'wikipedia',
      kinheim,
      true,
      issues,
    );
    expect(settled).toEqual({ country: 'DE', lat: 49.97, lon: 7.04 });
    expect(issues.items.map((i) => i.code)).toEqual(['wrong-point']);
  });

  it("moves a German place to its point's country where the directory knows no namesake, and only with the directory", () => {
    const kufstein = rawPlace('Kufstein', { countryRaw: 'Germany', lat: 47.583, lon: 12.167 });
    const issues = new IssueList();
    expect(settlePlaceCountry(kufstein, 'wikipedia', none, true, issues)).toEqual({ country: 'AT', lat: 47.583, lon: 12.167 });
    expect(issues.items.map((i) => i.code)).toEqual(['moved-country']);
    const without = new IssueList();
    expect(settlePlaceCountry(kufstein, 'wikipedia', none, false, without).country).toBe('DE');
  });

  it('drops the point of a place geocoded to a famous namesake abroad', () => {
    const issues = new IssueList();
    const settled = settlePlaceCountry(
      rawPlace('Perth', { countryRaw: 'Scotland', lat: -31.95, lon: 115.86 }),
      'wikipedia',
      none,
      false,
      issues,
    );
    expect(settled).toEqual({ country: 'GB', lat: null, lon: null });
    expect(issues.items.map((i) => i.code)).toEqual(['wrong-country-geocode']);
  });
});
