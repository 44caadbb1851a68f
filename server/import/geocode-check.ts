/**
 * Is a place's point in the country the file says? Checked with country-coder's borders
 * (@rapideditor/country-coder, the maintained dataset of the iD editor). A point counts as in the
 * country when the country or its sovereign contains it (Martinique is in MQ and FR), or when a
 * point within TOLERANCE_KM does (border towns, coarse borders, points just offshore). A point at
 * sea, where no country answers, is not judged.
 */
import { iso1A2Codes } from '@rapideditor/country-coder';

export const TOLERANCE_KM = 10;

const RING = Array.from({ length: 8 }, (_, i) => (i * Math.PI) / 4);

/** Null when the point agrees with the country (or cannot be judged); else the code(s) found there. */
export function wrongCountry(country: string, lat: number, lon: number): string | null {
  const here = iso1A2Codes([lon, lat]);
  if (here.length === 0 || here.includes(country)) return null;
  const dLat = TOLERANCE_KM / 111.2;
  const dLon = dLat / Math.max(0.05, Math.cos((lat * Math.PI) / 180));
  for (const a of RING) {
    if (iso1A2Codes([lon + dLon * Math.cos(a), lat + dLat * Math.sin(a)]).includes(country)) return null;
  }
  return here.filter((c) => c !== 'EU' && c !== 'UN').join('/') || here[0]!;
}
