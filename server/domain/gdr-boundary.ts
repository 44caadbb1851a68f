/**
 * The former GDR as a simplified polygon, for classifying a German place as East or West by its
 * coordinates when neither its AGS key nor the gazetteer tells (the last rule of three; see
 * docs/importing.md).
 *
 * Authored for Jumelage from the course of the inner-German border (1949–1990) as it is
 * described in atlases and on the maps of the Grenzmuseen, vertex by vertex between landmarks
 * whose side is known (Lübeck–Herrnburg, the Ratzeburger See and the Schaalsee, the Elbe from
 * Lauenburg to Schnackenburg, the Wendland against the Altmark, Helmstedt–Marienborn, the Harz
 * over the Brocken, the Eichsfeld south of Duderstadt, the Werra, the Rhön, the Heldburger
 * Unterland, Coburg–Sonneberg, Ludwigsstadt, Mödlareuth, the tripoint near Prex). Nothing in
 * it was taken from the Destatis directory: the test only measures it against that directory.
 *
 * Only the inner-German border needs to be exact: the polygon classifies places that are
 * already known to be in Germany, so its other edges (the Czech and Polish borders, the Baltic
 * coast) run loosely outside German territory. West Berlin is a hole: a point there is `west`,
 * the rest of Berlin `east` (the district table in berlin-districts.ts decides named districts).
 * Accuracy: a few kilometres along most of the line; the test (test/import/gdr-boundary.test.ts)
 * classifies every municipality of the directory by its coordinates alone and prints the
 * disagreements with their distance from this line. Known, real disagreements: Amt Neuhaus
 * (east of the Elbe, GDR until 1990, Lower Saxony since 1993) and the few places exchanged in
 * 1945 (Wanfried agreement) or in later boundary adjustments.
 *
 * Coordinates are [longitude, latitude], WGS84 decimal degrees.
 */
export type LonLat = readonly [number, number];

