/**
 * How a place is drawn when a file opens in Gephi: position, size and colour, the same in GEXF
 * (`viz:position`, `viz:size`, `viz:color`) and GraphML (the keys Gephi's GraphML importer maps:
 * `x`, `y`, `size`, `r`, `g`, `b`; see gephi/gephi, ImporterGraphML.java). Position: Web Mercator
 * of lon/lat ×10, x east and y north; size by degree; colour by the side of Europe's old divide
 * in the client's Okabe–Ito colours.
 */
import type { Attributes } from 'graphology-types';

export interface Rgb {
  r: number;
  g: number;
  b: number;
}

/** Blue west, vermillion east, orange other, purple Berlin, grey unknown (as the client). */
const COLOURS: Record<string, Rgb> = {
  west: { r: 0, g: 114, b: 178 },
  east: { r: 213, g: 94, b: 0 },
  other: { r: 230, g: 159, b: 0 },
  berlin: { r: 204, g: 121, b: 167 },
  none: { r: 180, g: 180, b: 180 },
};

export interface Viz {
  /** Absent for a place without coordinates. */
  position: { x: number; y: number } | null;
  size: number;
  colour: Rgb;
}

const mercatorY = (lat: number) => (Math.log(Math.tan(Math.PI / 4 + (Math.max(-85, Math.min(85, lat)) * Math.PI) / 360)) * 180) / Math.PI;
const round = (v: number, digits: number) => Math.round(v * 10 ** digits) / 10 ** digits;

export function vizOf(attr: Attributes, degree: number): Viz {
  const lat = typeof attr.lat === 'number' ? attr.lat : null;
  const lon = typeof attr.lon === 'number' ? attr.lon : null;
  const side = attr.germany === 'berlin' ? 'berlin' : typeof attr.bloc === 'string' ? attr.bloc : 'none';
  return {
    position: lat !== null && lon !== null ? { x: round(lon * 10, 3), y: round(mercatorY(lat) * 10, 3) } : null,
    size: round(2 + 2 * Math.sqrt(degree), 2),
    colour: COLOURS[side] ?? COLOURS.none!,
  };
}
