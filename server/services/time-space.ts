/**
 * The bodies of GET /api/evolution and GET /api/distances, built from what the analysis service
 * computed: here, one floor below both the answers (services/answers/evolution.answers.ts) and
 * the report service, so that the report's figures are the API's by construction.
 */
import type { Distances, Distribution, Evolution, EvolutionQueryValue } from '../../contract/api/evolution.ts';
import type { LeftOut } from '../../contract/filters.ts';
import { PARTNERSHIP_TYPES } from '../../contract/vocabularies.ts';
import { bins, distribution } from '../analytics/distance/distribution.ts';
import type { EvolutionResult } from '../analytics/evolution/evolution.ts';
import type { PowerLawFit } from '../analytics/distance/power-law-fit.ts';
import type { TieDistance, TieDistances } from '../analytics/distance/tie-distances.ts';
import { rankOrder } from '../analytics/ranking.ts';

export type SeriesOptions = Pick<EvolutionQueryValue, 'from' | 'to' | 'step' | 'seed' | 'resolution'>;

export function evolutionBody(q: SeriesOptions, computed: { version: number; leftOut: LeftOut; evolution: EvolutionResult }): Evolution {
  const { from, to, step, seed, resolution } = q;
  const { version, leftOut, evolution: result } = computed;
  return {
    version,
    from,
    to,
    step,
    seed,
    resolution,
    years: result.years,
    method: { louvainRuns: result.louvainRuns, rebuilds: result.rebuilds },
    leftOut,
  };
}

/** The groups of `ties` by `key`, in the order of `order` (keys without ties left out). */
function groups<K>(ties: readonly TieDistance[], key: (t: TieDistance) => unknown, order: readonly K[]): [K, Distribution][] {
  const by = new Map<unknown, TieDistance[]>();
  for (const t of ties) {
    const k = key(t);
    let list = by.get(k);
    if (!list) by.set(k, (list = []));
    list.push(t);
  }
  return order.filter((k) => by.has(k)).map((k) => [k, distribution(by.get(k)!)]);
}

export function distancesBody(
  computed: { version: number; leftOut: LeftOut; value: TieDistances & { decay: PowerLawFit } },
  q: { limit: number },
): Distances {
  const { version, leftOut, value } = computed;
  const { ties, unpositioned, decay } = value;
  const decade = (t: TieDistance) => (t.since === null ? null : Math.floor(t.since / 10) * 10);
  const decades = [...new Set(ties.map(decade))].sort((a, b) => (a ?? Infinity) - (b ?? Infinity));
  const longest = rankOrder(
    ties.map((t) => t.km),
    ties.map((t) => `${t.a}|${t.b}`),
  ).slice(0, q.limit);
  return {
    version,
    unpositioned,
    bins: bins(),
    overall: distribution(ties),
    byType: groups(ties, (t) => t.type, PARTNERSHIP_TYPES).map(([type, d]) => ({ type, ...d })),
    byDecade: groups(ties, decade, decades).map(([d, dist]) => ({ decade: d, ...dist })),
    decay: {
      model: 'power-law',
      exponent: decay.exponent,
      standardError: decay.standardError,
      interval: decay.interval,
      dMinKm: decay.dMin,
      tail: decay.tail,
      ks: decay.ks,
    },
    ties: {
      total: ties.length,
      items: longest.map((i) => {
        const { a, b, type, since, km } = ties[i]!;
        return { a, b, type, since, km };
      }),
    },
    leftOut,
  };
}
