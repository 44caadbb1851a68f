/**
 * Where a place sits on the map drawing: Web Mercator in radians, y pointing north (sigma draws y
 * upwards), clamped at ±85°; places without coordinates on a ring around the map. The client's map
 * layout and the start of the force layout (client and server) use these positions.
 */

/** The radius of the ring that holds the places without coordinates (the map spans about ±π). */
const UNPLACED_RING = 3.6;

export interface Point {
  x: number;
  y: number;
}

/** A place's coordinates, when known. */
export interface Located {
  lat?: unknown;
  lon?: unknown;
}

/** Web Mercator in radians, y pointing north. Clamped at ±85°. */
export function mercator(lat: number, lon: number): Point {
  const clamped = Math.max(-85, Math.min(85, lat));
  const rad = (clamped * Math.PI) / 180;
  return { x: (lon * Math.PI) / 180, y: Math.log(Math.tan(Math.PI / 4 + rad / 2)) };
}

/**
 * The map positions of `places` (id and attributes, in the graph's order): projected when they
 * have coordinates, else spread evenly over the ring in their order. Also the count of the latter.
 */
export function mapPositions(places: Iterable<readonly [string, Located]>): { positions: Map<string, Point>; unplaced: number } {
  const positions = new Map<string, Point>();
  const unplaced: string[] = [];
  for (const [id, place] of places) {
    if (typeof place.lat === 'number' && typeof place.lon === 'number') positions.set(id, mercator(place.lat, place.lon));
    else unplaced.push(id);
  }
  unplaced.forEach((id, i) => {
    const angle = (2 * Math.PI * i) / unplaced.length;
    positions.set(id, { x: UNPLACED_RING * Math.cos(angle), y: UNPLACED_RING * Math.sin(angle) });
  });
  return { positions, unplaced: unplaced.length };
}
