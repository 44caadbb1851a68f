/**
 * The great-circle length of every partnership whose two ends have a position (haversine,
 * domain/geo.ts), with what its distribution is read by: type, founding year, and whether the ends
 * share a country or a side of Europe's old divide (contract/sides.ts). Partnerships with an end
 * without a position are counted, not measured.
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import { sideOf } from '../../../contract/sides.ts';
import { haversineKm } from '../../domain/geo.ts';

export interface TieDistance {
  a: string;
  b: string;
  type: string | null;
  since: number | null;
  km: number;
  /** null: an end without a country. */
  sameCountry: boolean | null;
  /** Both ends east or both west; null: an end on neither side. */
  sameBloc: boolean | null;
}

export interface TieDistances {
  ties: TieDistance[];
  /** Partnerships with an end without a position. */
  unpositioned: number;
}

const position = (a: Attributes): [number, number] | null =>
  typeof a.lat === 'number' && typeof a.lon === 'number' && Number.isFinite(a.lat) && Number.isFinite(a.lon) ? [a.lat, a.lon] : null;

export function compute(graph: AbstractGraph): TieDistances {
  const ties: TieDistance[] = [];
  let unpositioned = 0;
  graph.forEachEdge((_edge, attr, a, b, aa, ba) => {
    const [pa, pb] = [position(aa), position(ba)];
    if (!pa || !pb) {
      unpositioned++;
      return;
    }
    const [ca, cb] = [aa.country, ba.country];
    const [sa, sb] = [sideOf(aa, 'europe'), sideOf(ba, 'europe')];
    ties.push({
      a,
      b,
      type: typeof attr.type === 'string' ? attr.type : null,
      since: typeof attr.since === 'number' ? attr.since : null,
      km: haversineKm(pa[0], pa[1], pb[0], pb[1]),
      sameCountry: typeof ca === 'string' && typeof cb === 'string' ? ca === cb : null,
      sameBloc: sa !== null && sb !== null ? sa === sb : null,
    });
  });
  return { ties, unpositioned };
}
