/**
 * Is a place's point in the country the file says? Checked with country-coder's borders
 * (@rapideditor/country-coder, the maintained dataset of the iD editor). A point counts as in the
 * country when the country or its sovereign contains it (Martinique is in MQ and FR), or when a
 * point within TOLERANCE_KM does (border towns, coarse borders, points just offshore). A point at
 * sea, where no country answers, is not judged.
 *
 * Disputed territories: country-coder draws de facto borders, so a file that names the country
 * of a territory's recognised status would be flagged for every town there. In the territories of
 * DISPUTED either country agrees: Crimea, Ukraine's under UN General Assembly resolution 68/262
 * and Russia's in country-coder; Kosovo, recognised by some states, claimed by Serbia; Western
 * Sahara, a non-self-governing territory (EH) that country-coder draws as Morocco's.
 */
import { featuresContaining, iso1A2Codes } from '@rapideditor/country-coder';

interface Disputed {
  readonly countries: readonly string[];
  /** Whether the point lies in the territory, given the ids of the country-coder features containing it. */
  contains(lat: number, features: readonly string[]): boolean;
}

const DISPUTED: Readonly<Record<string, Disputed>> = {
  crimea: { countries: ['UA', 'RU'], contains: (_lat, features) => features.includes('Q7835') },
  kosovo: { countries: ['XK', 'RS'], contains: (_lat, features) => features.includes('XK') },
  // whatever country-coder puts in Morocco south of 27°40' N (the territory's northern border)
  westernSahara: { countries: ['EH', 'MA'], contains: (lat, features) => features.includes('MA') && lat < 27.667 },
};

export const TOLERANCE_KM = 10;

const RING = Array.from({ length: 8 }, (_, i) => (i * Math.PI) / 4);

/** Null when the point agrees with the country (or cannot be judged); else the code(s) found there. */
export function wrongCountry(country: string, lat: number, lon: number): string | null {
  const here = iso1A2Codes([lon, lat]);
  if (here.length === 0 || here.includes(country)) return null;
  const features = featuresContaining([lon, lat]).map((f) => f.properties.id);
  if (Object.values(DISPUTED).some((d) => d.countries.includes(country) && d.contains(lat, features))) return null;
  const dLat = TOLERANCE_KM / 111.2;
  const dLon = dLat / Math.max(0.05, Math.cos((lat * Math.PI) / 180));
  for (const a of RING) {
    if (iso1A2Codes([lon + dLon * Math.cos(a), lat + dLat * Math.sin(a)]).includes(country)) return null;
  }
  return here.filter((c) => c !== 'EU' && c !== 'UN').join('/') || here[0]!;
}
