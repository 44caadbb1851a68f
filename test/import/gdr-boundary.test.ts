/**
 * The authored GDR boundary against the official directory: every municipality of
 * open-data/gemeindeverzeichnis-destatis.csv classified by its coordinates alone must agree
 * with its state code for ≥ 95 %, and every disagreement must lie within 15 km of the border
 * line (Berlin, one record there, is on neither side and left out). The worst are printed.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { berlinDistrict, berlinDistrictOfName } from '../../server/domain/berlin-districts.ts';
import { distanceToInnerBorderKm, sideOfCoordinates } from '../../server/domain/gdr-boundary.ts';
import { Gazetteer } from '../../server/import/gazetteer.ts';
import { DESTATIS_CSV } from './helpers.ts';

const EAST = new Set(['DE-BB', 'DE-MV', 'DE-SN', 'DE-ST', 'DE-TH']);

describe('the GDR boundary', () => {
  it('agrees with the state codes of the Destatis directory', () => {
    const gazetteer = Gazetteer.parse(fs.readFileSync(DESTATIS_CSV, 'utf8'));
    let total = 0;
    let agree = 0;
    const wrong: { name: string; ags: string; km: number; expected: string }[] = [];
    for (const m of gazetteer.municipalities) {
      if (m.lat === null || m.lon === null || m.state === 'DE-BE') continue;
      total++;
      const expected = EAST.has(m.state) ? 'east' : 'west';
      if (sideOfCoordinates(m.lat, m.lon) === expected) agree++;
      else wrong.push({ name: m.name, ags: m.key, km: distanceToInnerBorderKm(m.lat, m.lon), expected });
    }
    wrong.sort((a, b) => b.km - a.km);
    const share = agree / total;
    console.log(
      `GDR boundary: ${agree} of ${total} municipalities agree (${(100 * share).toFixed(2)} %); ${wrong.length} disagree, the worst:\n` +
        wrong.slice(0, 10).map((w) => `  ${w.km.toFixed(1)} km  ${w.name} (${w.ags}, state says ${w.expected})`).join('\n'),
    );
    expect(total).toBeGreaterThan(10_000);
    expect(share).toBeGreaterThanOrEqual(0.95);
    expect(wrong.filter((w) => w.km > 15)).toEqual([]);
  });

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
