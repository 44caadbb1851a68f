import { describe, expect, it } from 'vitest';
import { countCountries, countGermany } from '../../../server/import/resolve/counts.ts';
import { place } from './helpers.ts';

describe('the counts of the summary', () => {
  it('count touched German places by side and by the rule that decided it', () => {
    const counts = countGermany([
      place('a', 'Leipzig', { country: 'DE', ags: '14713000' }),
      place('b', 'Spandau', { country: 'DE', germany: 'west', germanyRule: 'berlin-districts' }),
      place('c', 'Berlin', { country: 'DE', admin1: 'DE-BE' }),
      place('d', 'Nirgendwo', { country: 'DE' }),
      place('e', 'Köln', { country: 'DE', ags: '05315000', touched: false }),
      place('f', 'Paris', { country: 'FR' }),
    ]);
    expect(counts).toEqual({ east: 1, west: 1, berlin: 1, unknown: 1, by: { ags: 1, 'berlin-districts': 1, admin1: 1, none: 1 } });
  });

  it('count partnership ends by country, most first then by code, including untouched places named by a tie', () => {
    const places = [
      place('a', 'A', { country: 'FR' }),
      place('b', 'B', { country: 'DE' }),
      place('c', 'C', { country: 'AT', touched: false }),
      place('d', 'D'),
    ];
    const tie = (a: string, b: string) => ({ a, b, type: 'partnership' as const, since: null, until: null, sources: [] });
    const r = countCountries([tie('a', 'b'), tie('a', 'c'), tie('b', 'c'), tie('d', 'a')], places);
    expect(Object.entries(r.countries)).toEqual([
      ['FR', 3],
      ['AT', 2],
      ['DE', 2],
    ]);
    expect(r.unknownCountryEnds).toBe(1);
  });
});
