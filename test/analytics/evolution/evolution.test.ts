/**
 * The year-by-year series (analytics/evolution/) against a computation from scratch in every year:
 * the filtered view of the filter rule with `to` = year (graph/filters.ts), its CSR, and the
 * suite's own modules (components, clustering, cross ties, E-I, Louvain on the graph the suite
 * would rebuild in its worker). On generated graphs with founding years, ends, types and sides.
 */
import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { NO_FILTERS, selectView, standingYears, stateIn } from '../../../contract/filters.ts';
import { sideOf } from '../../../contract/sides.ts';
import { DIVIDES, PARTNERSHIP_TYPES } from '../../../contract/vocabularies.ts';
import { compute as louvain } from '../../../server/analytics/communities/louvain.ts';
import { buildCsr } from '../../../server/analytics/csr.ts';
import { compute as crossTies } from '../../../server/analytics/eastwest/cross-ties.ts';
import { compute as eiIndex } from '../../../server/analytics/eastwest/ei-index.ts';
import { compute as evolution, seriesYears } from '../../../server/analytics/evolution/evolution.ts';
import { createRng, randomInt } from '../../../server/analytics/random.ts';
import { compute as clustering } from '../../../server/analytics/structure/clustering.ts';
import { compute as components } from '../../../server/analytics/structure/components.ts';
import { suiteGraph, suiteInput } from '../../../server/analytics/suite/suite-input.ts';
import { applyFilters, partneredOnly } from '../../../server/graph/filters.ts';

/** A graph of `n` places and about `m` partnerships, 85 % dated (1950-2020), a fifth of them ended. */
function datedGraph(n: number, m: number, seed: number): UndirectedGraph {
  const rng = createRng(seed);
  const graph = new UndirectedGraph({ allowSelfLoops: false });
  const sides = ['east', 'west', 'other'] as const;
  for (let i = 0; i < n; i++) {
    const germany = rng() < 0.3 ? sides[randomInt(rng, 2)] : undefined;
    graph.addNode(`p${(i * 7919) % n}`, {
      name: `P${i}`,
      country: germany ? 'DE' : 'FR',
      bloc: sides[randomInt(rng, 3)],
      ...(germany ? { germany } : {}),
    });
  }
  const nodes = graph.nodes();
  while (graph.size < m) {
    // a few hubs and many triangles: clustering and components both move
    const a = nodes[rng() < 0.3 ? randomInt(rng, 10) : randomInt(rng, n)]!;
    const neighbours = graph.neighbors(a);
    const b =
      rng() < 0.3 && neighbours.length > 0
        ? graph.neighbors(neighbours[randomInt(rng, neighbours.length)]!)[0]!
        : nodes[randomInt(rng, n)]!;
    if (a === b || graph.hasEdge(a, b)) continue;
    const since = rng() < 0.85 ? 1950 + randomInt(rng, 71) : undefined;
    const until = since !== undefined && rng() < 0.2 ? since + randomInt(rng, 40) : undefined;
    graph.addEdge(a, b, {
      type: PARTNERSHIP_TYPES[randomInt(rng, 3)],
      ...(since !== undefined ? { since } : {}),
      ...(until !== undefined ? { until } : {}),
    });
  }
  return graph;
}

/** The figures of year Y from scratch: the view of `to = Y`, as the full suite would see it. */
function fromScratch(graph: UndirectedGraph, year: number, seed: number) {
  const view = partneredOnly(applyFilters(graph, { ...NO_FILTERS, to: year }).graph);
  const csr = buildCsr(view);
  const comp = components(csr);
  const clust = clustering(csr);
  const divide = (d: (typeof DIVIDES)[number]) => {
    const sides = csr.keys.map((k) => sideOf(view.getNodeAttributes(k), d));
    const ct = crossTies(csr, sides);
    const ei = eiIndex(csr, sides).overall.ei;
    return {
      sided: ct.sidedEdges,
      crossTies: ct.crossTies,
      crossShare: ct.sidedEdges > 0 ? ct.crossShare : null,
      eiIndex: Number.isFinite(ei) ? ei : null,
    };
  };
  const suiteView = suiteGraph(suiteInput(view));
  const communities = view.size > 0 ? louvain(suiteView, buildCsr(suiteView), { seed }) : null;
  let undated = 0;
  graph.forEachEdge((_e, a) => {
    if (a.since === undefined && stateIn(year, undefined, a.until as number | undefined) === 'standing') undated++;
  });
  return {
    places: csr.n,
    partnerships: csr.m,
    undated,
    components: comp.count,
    largestComponent: comp.largest >= 0 ? comp.sizes[comp.largest]! : 0,
    meanDegree: csr.n > 0 ? (2 * csr.m) / csr.n : 0,
    averageClustering: clust.averageClustering,
    transitivity: clust.transitivity,
    modularity: communities ? communities.modularity : null,
    communities: communities ? communities.count : 0,
    germany: divide('germany'),
    europe: divide('europe'),
  };
}

