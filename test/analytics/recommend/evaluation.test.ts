/** The recommendation evaluation: ranks and metrics by hand, the seeded split, scoring without the hidden ties. */
import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import type { Recommendation } from '../../../contract/api/analyses.ts';
import {
  BASELINES,
  compute,
  fitWeights,
  metricsOf,
  queriesOf,
  rankOf,
  splitTies,
  type TownQueries,
} from '../../../server/analytics/recommend/evaluation.ts';

type Parts = Recommendation['parts'];
const parts = (p: Partial<Parts>): Parts => ({
  adamicAdar: 0,
  sharedPartners: 0,
  proximity: 0,
  distanceKm: null,
  geography: 0,
  size: 0,
  crossing: 0,
  ...p,
});
const shared = (...counts: number[]) => counts.map((c) => parts({ sharedPartners: c }));

/** Towns in six countries, every pair linked: hiding any tie leaves its two ends with each other as sole candidate. */
function complete(n: number): UndirectedGraph {
  const g = new UndirectedGraph();
  for (let i = 0; i < n; i++) g.addNode(`t${i}`, { name: `T${i}`, country: `C${i}` });
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) g.addEdge(`t${i}`, `t${j}`);
  return g;
}

/** A ring of 60 towns with chords, each town its own country. */
function ring(): UndirectedGraph {
  const g = new UndirectedGraph();
  for (let i = 0; i < 40; i++) g.addNode(`r${i}`, { name: `R${i}`, country: `K${i}` });
  for (let i = 0; i < 40; i++) g.addEdge(`r${i}`, `r${(i + 1) % 40}`);
  for (let i = 0; i < 20; i++) g.addEdge(`r${i}`, `r${i + 20}`);
  return g;
}

describe('recommendation evaluation', () => {
  it('ranks by the filtered mid-rank, by hand', () => {
    // scores 3, 1, 1, 1, 0: index 1 has one above and two equal -> 1 + 1 + 2/2 = 3
    expect(rankOf([3, 1, 1, 1, 0], 1, [])).toBe(3);
    // index 4 with index 1 left out (another hidden partner): above it 0, 2, 3 -> 4
    expect(rankOf([3, 1, 1, 1, 0], 4, [1, 4])).toBe(4);
    expect(rankOf([2, 2], 0, [])).toBe(1.5);
  });

  it('computes hit rate@k and MRR as defined, by hand', () => {
    const queries: TownQueries[] = [
      { town: 'x', candidates: shared(3, 1, 1, 1, 0), targets: [1, 4] }, // ranks 3 and 4
      { town: 'y', candidates: shared(2, 2), targets: [0] }, // rank 1.5
      { town: 'z', candidates: shared(5), targets: [-1] }, // not a candidate: a miss
    ];
    const m = metricsOf(queries, BASELINES.commonNeighbours, 3);
    expect(m.queries).toBe(4);
    expect(m.reachable).toBe(3 / 4);
    expect(m.hitRate).toBe(2 / 4); // ranks 3 and 1.5 are within 3
    expect(m.mrr).toBeCloseTo((1 / 3 + 1 / 4 + 1 / 1.5 + 0) / 4, 15);
    expect(metricsOf(queries, BASELINES.commonNeighbours, 1).hitRate).toBe(0);
    // distance alone: nearer first, no coordinates last
    const near = [parts({ distanceKm: 900 }), parts({ distanceKm: 100 }), parts({ distanceKm: null })];
    expect(metricsOf([{ town: 'w', candidates: near, targets: [1] }], BASELINES.distance, 1).mrr).toBe(1);
    expect(metricsOf([{ town: 'w', candidates: near, targets: [2] }], BASELINES.distance, 1).mrr).toBe(1 / 3);
  });

  it('splits reproducibly by seed, on a copy, the hidden ties removed', () => {
    const g = ring();
    const a = splitTies(g, 0.1, 0);
    const b = splitTies(g, 0.1, 0);
    const c = splitTies(g, 0.1, 1);
    expect(a.hidden).toHaveLength(6);
    expect(b.hidden).toEqual(a.hidden);
    expect(c.hidden).not.toEqual(a.hidden);
    expect(g.size).toBe(60); // the input is untouched
    expect(a.train.size).toBe(54);
    for (const [u, v] of a.hidden) {
      expect(g.hasEdge(u, v)).toBe(true);
      expect(a.train.hasEdge(u, v)).toBe(false);
    }
  });

  it('scores on the graph without the hidden ties: a hidden tie of a complete graph comes back first', () => {
    // with the tie still there its ends would be linked, hence no candidates: reachable 0, MRR 0
    for (const seed of [0, 1, 2]) {
      const e = compute(complete(6), { seed, nearby: 0 });
      expect(e.hiddenTies).toBe(2); // round(0.1 × 15)
      expect(e.ours).toEqual({ hitRate: 1, mrr: 1, queries: 4, reachable: 1 });
      expect(e.baselines.commonNeighbours.mrr).toBe(1);
    }
    const split = splitTies(complete(6), 0.1, 0);
    for (const q of queriesOf(split, 0)) for (const t of q.targets) expect(t).toBeGreaterThanOrEqual(0);
  });

  it('fits the weights that rank the hidden partner first', () => {
    // the hidden partner is near but shares no partner; the distractor shares partners and is farther
    const queries: TownQueries[] = [
      {
        town: 'x',
        candidates: [parts({ distanceKm: 0 }), parts({ proximity: 1, distanceKm: 500 })], // geography 1 and 0.5 at 500 km
        targets: [0],
      },
    ];
    const fit = fitWeights(queries, 10, 0.5, [500]);
    expect(fit.metrics.mrr).toBe(1);
    expect(fit.weights.geography).toBeGreaterThan(fit.weights.proximity);
    expect(() => fitWeights(queries, 10, 0.3)).toThrow(/step must divide 1/);
  });

  it('fits the distance scale: the one at which the nearer hidden partner outranks a farther one with a shared partner', () => {
    // town x: the hidden partner at 400 km, a distractor at 20,000 km with proximity 0.5; town y: the hidden partner at
    // 400 km with proximity 0.5, a distractor at 10 km. Geography alone loses y, proximity alone loses x; half and half
    // wins both only where g(400) − g(20000) > 0.5 and g(10) − g(400) < 0.5, g(d) = 1 / (1 + d / s): s = 1000 (0.67, 0.28),
    // not s = 10 (0.02) nor s = 100,000 (0.16)
    const queries: TownQueries[] = [
      {
        town: 'x',
        candidates: [parts({ distanceKm: 400 }), parts({ distanceKm: 20_000, proximity: 0.5 })],
        targets: [0],
      },
      {
        town: 'y',
        candidates: [parts({ distanceKm: 400, proximity: 0.5 }), parts({ distanceKm: 10, proximity: 0 })],
        targets: [0],
      },
    ];
    const fit = fitWeights(queries, 1, 0.5, [10, 1000, 100_000]);
    expect(fit.byScale.map((f) => f.scaleKm)).toEqual([10, 1000, 100_000]);
    expect(fit.metrics.mrr).toBe(1);
    expect(fit.scaleKm).toBe(1000);
    expect(fit.weights).toEqual({ proximity: 0.5, geography: 0.5, size: 0, crossing: 0 });
  });
});
