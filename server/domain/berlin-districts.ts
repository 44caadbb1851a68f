/**
 * Berlin's districts and the side of the divided city they lay on (1949–1990).
 *
 * Berlin as a whole is on neither side (`berlin`); a district is `east` when it was part of
 * East Berlin (the Soviet sector) and `west` when it was part of West Berlin (the American,
 * British and French sectors). Two tables:
 * - the 23 boroughs (Bezirke) as they were in 1990 (the eleven East Berlin ones include the three
 *   created in the GDR: Marzahn 1979, Hohenschönhausen 1985, Hellersdorf 1986);
 * - the twelve boroughs formed in 2001 by merging them. Ten merged boroughs of one side only and
 *   take that side; Mitte (Mitte [E] + Tiergarten [W] + Wedding [W]) and Friedrichshain-Kreuzberg
 *   (Friedrichshain [E] + Kreuzberg [W]) straddle the former Wall and are `berlin`, on neither side.
 * Names are the official German ones; lookups fold case and diacritics and accept the spellings
 * found in lists ("Lichtenberg (Berlin)", "Berlin – Lichtenberg", "Berlin-Lichtenberg",
 * "Lichtenberg, Berlin").
 */
import { foldAscii } from '../../contract/names.ts';
import type { GermanSide } from '../../contract/vocabularies.ts';

export interface BerlinDistrict {
  name: string;
  side: GermanSide;
  /** 1990: one of the 23 boroughs of the divided city; 2001: one of the 12 merged boroughs. */
  era: 1990 | 2001;
}

const TABLE: BerlinDistrict[] = [
  // The twelve boroughs since 2001.
  { name: 'Mitte', side: 'berlin', era: 2001 },
  { name: 'Friedrichshain-Kreuzberg', side: 'berlin', era: 2001 },
  { name: 'Pankow', side: 'east', era: 2001 },
  { name: 'Charlottenburg-Wilmersdorf', side: 'west', era: 2001 },
  { name: 'Spandau', side: 'west', era: 2001 },
  { name: 'Steglitz-Zehlendorf', side: 'west', era: 2001 },
  { name: 'Tempelhof-Schöneberg', side: 'west', era: 2001 },
  { name: 'Neukölln', side: 'west', era: 2001 },
  { name: 'Treptow-Köpenick', side: 'east', era: 2001 },
  { name: 'Marzahn-Hellersdorf', side: 'east', era: 2001 },
  { name: 'Lichtenberg', side: 'east', era: 2001 },
  { name: 'Reinickendorf', side: 'west', era: 2001 },
  // The boroughs of 1990 that are not also a name above (Spandau, Neukölln, Pankow,
  // Lichtenberg and Reinickendorf kept their names and sides).
  { name: 'Tiergarten', side: 'west', era: 1990 },
  { name: 'Wedding', side: 'west', era: 1990 },
  { name: 'Kreuzberg', side: 'west', era: 1990 },
  { name: 'Charlottenburg', side: 'west', era: 1990 },
  { name: 'Wilmersdorf', side: 'west', era: 1990 },
  { name: 'Schöneberg', side: 'west', era: 1990 },
  { name: 'Tempelhof', side: 'west', era: 1990 },
  { name: 'Steglitz', side: 'west', era: 1990 },
  { name: 'Zehlendorf', side: 'west', era: 1990 },
  { name: 'Prenzlauer Berg', side: 'east', era: 1990 },
  { name: 'Friedrichshain', side: 'east', era: 1990 },
  { name: 'Weißensee', side: 'east', era: 1990 },
  { name: 'Hohenschönhausen', side: 'east', era: 1990 },
  { name: 'Marzahn', side: 'east', era: 1990 },
  { name: 'Hellersdorf', side: 'east', era: 1990 },
  { name: 'Treptow', side: 'east', era: 1990 },
  { name: 'Köpenick', side: 'east', era: 1990 },
];

const BY_KEY = new Map(TABLE.map((d) => [foldAscii(d.name), d]));

/**
 * The district a place name denotes, when it names a Berlin district explicitly: "X (Berlin)",
 * "Berlin – X", "Berlin-X", "X, Berlin", "Berlin X". A bare "X" is not enough (Mitte, Wedding
 * and Spandau are names elsewhere too); the caller may try `berlinDistrict(bare)` itself when
 * the coordinates lie in Berlin.
 */
export function berlinDistrictOfName(raw: string): BerlinDistrict | null {
  const s = raw.trim();
  const forms = [
    /^(.+?)\s*\(\s*Berlin\s*\)$/i.exec(s)?.[1],
    /^Berlin\s*[-–—,:]?\s+(.+)$/i.exec(s)?.[1],
    /^Berlin-(.+)$/i.exec(s)?.[1],
    /^(.+?),\s*Berlin$/i.exec(s)?.[1],
  ];
  for (const f of forms) {
    const d = f ? berlinDistrict(f) : null;
    if (d) return d;
  }
  return null;
}

/** The district of that exact (folded) name, or null. */
export function berlinDistrict(name: string): BerlinDistrict | null {
  return BY_KEY.get(foldAscii(name)) ?? null;
}