function expectClose(actual: unknown, expected: unknown, path: string): void {
  if (typeof expected === 'number' && typeof actual === 'number') {
    expect(Math.abs(actual - expected), `${path}: ${actual} vs ${expected}`).toBeLessThanOrEqual(1e-9);
  } else if (expected && typeof expected === 'object') {
    for (const [k, v] of Object.entries(expected)) expectClose((actual as Record<string, unknown>)[k], v, `${path}.${k}`);
  } else expect(actual, path).toBe(expected);
}

describe('the year-by-year series', () => {
  const graph = datedGraph(400, 1200, 7);

  for (const step of [1, 5, 10]) {
    it(`equals a computation from scratch in every year (step ${step})`, () => {
      const { years, louvainRuns, rebuilds } = evolution(suiteInput(graph), { from: 1955, to: 2023, step, seed: 3 });
      expect(years.map((y) => y.year)).toEqual(seriesYears(1955, 2023, step));
      expect(rebuilds).toBeGreaterThan(0);
      expect(louvainRuns).toBeLessThanOrEqual(years.length);
      for (const row of years) expectClose(row, fromScratch(graph, row.year, 3), String(row.year));
    });
  }

  it('counts new partnerships by type since the previous point', () => {
    const { years } = evolution(suiteInput(graph), { from: 1960, to: 2000, step: 10 });
    const since = graph.mapEdges((_e, a) => a as { since?: number; type: string });
    for (const [k, row] of years.entries()) {
      const after = k === 0 ? row.year - 10 : years[k - 1]!.year;
      const founded = since.filter((a) => a.since !== undefined && a.since > after && a.since <= row.year);
      expect(row.newPartnerships.total).toBe(founded.length);
      for (const type of PARTNERSHIP_TYPES) {
        expect(row.newPartnerships.byType[type] ?? 0).toBe(founded.filter((a) => a.type === type).length);
      }
    }
  });

  it('keeps a partnership in its end year and drops it the year after, as the filter rule does', () => {
    const g = new UndirectedGraph();
    for (const k of ['a', 'b', 'c']) g.addNode(k, { germany: k === 'a' ? 'east' : 'west' });
    g.addEdge('a', 'b', { type: 'partnership', since: 1990, until: 1995 });
    g.addEdge('b', 'c', { type: 'friendship', since: 1992 });
    g.addEdge('a', 'c', { type: 'contact' });
    const { years } = evolution(suiteInput(g), { from: 1989, to: 1997 });
    expect(years.map((y) => y.partnerships)).toEqual([0, 1, 1, 2, 2, 2, 2, 1, 1]);
    expect(years.map((y) => y.largestComponent)).toEqual([0, 2, 2, 3, 3, 3, 3, 2, 2]);
    expect(years.map((y) => y.germany.crossTies)).toEqual([0, 1, 1, 1, 1, 1, 1, 0, 0]);
    expect(years.every((y) => y.undated === 1)).toBe(true);
    expect(years.map((y) => y.rebuilt)).toEqual([false, false, false, false, false, false, false, true, false]);
  });

  it('reads the standing years of the filter rule', () => {
    for (const [since, until] of [
      [1990, undefined],
      [1990, 1990],
      [1990, 1989],
      [1990, 2000],
    ] as const) {
      const years = standingYears(since, until);
      for (let y = 1980; y <= 2010; y++) {
        const g = new UndirectedGraph();
        g.addNode('a');
        g.addNode('b');
        g.addEdge('a', 'b', { since, ...(until !== undefined ? { until } : {}) });
        const kept = selectView(g, { ...NO_FILTERS, to: y }).edges.size === 1;
        expect(kept, `${since}-${until} in ${y}`).toBe(years !== null && y >= years[0] && y < years[1]);
      }
    }
  });
});
