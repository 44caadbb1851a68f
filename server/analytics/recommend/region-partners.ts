/**
 * Partners for a region (a German state or district): pairs of one of its municipalities with a
 * place elsewhere, scored exactly as a town's own recommendations are (recommendations.ts: the
 * same candidates, the same parts, the same fitted weights), so that a pair's score is the one
 * the town's list shows.
 *
 * - Each municipality of the region offers its best candidate outside the region; each partner
 *   is proposed once (to the municipality it scores highest with), so that the first k pairs are
 *   k different ties for k different towns, which a council can act on.
 * - Order: with a divide, pairs across it first (East–West inside Germany for `germany`, Europe's
 *   old blocs for `europe`), then by score, then by ids; without, by score.
 * - A municipality's best candidate is chosen by the same order, so that with a divide a town that
 *   has any candidate across it offers that one.
 *
 * Cost: one candidate search per municipality of the region, the `nearby` nearest found in a
 * k-d tree of the graph's places built once (nearby.ts).
 */
import type { AbstractGraph } from 'graphology-types';
import type { Recommendation } from '../../../contract/api/analyses.ts';
import { isCross } from '../../../contract/sides.ts';
import type { Divide } from '../../../contract/vocabularies.ts';
import { candidateParts, NearbyIndexes, scoreOf } from './recommendations.ts';

export interface RegionPair {
  /** The region's municipality. */
  from: string;
  /** The proposed partner, outside the region. */
  to: string;
  score: number;
  parts: Recommendation['parts'];
  /** Across the divide asked for (false without one). */
  cross: boolean;
}

export interface RegionPartnersOptions {
  /** The region's municipalities. */
  members: readonly string[];
  /** Pairs across this divide come first; null: by score only. */
  divide: Divide | null;
  limit: number;
  nearby: number;
}

/** Cross first (with a divide), then score, then ids: the order of every list here. */
function byRank(a: RegionPair, b: RegionPair): number {
  return Number(b.cross) - Number(a.cross) || b.score - a.score || (a.from < b.from ? -1 : a.from > b.from ? 1 : a.to < b.to ? -1 : 1);
}

export function regionPartners(graph: AbstractGraph, o: RegionPartnersOptions): RegionPair[] {
  const inside = new Set(o.members);
  const indexes = new NearbyIndexes(graph);
  const offers: RegionPair[][] = [];
  for (const from of o.members) {
    const me = graph.getNodeAttributes(from);
    const pairs = candidateParts(graph, from, o.nearby, indexes)
      .filter((c) => !inside.has(c.id))
      .map((c) => ({
        from,
        to: c.id,
        score: scoreOf(c.parts),
        parts: c.parts,
        cross: o.divide !== null && isCross(me, graph.getNodeAttributes(c.id), o.divide),
      }));
    if (pairs.length > 0) offers.push(pairs.sort(byRank));
  }
  // each municipality's offers best first; take the best pair overall whose partner is still free
  const out: RegionPair[] = [];
  const taken = new Set<string>();
  const next = offers.map(() => 0);
  const head = (i: number) => {
    const list = offers[i]!;
    while (next[i]! < list.length && taken.has(list[next[i]!]!.to)) next[i]! += 1;
    return list[next[i]!];
  };
  const done = new Set<number>();
  while (out.length < o.limit && done.size < offers.length) {
    let best = -1;
    for (let i = 0; i < offers.length; i++) {
      if (done.has(i)) continue;
      const h = head(i);
      if (!h) {
        done.add(i);
        continue;
      }
      if (best < 0 || byRank(h, head(best)!) < 0) best = i;
    }
    if (best < 0) break;
    const pick = head(best)!;
    out.push(pick);
    taken.add(pick.to);
    done.add(best);
  }
  return out;
}
