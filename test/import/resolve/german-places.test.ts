import { describe, expect, it } from 'vitest';
import { emptyGazetteerStats, settleGermanPlace } from '../../../server/import/resolve/german-places.ts';
import { IssueList } from '../../../server/import/types.ts';
import { description, directory } from './helpers.ts';

const german = (name: string, fields: Parameters<typeof description>[1] = {}) =>
  description(name, { country: 'DE', sources: ['file'], ...fields });

describe('a German place: its side and what the directory attaches', () => {
  it("gives a Berlin district one name, Berlin's state, and the district's side on the record", () => {
    const d = german('Berlin – Spandau');
    settleGermanPlace(d, 3, null, null, new IssueList());
    expect(d).toMatchObject({
      name: 'Spandau',
      aliases: ['Berlin – Spandau'],
      admin1: 'DE-BE',
      kind: 'district',
      germany: 'west',
      germanyRule: 'berlin-districts',
    });
  });

  it("attaches a matched municipality's AGS, state, population and its directory name, and leaves the side to the AGS", () => {
    const d = german('Cologne', { lat: 50.94, lon: 6.96 });
    const stats = emptyGazetteerStats();
    settleGermanPlace(d, 3, directory(), stats, new IssueList());
    expect(d).toMatchObject({
      ags: '05315000',
      admin1: 'DE-NW',
      population: 1_084_831,
      aliases: ['Köln'],
      sources: ['file', 'destatis'],
      germany: null,
      germanyRule: 'gazetteer',
      lat: 50.94, // its own point is kept
    });
    expect(stats).toMatchObject({ germanPlaces: 1, matched: 1, matchedAsPart: 0, matchedDistricts: 0 });
  });

  it("gives a part its municipality's state but not its AGS, and a district its Kreis", () => {
    const stats = emptyGazetteerStats();
    const part = german('Deutz (Köln)');
    settleGermanPlace(part, 3, directory(), stats, new IssueList());
    expect(part).toMatchObject({ ags: null, admin1: 'DE-NW', germanyRule: 'gazetteer', germany: 'west' });
    const kreis = german('Main-Taunus-Kreis');
    settleGermanPlace(kreis, 4, directory(), stats, new IssueList());
    expect(kreis).toMatchObject({ kind: 'district', admin1: 'DE-HE', admin2: 'Main-Taunus-Kreis' });
    expect(stats).toMatchObject({ germanPlaces: 2, matched: 2, matchedAsPart: 1, matchedDistricts: 1 });
  });

  it('takes the point of a municipality matched without one', () => {
    const d = german('Halle (Saale)');
    settleGermanPlace(d, 3, directory(), emptyGazetteerStats(), new IssueList());
    expect(d).toMatchObject({ lat: 51.4828, lon: 11.9697, ags: '15002000' });
  });

  it('classifies by the GDR boundary a place the directory does not know, and reports it', () => {
    const d = german('Nirgendwo', { lat: 51.34, lon: 12.37 }); // Leipzig's point
    const issues = new IssueList();
    const stats = emptyGazetteerStats();
    settleGermanPlace(d, 7, directory(), stats, issues);
    expect(d).toMatchObject({ germany: 'east', germanyRule: 'coordinates', ags: null });
    expect(issues.items.map((i) => [i.code, i.line])).toEqual([['no-directory-match', 7]]);
    expect(stats).toMatchObject({ germanPlaces: 1, matched: 0 });
  });

  it('leaves a place with an AGS to the AGS, uncounted, and takes what it lacks from that key’s record', () => {
    const d = german('Irgendwo', { ags: '15002000' });
    const stats = emptyGazetteerStats();
    settleGermanPlace(d, 3, directory(), stats, new IssueList());
    const record = directory().gazetteer.byAgs('15002000')!;
    expect(d).toMatchObject({
      germany: null,
      germanyRule: 'ags',
      ags: '15002000',
      population: record.population,
      sources: ['file', 'destatis'],
    });
    expect(d.aliases).toContain(record.name.split(',')[0]);
    expect(stats.germanPlaces).toBe(0);
  });
});
