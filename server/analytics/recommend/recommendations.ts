/**
 * Recommended partners for one municipality: places not yet linked to it, ranked by a score
 * that adds four parts, each in [0, 1], with weights and the distance scale fitted by
 * evaluation.ts (the contract's, contract/recommendation-weights.ts):
 * - proximity: 1 − e^(−AA), AA the Adamic-Adar index, the sum over shared partners w of
 *   1 / ln(deg w) (Adamic & Adar 2003, "Friends and neighbors on the Web"; Liben-Nowell &
 *   Kleinberg 2007 for link prediction); an absolute scale, so that one weak shared partner is
 *   weak evidence whatever the town's other candidates;
 * - geography: 1 / (1 + d / s), d the great-circle distance, s the fitted scale; 0 without coordinates;
 * - size: 1 − |log10 p_u − log10 p_v| / 2, clamped to [0, 1]; 0.5 when a population is unknown;
 * - crossing: 1 when the two lie on different sides of the east-west divide (inside Germany
 *   when both are German, else Europe's blocs), else 0.
 * Candidates: the places two steps away (they share a partner), and the `nearby` nearest places
 * with coordinates. Places in the same country are left out, except German places across the
 * former inner-German border. Every recommendation carries its parts, so the score explains itself.
 */
import { DISTANCE_SCALE_KM, RECOMMENDATION_WEIGHTS } from '../../../contract/recommendation-weights.ts';
import { isCross } from '../../../contract/sides.ts';
import { haversineKm } from '../../domain/geo.ts';
import { nearest, placeIndex, type PlaceIndex } from './nearby.ts';
import type { Recommendation } from '../../../contract/api/analyses.ts';
import type { AbstractGraph, Attributes } from 'graphology-types';
import { z } from 'zod';
import { AppError } from '../../errors.ts';
import { parseOptions } from '../options.ts';

export const WEIGHTS = RECOMMENDATION_WEIGHTS;

export const optionsSchema = z
  .object({
    limit: z.number().int().min(1).max(200).default(10),
    nearby: z.number().int().min(0).max(2000).default(200),
  })
  .strict();
export type RecommendationOptions = z.input<typeof optionsSchema>;

const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** Across the border inside Germany, across Europe's old divide elsewhere. */
function crossing(a: Attributes, b: Attributes): boolean {
  return isCross(a, b, a.country === 'DE' && b.country === 'DE' ? 'germany' : 'europe');
}

/**
 * The k-d trees (nearby.ts) that a town's nearest candidates are searched in, made on demand and
 * shared by the towns asked about: for a German town, one of the places it may be offered (abroad,
 * or across the former inner-German border), so that the search never wades through the thousands
 * of German places on its own side; for any other town, one of every place.
 */
export class NearbyIndexes {
  private readonly byClass = new Map<string, PlaceIndex>();
  constructor(private readonly graph: AbstractGraph) {}

  for(me: Attributes): PlaceIndex {
    const key = me.country === 'DE' ? `DE|${String(me.germany)}` : '*';
    let index = this.byClass.get(key);
    if (!index) {
      index = placeIndex(this.graph, key === '*' ? undefined : (_v, a) => a.country !== 'DE' || crossing(me, a));
      this.byClass.set(key, index);
    }
    return index;
  }
}

/** The weights of the four parts; the contract's by default. */
export type Weights = { readonly [K in keyof typeof RECOMMENDATION_WEIGHTS]: number };

/** Network proximity from the Adamic-Adar index: 1 − e^(−AA), 0 without a shared partner, towards 1 with many. */
export function proximityOf(adamicAdar: number): number {
  return 1 - Math.exp(-adamicAdar);
}

/** Geography from the distance: 1 / (1 + d / scale), ½ at `scale` km; 0 without coordinates. */
export function geographyOf(distanceKm: number | null, scaleKm: number = DISTANCE_SCALE_KM): number {
  return distanceKm === null ? 0 : 1 / (1 + distanceKm / scaleKm);
}

/** The weighted sum of a candidate's parts. */
export function scoreOf(parts: Recommendation['parts'], weights: Weights = WEIGHTS): number {
  return (
    weights.proximity * parts.proximity +
    weights.geography * parts.geography +
    weights.size * parts.size +
    weights.crossing * parts.crossing
  );
}

/**
 * Every candidate for `id` with the parts of its score, unranked: the pool that `compute` ranks,
 * and that the evaluation (evaluation.ts) ranks by other scores too. `indexes`, when many towns
 * are asked about on one graph, is made once by the caller.
 */
export function candidateParts(
  graph: AbstractGraph,
  id: string,
  nearby: number,
  indexes: NearbyIndexes = new NearbyIndexes(graph),
): Omit<Recommendation, 'score'>[] {
  if (!graph.hasNode(id)) throw new AppError('not-found', `No municipality with id ${JSON.stringify(id)}.`);
  const me = graph.getNodeAttributes(id);
  const linked = new Set(graph.neighbors(id));
  const eligible = (v: string, a: Attributes) => v !== id && !linked.has(v) && (a.country !== me.country || crossing(me, a));

  const adamicAdar = new Map<string, { aa: number; shared: number }>();
  for (const w of linked) {
    const dw = graph.degree(w);
    const inc = dw > 1 ? 1 / Math.log(dw) : 0;
    graph.forEachNeighbor(w, (v, a) => {
      if (!eligible(v, a)) return;
      const cur = adamicAdar.get(v) ?? { aa: 0, shared: 0 };
      cur.aa += inc;
      cur.shared += 1;
      adamicAdar.set(v, cur);
    });
  }
  const candidates = new Set(adamicAdar.keys());
  const lat = num(me.lat);
  const lon = num(me.lon);
  if (lat !== null && lon !== null && nearby > 0) {
    const near = nearest(indexes.for(me), lat, lon, nearby, (v) => eligible(v, graph.getNodeAttributes(v)));
    for (const { key } of near) candidates.add(key);
  }
  const myPop = num(me.population);
  const out: Omit<Recommendation, 'score'>[] = [];
  for (const v of candidates) {
    const a = graph.getNodeAttributes(v);
    const aa = adamicAdar.get(v) ?? { aa: 0, shared: 0 };
    const la = num(a.lat);
    const lo = num(a.lon);
    const distanceKm = lat !== null && lon !== null && la !== null && lo !== null ? haversineKm(lat, lon, la, lo) : null;
    const pop = num(a.population);
    const parts = {
      adamicAdar: aa.aa,
      sharedPartners: aa.shared,
      proximity: proximityOf(aa.aa),
      distanceKm,
      geography: geographyOf(distanceKm),
      size: myPop && pop ? Math.max(0, Math.min(1, 1 - Math.abs(Math.log10(myPop) - Math.log10(pop)) / 2)) : 0.5,
      crossing: crossing(me, a) ? 1 : 0,
    };
    out.push({ id: v, name: String(a.name ?? v), country: typeof a.country === 'string' ? a.country : null, parts });
  }
  return out;
}

export function compute(graph: AbstractGraph, id: string, options?: RecommendationOptions): Recommendation[] {
  const o = parseOptions('recommend/recommendations', optionsSchema, options);
  const out: Recommendation[] = candidateParts(graph, id, o.nearby).map((c) => ({ ...c, score: scoreOf(c.parts) }));
  out.sort((x, y) => y.score - x.score || (x.id < y.id ? -1 : 1));
  return out.slice(0, o.limit);
}
