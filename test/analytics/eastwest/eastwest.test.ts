import { describe, expect, it } from 'vitest';
import { csrFromPairs, degrees } from '../../../server/analytics/csr.ts';
import { compute as brokers } from '../../../server/analytics/eastwest/brokers.ts';
import { compute as crossTies } from '../../../server/analytics/eastwest/cross-ties.ts';
import { compute as eiIndex } from '../../../server/analytics/eastwest/ei-index.ts';
import { compute as rewiring, computeMany as rewiringMany } from '../../../server/analytics/eastwest/rewiring-baseline.ts';
import { SwapChain } from '../../../server/analytics/swap-chain.ts';
import type { Side } from '../../../server/analytics/sides.ts';
import { createRng } from '../../../server/analytics/random.ts';
import { load } from '../fixtures.ts';

/*
 * Hand-checked graph: two east towns e1-e2, a west triangle w1-w2-w3, a neutral x, and ties
 * e1-e2, e2-w1 (cross), w1-w2, w2-w3, w3-w1, e2-x, x-w3, plus an isolated west town w4.
 *
 *   e1 - e2 - w1        sided ties: e1-e2 (EE), e2-w1 (cross), w1-w2, w2-w3, w3-w1 (WW)
 *         \    | \      ties with x: e2-x, x-w3 (not sided)
 *          x - w3 - w2
 */
const keys = ['e1', 'e2', 'w1', 'w2', 'w3', 'x', 'w4'];
const sides: Side[] = ['east', 'east', 'west', 'west', 'west', null, 'west'];
const at = (k: string): number => keys.indexOf(k);
const ties = [
  ['e1', 'e2'],
  ['e2', 'w1'],
  ['w1', 'w2'],
  ['w2', 'w3'],
  ['w3', 'w1'],
  ['e2', 'x'],
  ['x', 'w3'],
];
const graph = csrFromPairs(
  keys,
  ties.flatMap(([u, v]) => [at(u!), at(v!)]),
);

describe('cross ties', () => {
  it('counts ties across the divide among the sided ties', () => {
    const r = crossTies(graph, sides);
    expect(r).toMatchObject({ edges: 7, sidedEdges: 5, crossTies: 1, eastEastTies: 1, westWestTies: 3 });
    expect(r.crossShare).toBeCloseTo(0.2, 15);
    expect(Array.from(r.perNode)).toEqual([0, 1, 1, 0, 0, 0, 0]);
  });
});

describe('E-I index', () => {
  it('per side and overall', () => {
    const r = eiIndex(graph, sides);
    // overall: E = 1, I = 4 -> -3/5
    expect(r.overall).toEqual({ external: 1, internal: 4, ei: -0.6 });
    // east: e1-e2 internal, e2-w1 external -> 0; west: 3 internal, 1 external -> -0.5
    expect(r.groups).toEqual([
      { group: 'east', members: 2, external: 1, internal: 1, ei: 0 },
      { group: 'west', members: 4, external: 1, internal: 3, ei: -0.5 },
    ]);
  });

  it('per region, a region holding both sides', () => {
    const regions = ['A', 'B', 'B', 'C', 'C', 'A', null];
    const r = eiIndex(graph, sides, regions);
    // A = {e1, x}: e1-e2 internal. B = {e2, w1}: e1-e2 I, e2-w1 E, w1-w2 I, w3-w1 I.
    // C = {w2, w3}: w1-w2, w2-w3, w3-w1 all internal.
    expect(r.groups).toEqual([
      { group: 'A', members: 2, external: 0, internal: 1, ei: -1 },
      { group: 'B', members: 2, external: 1, internal: 3, ei: -0.5 },
      { group: 'C', members: 2, external: 0, internal: 3, ei: -1 },
    ]);
  });
});

