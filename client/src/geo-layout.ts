/**
 * Geographic positions: Web Mercator of each town's coordinates (y up, as sigma draws it).
 * Towns without coordinates are placed on a ring around the map so that they stay visible.
 */
import type { AbstractGraph } from 'graphology-types';

export function mercator(lat: number, lon: number): { x: number; y: number } {
  const clamped = Math.max(-85, Math.min(85, lat));
  const rad = (clamped * Math.PI) / 180;
  return { x: (lon * Math.PI) / 180, y: Math.log(Math.tan(Math.PI / 4 + rad / 2)) };
}

export function applyGeoLayout(graph: AbstractGraph): number {
  let unplaced = 0;
  const n = graph.order || 1;
  graph.forEachNode((node, attr) => {
    const lat = attr.lat as number | undefined;
    const lon = attr.lon as number | undefined;
    if (typeof lat === 'number' && typeof lon === 'number') {
      graph.mergeNodeAttributes(node, mercator(lat, lon));
    } else {
      const angle = (2 * Math.PI * unplaced) / n;
      graph.mergeNodeAttributes(node, { x: 3.5 * Math.cos(angle), y: 3.5 * Math.sin(angle) });
      unplaced += 1;
    }
  });
  return unplaced;
}
