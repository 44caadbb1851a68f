/**
 * The k nearest places from the k-d tree (nearby.ts) equal a full sort of every accepted place by
 * (haversine distance, key), on random places with repeated coordinates (ties), places without
 * coordinates, and a predicate that refuses some.
 */
import fc from 'fast-check';
import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { nearest, placeIndex } from '../../../server/analytics/recommend/nearby.ts';
import { haversineKm } from '../../../server/domain/geo.ts';

const point = fc.record({ lat: fc.double({ min: -89, max: 89, noNaN: true }), lon: fc.double({ min: -179, max: 179, noNaN: true }) });

describe('nearest places', () => {
  it('equals a full sort by distance then key, ties and refusals included', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(point, { nil: null }), { minLength: 1, maxLength: 120 }),
        fc.array(fc.nat(119), { maxLength: 40 }),
        point,
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 2, max: 5 }),
        (places, copies, query, k, refuseEvery) => {
          const g = new UndirectedGraph();
          places.forEach((p, i) => g.addNode(`p${String(i).padStart(3, '0')}`, p ?? {}));
          // repeated coordinates: ties at equal distance, which only the key orders
          copies.forEach((from, i) => {
            const p = places[from % places.length];
            if (p) g.addNode(`c${String(i).padStart(3, '0')}`, { ...p });
          });
          const accept = (key: string) => Number(key.slice(1)) % refuseEvery !== 0;
          const expected = g
            .filterNodes((key, a) => typeof a.lat === 'number' && accept(key))
            .map((key) => {
              const a = g.getNodeAttributes(key);
              return { key, km: haversineKm(query.lat, query.lon, a.lat as number, a.lon as number) };
            })
            .sort((x, y) => x.km - y.km || (x.key < y.key ? -1 : 1))
            .slice(0, k);
          expect(nearest(placeIndex(g), query.lat, query.lon, k, accept)).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('finds nothing in a graph without coordinates, and nothing for k = 0', () => {
    const g = new UndirectedGraph();
    g.addNode('a', {});
    expect(nearest(placeIndex(g), 0, 0, 5, () => true)).toEqual([]);
    g.addNode('b', { lat: 1, lon: 1 });
    expect(nearest(placeIndex(g), 0, 0, 0, () => true)).toEqual([]);
    expect(nearest(placeIndex(g), 0, 0, 3, () => true).map((n) => n.key)).toEqual(['b']);
  });
});
