/**
 * The former GDR as a polygon, for classifying a German place as East or West by its coordinates
 * when neither its AGS key nor the gazetteer tells (the last rule of three; see docs/importing.md).
 *
 * The inner-German border (1949–1990) comes from official data: the boundaries of the states in
 * BKG's VG250 (© GeoBasis-DE / BKG 2019, VG250 as of 31.12.2018; dl-de/by-2-0). It is the common
 * outline of the five eastern states (Brandenburg, Mecklenburg-Vorpommern, Sachsen,
 * Sachsen-Anhalt, Thüringen) and the western ones, from the Bay of Lübeck (where it starts at the
 * limit of the territorial sea) to the tripoint with the Czech Republic near Prex, with one
 * documented exception: Amt Neuhaus (VG250 municipality 03355049, © GeoBasis-DE / BKG 2026), east
 * of the Elbe, part of the GDR until 1990 and of Mecklenburg-Vorpommern until it joined Lower
 * Saxony in 1993, counts as East, so there the line follows the Elbe. scripts/geo/build-gdr-boundary.ts
 * derives it into gdr-boundary.json (simplified to 50 m, ~1 m rounding); open-data/bkg/README.md
 * names the sources and the changes.
 *
 * Only that line needs to be exact: the polygon classifies places that are already known to be in
 * Germany, so its other edges (OUTER_EDGE: the Czech and Polish borders, the Baltic coast) are
 * authored and run loosely outside German territory, and a place geocoded a little across the
 * Neisse or offshore is still `east`.
 *
 * Berlin: its outline is VG250's (state 11). VG250 has no boroughs, so inside Berlin the authored
 * ring WEST_BERLIN decides: the Wall as simplified before (a few hundred metres; the boroughs of 1990
 * on each side, as the table in berlin-districts.ts has them), loose elsewhere, since Berlin's
 * outline cuts it. A point in Berlin is `west` inside the ring and `east` outside; a point outside
 * Berlin (Kleinmachnow, Glienicke/Nordbahn) is decided by the polygon. Named districts never get
 * here: the district table decides them first (server/import/germany.ts).
 *
 * test/import/gdr-boundary-bkg.test.ts classifies every municipality of the Destatis directory by
 * its coordinates alone and prints the disagreements with the state code, with their distance
 * from the line; the only one is Amt Neuhaus (the exception above).
 *
 * Coordinates are [longitude, latitude], WGS84 decimal degrees.
 */
import bkg from './gdr-boundary.json' with { type: 'json' };

export type LonLat = readonly [number, number];

function lonLats(value: unknown, what: string): LonLat[] {
  if (!Array.isArray(value) || value.length < 3) throw new Error(`gdr-boundary.json: ${what} is not a line`);
  return value.map((p: unknown) => {
    if (!Array.isArray(p) || p.length !== 2 || typeof p[0] !== 'number' || typeof p[1] !== 'number')
      throw new Error(`gdr-boundary.json: ${what} has a bad point`);
    return [p[0], p[1]] as const;
  });
}

/** Licence and attribution of the BKG-derived geometry (credit it where the data is credited). */
export const GDR_BOUNDARY_SOURCE: { licence: string; attribution: string } = { licence: bkg.licence, attribution: bkg.attribution };

/** The inner-German border from the Bay of Lübeck to the tripoint with the Czech Republic near Prex (BKG VG250). */
export const INNER_GERMAN_BORDER: readonly LonLat[] = lonLats(bkg.innerGermanBorder, 'innerGermanBorder');

/** Berlin's outline (BKG VG250, state 11). */
export const BERLIN_OUTLINE: readonly LonLat[] = lonLats(bkg.berlin, 'berlin');

/**
 * The GDR's other borders, authored, loosely outside German territory: from the tripoint near
 * Prex eastwards through the Aš salient (Czech; clear of the Bavarian corner at Prex), along the
 * Czech border, the Neisse and the Oder, round Usedom and Rügen, back over the Baltic to the
 * line's start.
 */
export const OUTER_EDGE: readonly LonLat[] = [
  [12.14, 50.31],
  [12.17, 50.28],
  [12.25, 50.12],
  [12.5, 50.1],
  [13.0, 50.25],
  [13.5, 50.42],
  [14.0, 50.6],
  [14.5, 50.72],
  [14.85, 50.78],
  [15.2, 50.95],
  [15.1, 51.5],
  [14.85, 52.1],
  [14.85, 52.6],
  [14.55, 53.3],
  [14.45, 53.75],
  [14.35, 54.1],
  [13.8, 54.75],
  [13.0, 54.75],
  [12.2, 54.5],
  [11.8, 54.4], // to the line's start at the limit of the territorial sea
];

/**
 * West Berlin inside Berlin's outline: authored, the Wall simplified from Rudow to Frohnau, loose
 * (outside Berlin) to the west and south, where Berlin's outline cuts it.
 */
export const WEST_BERLIN: readonly LonLat[] = [
  [13.27, 52.665], // Frohnau, north
  [13.2, 52.7], // loose, outside Berlin, round Heiligensee, Spandau, Kladow, Wannsee, Zehlendorf, Lichtenrade
  [13.0, 52.7],
  [13.0, 52.33],
  [13.45, 52.33],
  [13.5, 52.395], // Rudow
  [13.47, 52.445],
  [13.455, 52.49], // Neukölln / Treptow
  [13.45, 52.5], // Spree: Kreuzberg / Friedrichshain
  [13.41, 52.505], // Kreuzberg / Mitte
  [13.377, 52.516], // Brandenburg Gate
  [13.385, 52.54], // Wedding / Mitte
  [13.4, 52.555], // Bornholmer Straße
  [13.375, 52.59], // Reinickendorf / Pankow
  [13.34, 52.618],
  [13.31, 52.623], // Hermsdorf (W) / Glienicke-Nordbahn (E)
  [13.3, 52.645],
];

export const GDR_POLYGON: readonly LonLat[] = [...INNER_GERMAN_BORDER, ...OUTER_EDGE];

/** Whether a point lies inside a ring (even-odd rule on plate carrée coordinates). */
export function inRing(lon: number, lat: number, ring: readonly LonLat[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** `east` inside the former GDR (East Berlin and Amt Neuhaus included), `west` elsewhere (West Berlin included). */
export function sideOfCoordinates(lat: number, lon: number): 'east' | 'west' {
  if (inRing(lon, lat, BERLIN_OUTLINE)) return inRing(lon, lat, WEST_BERLIN) ? 'west' : 'east';
  return inRing(lon, lat, GDR_POLYGON) ? 'east' : 'west';
}

const EARTH_KM = 6371.0088;

/** Distance in km from a point to the inner-German border line (equirectangular, fine below ~200 km). */
export function distanceToInnerBorderKm(lat: number, lon: number): number {
  const rad = Math.PI / 180;
  const kx = Math.cos(lat * rad) * rad * EARTH_KM;
  const ky = rad * EARTH_KM;
  let best = Infinity;
  for (let i = 1; i < INNER_GERMAN_BORDER.length; i++) {
    const [x1, y1] = INNER_GERMAN_BORDER[i - 1]!;
    const [x2, y2] = INNER_GERMAN_BORDER[i]!;
    const ax = (x1 - lon) * kx;
    const ay = (y1 - lat) * ky;
    const bx = (x2 - lon) * kx;
    const by = (y2 - lat) * ky;
    const dx = bx - ax;
    const dy = by - ay;
    const len2 = dx * dx + dy * dy;
    const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
    best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
  }
  return best;
}
