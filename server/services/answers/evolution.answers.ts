/**
 * The answers of GET /api/evolution (the network year by year, a job in the suite worker) and
 * GET /api/distances (partnership lengths, their distribution and decay, a cached table).
 */
import type { Distances, Distribution, Evolution, EvolutionQueryValue } from '../../../contract/api/evolution.ts';
import type { Filters } from '../../../contract/filters.ts';
import { PARTNERSHIP_TYPES } from '../../../contract/vocabularies.ts';
import { bins, distribution } from '../../analytics/distance/distribution.ts';
import type { TieDistance } from '../../analytics/distance/tie-distances.ts';
import { rankOrder } from '../../analytics/ranking.ts';
import type { AnalysisService } from '../analysis.service.ts';
import type { Answer } from './answer.ts';

/** GET /api/evolution: the series, or the running job. */
export async function evolution(analysis: AnalysisService, filters: Filters, q: EvolutionQueryValue): Promise<Answer<Evolution>> {
  const { from, to, step, seed, resolution } = q;
  const outcome = await analysis.evolution(filters, { from, to, step, seed, resolution });
  if (outcome.state === 'running') return outcome;
  const { version, leftOut, evolution: result } = outcome.value;
  const body: Evolution = {
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
  return { state: 'done', version, build: () => ({ body }) };
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

/** GET /api/distances. */
export async function distances(analysis: AnalysisService, filters: Filters, q: { limit: number }): Promise<Answer<Distances>> {
  const { version, leftOut, value } = await analysis.distances(filters);
  const build = () => {
    const { ties, unpositioned, decay } = value;
    const decade = (t: TieDistance) => (t.since === null ? null : Math.floor(t.since / 10) * 10);
    const decades = [...new Set(ties.map(decade))].sort((a, b) => (a ?? Infinity) - (b ?? Infinity));
    const longest = rankOrder(
      ties.map((t) => t.km),
      ties.map((t) => `${t.a}|${t.b}`),
    ).slice(0, q.limit);
    const body: Distances = {
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
    return { body };
  };
  return { state: 'done', version, build };
}
