import { describe, expect, it } from 'vitest';
import { namesakeIndex } from '../../../server/import/resolve/namesakes.ts';
import { directory, rawPlace } from './helpers.ts';

describe('the namesakes a country has for a name', () => {
  it("are the file's own places of that name whose point lies in the country they name", () => {
    const namesakes = namesakeIndex(
      {
        places: [
          rawPlace('Perth', { countryRaw: 'Australia', lat: -31.95, lon: 115.86 }),
          rawPlace('Perth', { countryRaw: 'Australia', lat: -31.96, lon: 115.87 }), // within MERGE_KM: the same point
          rawPlace('Perth', { countryRaw: 'United Kingdom', lat: -31.95, lon: 115.86 }), // geocoded to Australia: no witness
          rawPlace('Perth', { countryRaw: 'Scotland' }), // no point
        ],
      },
      null,
    );
    expect(namesakes('PERTH', 'AU')).toEqual([{ lat: -31.95, lon: 115.86 }]);
    expect(namesakes('Perth', 'GB')).toEqual([]);
  });

  it("are Germany's municipalities of the directory when there is one (a part: its municipality's), not the file's", () => {
    const namesakes = namesakeIndex(
      { places: [rawPlace('Naumburg', { countryRaw: 'Germany', lat: 51.25, lon: 9.17 })] },
      directory().gazetteer,
    );
    expect(namesakes('Naumburg', 'DE')).toHaveLength(2); // Naumburg (Hessen) and Naumburg (Saale)
    expect(namesakes('Deutz (Köln)', 'DE')).toEqual([{ lat: 50.9375, lon: 6.9603 }]);
    expect(namesakes('Gemeindefreies Gebiet', 'DE')).toEqual([]); // unpopulated: no place
    expect(
      namesakeIndex({ places: [rawPlace('Naumburg', { countryRaw: 'Germany', lat: 51.25, lon: 9.17 })] }, null)('Naumburg', 'DE'),
    ).toEqual([{ lat: 51.25, lon: 9.17 }]);
  });
});