/** The inner-German border from the Baltic (Priwall) to the tripoint with Czechoslovakia (Prex). */
export const INNER_GERMAN_BORDER: readonly LonLat[] = [
  [10.93, 54.05], // Bay of Lübeck, offshore
  [10.905, 53.958], // Priwall / Pötenitz
  [10.885, 53.925], // Dassower See
  [10.83, 53.895], // east of Schlutup
  [10.77, 53.855], // Herrnburg (E) / Lübeck (W)
  [10.755, 53.815],
  [10.775, 53.77], // Groß Grönau (W) / Schattin (E)
  [10.805, 53.735], // Ratzeburger See, north
  [10.83, 53.705],
  [10.87, 53.67], // Mustin (W) / Kneese (E)
  [10.93, 53.635], // Schaalsee
  [10.905, 53.585],
  [10.875, 53.55], // west of Zarrentin (E)
  [10.83, 53.5],
  [10.76, 53.455], // Büchen (W) / Lassahn (E)
  [10.68, 53.41],
  [10.63, 53.38], // the Elbe east of Lauenburg
  [10.7, 53.355], // Elbe: Boizenburg (E, north bank) / Bleckede (W)
  [10.78, 53.31],
  [10.88, 53.245], // Neu Darchau
  [10.97, 53.2],
  [11.04, 53.16], // Hitzacker
  [11.15, 53.14],
  [11.25, 53.125], // Dömitz
  [11.33, 53.085],
  [11.4, 53.055], // Gorleben
  [11.49, 53.05],
  [11.57, 53.035], // Schnackenburg: the border leaves the Elbe
  [11.55, 52.99],
  [11.46, 52.955], // Prezelle (W) / Arendsee (E)
  [11.33, 52.93],
  [11.22, 52.9], // Wustrow (W) / Salzwedel (E)
  [11.1, 52.885],
  [10.99, 52.865], // Bergen an der Dumme (W)
  [10.92, 52.83],
  [10.84, 52.78], // Wittingen (W) / Diesdorf (E)
  [10.8, 52.72],
  [10.84, 52.675],
  [10.93, 52.655], // the Ohre: Brome (W) / Jübar (E)
  [10.975, 52.61],
  [10.985, 52.55],
  [10.955, 52.48], // the Aller: Grafhorst (W) / Oebisfelde (E)
  [10.99, 52.42],
  [11.03, 52.35], // Grasleben (W) / Weferlingen (E)
  [11.04, 52.27],
  [11.055, 52.215], // Helmstedt (W) / Marienborn (E)
  [11.02, 52.16],
  [11.01, 52.12], // Schöningen (W) / Hötensleben (E)
  [10.94, 52.075], // Jerxheim (W)
  [10.82, 52.04], // the Großes Bruch
  [10.7, 52.03],
  [10.645, 52.0], // Hornburg (W) / Osterwieck (E)
  [10.64, 51.93],
  [10.625, 51.87], // the Ecker: Bad Harzburg (W) / Stapelburg (E)
  [10.6, 51.81], // Brocken (E)
  [10.645, 51.755], // Braunlage (W) / Elend (E)
  [10.685, 51.69],
  [10.68, 51.635], // Hohegeiß (W) / Benneckenstein (E)
  [10.655, 51.595], // Walkenried (W) / Ellrich (E)
  [10.58, 51.57],
  [10.5, 51.56], // Bad Sachsa (W)
  [10.42, 51.545],
  [10.35, 51.53], // Eichsfeld
  [10.3, 51.49],
  [10.255, 51.465], // south of Duderstadt (W); Teistungen (E)
  [10.18, 51.455],
  [10.08, 51.44],
  [10.0, 51.415], // Reinhausen (W) / Rustenfelde (E)
  [9.955, 51.385], // Friedland (W) / Arenshausen (E)
  [9.92, 51.345], // the Werra: Werleshausen (W) / Lindewerra (E)
  [9.96, 51.31],
  [10.0, 51.285], // Bad Sooden-Allendorf (W) / Wahlhausen (E)
  [10.07, 51.245],
  [10.14, 51.205],
  [10.2, 51.175], // Wanfried (W) / Treffurt (E)
  [10.215, 51.12], // Heldra (W)
  [10.2, 51.05], // Ifta (E)
  [10.185, 51.0], // Herleshausen (W) / Lauchröden (E)
  [10.12, 50.97],
  [10.05, 50.955], // Obersuhl (W) / Gerstungen (E)
  [10.02, 50.91],
  [10.0, 50.855], // Werra: Philippsthal (W) / Vacha (E)
  [9.965, 50.8],
  [9.93, 50.75], // Rasdorf (W) / Geisa (E)
  [9.955, 50.69],
  [10.02, 50.665], // Tann (W)
  [10.055, 50.61],
  [10.065, 50.56], // Rhön
  [10.12, 50.555],
  [10.19, 50.545], // Fladungen (W)
  [10.25, 50.5],
  [10.31, 50.48], // north of Mellrichstadt (W)
  [10.39, 50.46],
  [10.45, 50.41],
  [10.52, 50.355], // Bad Königshofen (W) / Römhild (E)
  [10.6, 50.32],
  [10.64, 50.255], // Heldburger Unterland (E)
  [10.72, 50.215],
  [10.8, 50.235],
  [10.83, 50.29], // Ummerstadt (E) / Bad Rodach (W)
  [10.79, 50.345],
  [10.84, 50.385],
  [10.93, 50.375], // Eisfeld (E)
  [11.03, 50.355],
  [11.12, 50.35], // Neustadt bei Coburg (W) / Sonneberg (E)
  [11.2, 50.33],
  [11.24, 50.38],
  [11.22, 50.44], // Tettau (W)
  [11.25, 50.5],
  [11.33, 50.52], // Ludwigsstadt (W) / Probstzella (E)
  [11.41, 50.515],
  [11.44, 50.46], // Lehesten (E)
  [11.5, 50.425],
  [11.6, 50.415],
  [11.7, 50.395], // the Saale at Blankenstein (E) / Lichtenberg (W)
  [11.78, 50.405],
  [11.87, 50.415], // Mödlareuth
  [11.94, 50.405],
  [12.0, 50.37],
  [12.05, 50.34],
  [12.1, 50.32], // tripoint GDR – Bavaria – ČSSR near Prex
];

/** The GDR's other borders, loosely outside German territory: Czech border, Neisse–Oder, Baltic. */
const OUTER_EDGE: readonly LonLat[] = [
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
  [11.5, 54.2],
];

/** West Berlin, simplified (a hole in the polygon). */
export const WEST_BERLIN: readonly LonLat[] = [
  [13.27, 52.665], // Frohnau, north
  [13.2, 52.635], // Heiligensee
  [13.12, 52.58],
  [13.11, 52.53], // Spandau / Staaken
  [13.11, 52.45], // Kladow
  [13.09, 52.415], // Glienicker Brücke
  [13.15, 52.405],
  [13.19, 52.425], // Düppel (W) / Kleinmachnow (E)
  [13.24, 52.43],
  [13.275, 52.418], // Zehlendorf (W) / Teltow (E)
  [13.31, 52.408], // Lichterfelde-Süd
  [13.36, 52.392],
  [13.4, 52.372], // Lichtenrade
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

function inRing(lon: number, lat: number, ring: readonly LonLat[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** `east` inside the former GDR (East Berlin included), `west` elsewhere (West Berlin included). */
export function sideOfCoordinates(lat: number, lon: number): 'east' | 'west' {
  if (inRing(lon, lat, WEST_BERLIN)) return 'west';
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