describe('east-west brokers', () => {
  it('counts the east-west pairs whose shortest paths run through each node', () => {
    // Cross pairs: e1, e2 with w1..w4. w4 is isolated: unreachable pairs carry nothing.
    // e1-w1: e1 e2 w1 -> e2. e1-w2: e1 e2 w1 w2 (3) vs e1 e2 x w3 w2 (4) -> e2, w1.
    // e1-w3: e1 e2 w1 w3 and e1 e2 x w3 (both 3) -> e2: 1, w1: 1/2, x: 1/2.
    // e2-w1: direct. e2-w2: e2 w1 w2 (2) vs e2 x w3 w2 (3) -> w1. e2-w3: e2 w1 w3 and e2 x w3
    // -> w1: 1/2, x: 1/2. So e2 = 3, w1 = 1 + 1/2 + 1 + 1/2 = 3, x = 1.
    const r = brokers(graph, sides, { normalized: false });
    expect(Array.from(r.values)).toEqual([0, 3, 3, 0, 0, 1, 0]);
    const n = brokers(graph, sides);
    // e2 could carry (|E| - 1)|W| = 4 pairs; w1 |E|(|W| - 1) = 6; x |E||W| = 8.
    expect(n.values[1]).toBeCloseTo(3 / 4, 15);
    expect(n.values[2]).toBeCloseTo(3 / 6, 15);
    expect(n.values[5]).toBeCloseTo(1 / 8, 15);
  });

  it("is twice NetworkX's subset betweenness (east sources, west targets) on fixtures", () => {
    for (const name of ['karate', 'les-miserables', 'components', 'generated-2k']) {
      const { fixture, csr } = load(name);
      const side = fixture.attribute.values.map((a): Side => (a === 'east' || a === 'west' ? a : null));
      const r = brokers(csr, side, { normalized: false });
      // Unnormalised pair counts reach 1e4 here: relative 1e-9 (the fixture has 12 digits).
      fixture.brokersSubset.forEach((v, i) => {
        expect(Math.abs(r.values[i]! - 2 * v!)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(2 * v!)));
      });
    }
  });
});

describe('degree-preserving rewiring baseline', () => {
  it('keeps every degree and the graph simple', () => {
    const { csr } = load('les-miserables');
    const chain = new SwapChain(csr, createRng(3));
    for (let t = 0; t < 5000; t++) chain.trySwap();
    const rewired = csrFromPairs(csr.keys, chain.ends);
    expect(rewired.m).toBe(csr.m);
    expect(Array.from(degrees(rewired))).toEqual(Array.from(degrees(csr)));
  });

  it('follows several divides along one chain, each as its own chain would', () => {
    const { csr } = load('les-miserables');
    const rng = createRng(11);
    const pick = (): Side => (rng() < 0.4 ? 'east' : rng() < 0.8 ? 'west' : null);
    const divides = [Array.from({ length: csr.n }, pick), Array.from({ length: csr.n }, pick)];
    const many = rewiringMany(csr, divides, { seed: 4, samples: 30 });
    divides.forEach((sides, l) => {
      const one = rewiring(csr, sides, { seed: 4, samples: 30 });
      expect(Array.from(many[l]!.samples)).toEqual(Array.from(one.samples));
      expect(many[l]!.observed).toBe(one.observed);
    });
    expect(many[0]!.mean).not.toBe(many[1]!.mean);
  });

  it('is deterministic for a seed', () => {
    const a = rewiring(graph, sides, { seed: 5, samples: 20 });
    const b = rewiring(graph, sides, { seed: 5, samples: 20 });
    expect(Array.from(a.samples)).toEqual(Array.from(b.samples));
    expect(a.observed).toBe(1);
  });

  it('flags a network that avoids the divide: two cliques joined by one tie', () => {
    // East K6 and west K6 joined by one edge, plus a long-range matching to allow swaps.
    const k = 6;
    const names = Array.from({ length: 2 * k }, (_, i) => `n${i}`);
    const side: Side[] = names.map((_, i) => (i < k ? 'east' : 'west'));
    const ends: number[] = [];
    for (const base of [0, k]) {
      for (let i = 0; i < k; i++) for (let j = i + 1; j < k; j++) ends.push(base + i, base + j);
    }
    ends.push(0, k);
    const g = csrFromPairs(names, ends);
    const r = rewiring(g, side, { seed: 1, samples: 200 });
    expect(r.observed).toBe(1);
    expect(r.mean).toBeGreaterThan(r.observed);
    expect(r.z).toBeLessThan(-2);
    expect(r.acceptance).toBeGreaterThan(0);
  });

  it('reports z as NaN when nothing can be swapped (a star)', () => {
    const g = csrFromPairs(['h', 'a', 'b', 'c'], [0, 1, 0, 2, 0, 3]);
    const r = rewiring(g, ['east', 'west', 'west', 'east'], { seed: 1, samples: 5 });
    expect(r.sd).toBe(0);
    expect(r.z).toBeNaN();
  });
});
