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
import { haversineKm } from '../domain/geo.ts';

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

/** The countries whose territory holds the point (ISO codes, without EU, UN and FX, country-coder's Metropolitan France). */
function countriesAt(lat: number, lon: number): string[] {
  return iso1A2Codes([lon, lat]).filter((c) => c !== 'EU' && c !== 'UN' && c !== 'FX');
}

/** Whether the country holds a point within `km` of this one (a ring of 8 points). */
function countryWithin(country: string, lat: number, lon: number, km: number): boolean {
  const dLat = km / 111.2;
  const dLon = dLat / Math.max(0.05, Math.cos((lat * Math.PI) / 180));
  return RING.some((a) => iso1A2Codes([lon + dLon * Math.cos(a), lat + dLat * Math.sin(a)]).includes(country));
}

export const NAMESAKE_KM = 10;

export type CountryVerdict =
  /** The point agrees with the named country. */
  | { kind: 'agrees' }
  /** No land at or near the point: it lies in the sea, and is no position at all. */
  | { kind: 'sea' }
  /** The point lies in another country, but the named one has one place of that name: the label is right, the point wrong. */
  | { kind: 'namesake'; lat: number; lon: number; foundIn: string }
  /** The label is right, the point wrong, and where the place lies is unknown (several namesakes, or none known). */
  | { kind: 'unplaced'; foundIn: string; why: string }
  /** The point lies in another country, and the named one has no place of that name: the place is the point's country's. */
  | { kind: 'moved'; country: string };

export type Namesakes = (name: string, country: string) => { lat: number; lon: number }[];

/**
 * Settles a place whose row names a country and gives a point (docs/importing.md, "Countries and
 * points"). When the point lies outside the named country (strictly, where `complete` says the
 * namesakes list every place of the country: Germany with the directory; beyond TOLERANCE_KM
 * elsewhere, where borders are all we have):
 * 1. a namesake of the named country within NAMESAKE_KM: a border town, the point agrees;
 * 2. one namesake of the named country elsewhere: the label is right, the point wrong: its point;
 *    several: the position is unknown;
 * 3. else, where the namesakes are complete, the place is the point's country's (Kufstein, listed
 *    as German, is Austrian); elsewhere the label is kept and the position dropped (Cambridge, US,
 *    geocoded to Cambridge, GB; Perth, Scotland, geocoded to Perth, Australia).
 * `namesakes` gives the points of the places of a name in a country (the directory for Germany,
 * the file's own well-placed places elsewhere).
 */
export function settleCountry(
  name: string,
  country: string,
  lat: number,
  lon: number,
  namesakes: Namesakes,
  complete: boolean,
): CountryVerdict {
  const here = countriesAt(lat, lon);
  if (here.includes(country)) return { kind: 'agrees' };
  if (here.length === 0 && featuresContaining([lon, lat]).length === 0) {
    return countryWithin(country, lat, lon, TOLERANCE_KM) ? { kind: 'agrees' } : { kind: 'sea' };
  }
  if (!complete && wrongCountry(country, lat, lon) === null) return { kind: 'agrees' };
  const features = featuresContaining([lon, lat]).map((f) => f.properties.id);
  if (Object.values(DISPUTED).some((d) => d.countries.includes(country) && d.contains(lat, features))) return { kind: 'agrees' };
  const near = (p: { lat: number; lon: number }) => haversineKm(lat, lon, p.lat, p.lon) <= NAMESAKE_KM;
  const named = namesakes(name, country);
  if (named.some(near)) return { kind: 'agrees' };
  const foundIn = here.join('/') || 'no country';
  if (named.length === 1) return { kind: 'namesake', lat: named[0]!.lat, lon: named[0]!.lon, foundIn };
  if (named.length > 1) return { kind: 'unplaced', foundIn, why: `${country} has several places of that name` };
  if (!complete) {
    // only a complete list proves that the named country has no such place; elsewhere a famous
    // namesake is the likelier story (Perth, Scotland, geocoded to Perth, Australia)
    const atPoint = here.find((c) => namesakes(name, c).some(near));
    return {
      kind: 'unplaced',
      foundIn,
      why: atPoint ? `the point is ${atPoint}'s ${name}` : `${country}'s ${name} is not known to lie there`,
    };
  }
  return here[0] ? { kind: 'moved', country: here[0] } : { kind: 'unplaced', foundIn, why: 'no country claims the point' };
}
