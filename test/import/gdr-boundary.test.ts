/**
 * The GDR boundary on landmarks, and Berlin's districts under their spellings. Its agreement with
 * the directory's state codes (the figures docs/importing.md states) is checked in
 * gdr-boundary-bkg.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { berlinDistrict, berlinDistrictOfName } from '../../server/domain/berlin-districts.ts';
import { sideOfCoordinates } from '../../server/domain/gdr-boundary.ts';

describe('the GDR boundary', () => {
  it('classifies landmarks on both sides, and both halves of Berlin', () => {
    expect(sideOfCoordinates(52.4227, 10.7865)).toBe('west'); // Wolfsburg
    expect(sideOfCoordinates(52.2, 11.11)).toBe('east'); // Marienborn
    expect(sideOfCoordinates(51.5264, 10.2608)).toBe('west'); // Duderstadt
    expect(sideOfCoordinates(50.2581, 10.9653)).toBe('west'); // Coburg
    expect(sideOfCoordinates(50.3597, 11.1708)).toBe('east'); // Sonneberg
    expect(sideOfCoordinates(52.5163, 13.3777 - 0.01)).toBe('west'); // Tiergarten
    expect(sideOfCoordinates(52.5219, 13.4132)).toBe('east'); // Alexanderplatz
  });

  it('knows the districts of Berlin under their spellings', () => {
    expect(berlinDistrictOfName('Lichtenberg (Berlin)')).toMatchObject({ name: 'Lichtenberg', side: 'east' });
    expect(berlinDistrictOfName('Berlin – Steglitz-Zehlendorf')).toMatchObject({ side: 'west' });
    expect(berlinDistrictOfName('Berlin-Köpenick')).toMatchObject({ side: 'east' });
    expect(berlinDistrictOfName('Mitte (Berlin)')).toMatchObject({ side: 'berlin' });
    expect(berlinDistrictOfName('Mitte (Hamburg)')).toBeNull();
    expect(berlinDistrict('Weissensee')).toMatchObject({ side: 'east' });
  });
});
