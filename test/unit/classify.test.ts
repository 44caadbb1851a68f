/** East/West inside Germany from the AGS, the state code and Berlin's district table (domain/classify.ts). */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { germanySide } from '../../server/domain/classify.ts';
import { readSeedBatch } from '../../server/seeds/seed-batch.ts';

describe('germanySide', () => {
  it("places the seeds' Berlin boroughs, named bare, on their side of the Wall", () => {
    const seeds = readSeedBatch(path.resolve('seeds'));
    const side = (name: string) => germanySide(seeds.places.find((p) => p.name === name && p.admin1 === 'DE-BE')!);
    expect({
      Lichtenberg: side('Lichtenberg'),
      Pankow: side('Pankow'),
      Neukölln: side('Neukölln'),
      Reinickendorf: side('Reinickendorf'),
      'Tempelhof-Schöneberg': side('Tempelhof-Schöneberg'),
    }).toEqual({ Lichtenberg: 'east', Pankow: 'east', Neukölln: 'west', Reinickendorf: 'west', 'Tempelhof-Schöneberg': 'west' });
  });

  it('keeps Berlin itself and the boroughs across the Wall on neither side; a namesake outside Berlin by its state', () => {
    expect(germanySide({ country: 'DE', ags: '11000000', admin1: null, name: 'Berlin' })).toBe('berlin');
    expect(germanySide({ country: 'DE', ags: null, admin1: 'DE-BE', name: 'Mitte' })).toBe('berlin');
    expect(germanySide({ country: 'DE', ags: null, admin1: 'DE-BE', name: 'Friedrichshain-Kreuzberg' })).toBe('berlin');
    expect(germanySide({ country: 'DE', ags: null, admin1: 'DE-NI', name: 'Pankow' })).toBe('west');
    expect(germanySide({ country: 'DE', ags: '15084355', admin1: null, name: 'Naumburg (Saale)' })).toBe('east');
  });
});
