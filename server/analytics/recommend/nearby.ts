/**
 * The k nearest places to a point by great-circle distance, among those a predicate accepts: a
 * static k-d tree of the places with coordinates (kdbush) searched best-first on the sphere
 * (geokdbush; Agafonkin 2017, after the branch-and-bound k-NN of Roussopoulos, Kelley & Vincent
 * 1995), in place of a scan of every place per query. Built once for a graph's places and shared
 * by many queries (a region's municipalities, the evaluation's towns).
 *
 * Ties at the k-th distance are broken by key, as a full sort by (distance, key) would: the tree
 * gives the k + 1 nearest; when the last lies as far as the k-th, a second search takes every
 * accepted place within that distance; they are sorted by their haversine distance
 * (server/domain/geo.ts) and key.
 */
import KDBush from 'kdbush';
import { around, distance } from 'geokdbush';
import type { AbstractGraph, Attributes } from 'graphology-types';
import { haversineKm } from '../../domain/geo.ts';

export interface PlaceIndex {
  keys: string[];
  lat: Float64Array;
  lon: Float64Array;
  tree: KDBush;
}

const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/**
 * The index of the graph's places with coordinates (a snapshot: build another when places
 * change); only those `include` accepts, when given (a search then never visits the others).
 */
export function placeIndex(graph: AbstractGraph, include?: (key: string, attributes: Attributes) => boolean): PlaceIndex {
  const keys: string[] = [];
  const lats: number[] = [];
  const lons: number[] = [];
  graph.forEachNode((key, a) => {
    const la = num(a.lat);
    const lo = num(a.lon);
    if (la === null || lo === null || (include && !include(key, a))) return;
    keys.push(key);
    lats.push(la);
    lons.push(lo);
  });
  const tree = new KDBush(Math.max(1, keys.length));
  for (let i = 0; i < keys.length; i++) tree.add(lons[i]!, lats[i]!);
  if (keys.length === 0) tree.add(0, 0); // kdbush needs a point; it is never accepted (no key)
  tree.finish();
  return { keys, lat: Float64Array.from(lats), lon: Float64Array.from(lons), tree };
}

/** The `k` accepted places nearest to (lat, lon), nearest first, ties by key, with their distance in km. */
export function nearest(
  index: PlaceIndex,
  lat: number,
  lon: number,
  k: number,
  accept: (key: string) => boolean,
): { key: string; km: number }[] {
  if (k <= 0 || index.keys.length === 0) return [];
  const ok = (i: number) => i < index.keys.length && accept(index.keys[i]!);
  const first = around(index.tree, lon, lat, k + 1, Infinity, ok);
  if (first.length === 0) return [];
  const far = (i: number) => distance(lon, lat, index.lon[i]!, index.lat[i]!);
  // the k-th distance (a hair beyond it, for rounding); only when the next place lies as far is a second search needed
  const reach = far(first[Math.min(k, first.length) - 1]!) * (1 + 1e-9) + 1e-9;
  const tied = first.length > k && far(first[k]!) <= reach;
  const within = tied ? around(index.tree, lon, lat, Infinity, reach, ok) : first;
  return within
    .map((i) => ({ key: index.keys[i]!, km: haversineKm(lat, lon, index.lat[i]!, index.lon[i]!) }))
    .sort((x, y) => x.km - y.km || (x.key < y.key ? -1 : 1))
    .slice(0, k);
}
