import { describe, expect, it } from 'vitest';
import { wrongCountry } from '../../server/import/geocode-check.ts';

describe('the check of coordinates against the country', () => {
  it('accepts a point in the country, near its border, or in an overseas part of it', () => {
    expect(wrongCountry('DE', 52.52, 13.405)).toBeNull(); // Berlin
    expect(wrongCountry('DE', 47.66, 9.18)).toBeNull(); // Konstanz, at the Swiss border
    expect(wrongCountry('FR', 14.6, -61.07)).toBeNull(); // Fort-de-France, Martinique
  });

  it('names the country a point lies in when it is another', () => {
    expect(wrongCountry('FR', 52.52, 13.405)).toBe('DE');
    expect(wrongCountry('PL', 44.95, 34.1)).toBe('RU'); // Simferopol, Crimea: not Poland under any claim
  });

  it('accepts either country in a disputed territory, and no third', () => {
    expect(wrongCountry('UA', 44.95, 34.1)).toBeNull(); // Simferopol, Crimea
    expect(wrongCountry('RU', 44.95, 34.1)).toBeNull();
    expect(wrongCountry('RS', 42.66, 21.16)).toBeNull(); // Pristina, Kosovo
    expect(wrongCountry('XK', 42.66, 21.16)).toBeNull();
    expect(wrongCountry('AL', 42.66, 21.16)).toBe('XK');
    expect(wrongCountry('EH', 26.74, -11.67)).toBeNull(); // Smara, Western Sahara
    expect(wrongCountry('EH', 33.57, -7.59)).toBe('MA'); // Casablanca is Morocco under any claim
  });
});
