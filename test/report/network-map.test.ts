/**
 * The report's world map only where it says something (issue 16): it is drawn when at least
 * WORLD_MAP_SHARE of the partnerships drawn reach beyond Europe, else left out (Europe's map shows
 * them all); the share is counted over the partnerships with both ends located.
 */
import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { networkMap, WORLD_MAP_SHARE } from '../../server/report/charts/network-map.ts';

const TITLES = { world: 'World', europe: 'Europe' };

/** `european` ties between European towns, `far` ties from Europe to other continents, and one tie to a town without a position. */
function graph(european: number, far: number): UndirectedGraph {
  const g = new UndirectedGraph();
  const place = (id: string, lat: number | null, lon: number | null) =>
    g.addNode(id, { name: id, country: 'XX', lat, lon, germany: null, bloc: null });
  place('hub', 50.9, 6.9); // Köln
  for (let i = 0; i < european; i++) {
    place(`eu${i}`, 45 + (i % 10), 0 + (i % 20));
    g.addEdge('hub', `eu${i}`);
  }
  for (let i = 0; i < far; i++) {
    place(`far${i}`, -30 + (i % 10), 120 + (i % 30)); // Australia, roughly
    g.addEdge('hub', `far${i}`);
  }
  place('nowhere', null, null);
  g.addEdge('hub', 'nowhere');
  return g;
}

describe('the network map of the report', () => {
  it('draws the world when enough partnerships reach beyond Europe, and says the share', () => {
    const map = networkMap(graph(90, 10), TITLES);
    expect(map.edgesDrawn).toBe(100); // the tie to a town without a position is not drawn
    expect(map.beyondEurope).toBe(0.1);
    expect(map.world).not.toBeNull();
  });

  it('leaves the world out when fewer than the threshold do', () => {
    const below = networkMap(graph(99, 1), TITLES);
    expect(below.beyondEurope).toBeLessThan(WORLD_MAP_SHARE);
    expect(below.world).toBeNull();
    expect(networkMap(graph(95, 5), TITLES).world).not.toBeNull(); // exactly the threshold: drawn
  });
});
