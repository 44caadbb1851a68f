import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { compute as louvain } from '../../../server/analytics/communities/louvain.ts';
import { buildCsr } from '../../../server/analytics/csr.ts';
import { createRng } from '../../../server/analytics/random.ts';
import { compute as significance } from '../../../server/analytics/structure/significance.ts';
import { load, SMALL } from '../fixtures.ts';

/** A graph of `n` places and the given ties, place i of country `country(i)`. */
function graphOf(n: number, ties: Array<[number, number]>, country: (i: number) => string): UndirectedGraph {
  const graph = new UndirectedGraph();
  for (let i = 0; i < n; i++) graph.addNode(`p${i}`, { country: country(i), bloc: i % 3 === 0 ? 'east' : 'west' });
  for (const [u, v] of ties) graph.addEdge(`p${u}`, `p${v}`);
  return graph;
}

/** Two cliques of k places, one country each, joined by one tie. */
function twoCliques(k: number): UndirectedGraph {
  const ties: Array<[number, number]> = [[0, k]];
  for (const base of [0, k]) for (let i = 0; i < k; i++) for (let j = i + 1; j < k; j++) ties.push([base + i, base + j]);
  return graphOf(2 * k, ties, (i) => (i < k ? 'DE' : 'FR'));
}

/** G(n, p) with countries drawn at random, independently of the ties. */
function randomGraph(n: number, p: number, seed: number): UndirectedGraph {
  const rng = createRng(seed);
  const ties: Array<[number, number]> = [];
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) if (rng() < p) ties.push([i, j]);
  const countries = Array.from({ length: n }, () => ['DE', 'FR', 'PL', 'IT'][Math.floor(rng() * 4)]!);
  return graphOf(n, ties, (i) => countries[i]!);
}

const run = (graph: UndirectedGraph, options: Parameters<typeof significance>[2] = {}, report?: Parameters<typeof significance>[3]) =>
  significance(graph, buildCsr(graph), options, report);

describe('significance against degree-preserving rewiring', () => {
  it.each(SMALL)("observes NetworkX's attribute and degree assortativity, and the suite's Louvain modularity, on %s", (name) => {
    const { fixture, graph: shared } = load(name);
    const graph = shared.copy(); // the fixture's graph is shared: attributes go on a copy
    graph.forEachNode((key) => graph.setNodeAttribute(key, 'country', fixture.attribute.values[fixture.nodes.indexOf(key)]));
    const csr = buildCsr(graph);
    const r = significance(graph, csr, { samples: 5, attributes: ['country'], resolution: 1.5, seed: 3 });
    const country = r.attributeAssortativity.country!.observed;
    if (fixture.attribute.assortativity === null) expect(country).toBeNaN();
    else expect(Math.abs(country - fixture.attribute.assortativity)).toBeLessThan(1e-9);
    if (fixture.degreeAssortativity === null) expect(r.degreeAssortativity.observed).toBeNaN();
    else expect(Math.abs(r.degreeAssortativity.observed - fixture.degreeAssortativity)).toBeLessThan(1e-9);
    expect(r.modularity.observed).toBe(louvain(graph, csr, { resolution: 1.5, seed: 3 }).modularity);
  });

  it('finds two same-country cliques joined by one tie far more assortative and modular than chance', () => {
    const r = run(twoCliques(8), { samples: 100, seed: 1 });
    const country = r.attributeAssortativity.country!;
    expect(country.observed).toBeGreaterThan(0.9);
    expect(country.mean).toBeLessThan(0.5); // the rewired graphs mix the cliques
    expect(country.sd).toBeGreaterThan(0);
    expect(country.z).toBeGreaterThan(5);
    expect(r.modularity.observed).toBeGreaterThan(r.modularity.mean);
    expect(r.modularity.z).toBeGreaterThan(3);
    expect(r.acceptance).toBeGreaterThan(0);
    expect(country.samples).toHaveLength(100);
  });

  it('finds a random graph about as assortative and modular as its rewirings', () => {
    for (const seed of [1, 2, 3]) {
      const r = run(randomGraph(120, 0.05, seed), { samples: 60, seed });
      expect(Math.abs(r.attributeAssortativity.country!.z), `country, seed ${seed}`).toBeLessThan(3);
      expect(Math.abs(r.modularity.z), `modularity, seed ${seed}`).toBeLessThan(3);
    }
  });

  it('z is (observed - mean) / sd, sd with n - 1', () => {
    const r = run(twoCliques(6), { samples: 30, seed: 2 });
    for (const b of [r.attributeAssortativity.country!, r.attributeAssortativity.bloc!, r.degreeAssortativity, r.modularity]) {
      const xs = Array.from(b.samples);
      const mean = xs.reduce((a, x) => a + x, 0) / xs.length;
      const sd = Math.sqrt(xs.reduce((a, x) => a + (x - mean) ** 2, 0) / (xs.length - 1));
      expect(b.mean).toBeCloseTo(mean, 12);
      expect(b.sd).toBeCloseTo(sd, 12);
      if (sd > 0) expect(b.z).toBeCloseTo((b.observed - mean) / sd, 9);
    }
  });

  it('is deterministic for a seed, and another seed draws other samples', () => {
    const graph = randomGraph(80, 0.08, 5);
    const a = run(graph, { samples: 20, seed: 7 });
    const b = run(graph, { samples: 20, seed: 7 });
    const c = run(graph, { samples: 20, seed: 8 });
    expect(Array.from(a.modularity.samples)).toEqual(Array.from(b.modularity.samples));
    expect(Array.from(a.attributeAssortativity.country!.samples)).toEqual(Array.from(b.attributeAssortativity.country!.samples));
    expect(Array.from(a.attributeAssortativity.country!.samples)).not.toEqual(Array.from(c.attributeAssortativity.country!.samples));
    expect([a.samples, a.seed, a.resolution]).toEqual([20, 7, 1]);
  });

  it('reports progress sample by sample, and stops when the callback throws', () => {
    const fractions: number[] = [];
    run(twoCliques(5), { samples: 4 }, (f) => fractions.push(f));
    expect(fractions).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(() =>
      run(twoCliques(5), { samples: 4 }, (f) => {
        if (f > 0.3) throw new Error('cancelled');
      }),
    ).toThrow('cancelled');
  });

  it('gives z = NaN when nothing can be swapped (a star), and rejects bad options', () => {
    const star = graphOf(
      5,
      [
        [0, 1],
        [0, 2],
        [0, 3],
        [0, 4],
      ],
      (i) => (i < 2 ? 'DE' : 'FR'),
    );
    const r = run(star, { samples: 5 });
    expect(r.acceptance).toBe(0);
    expect(r.attributeAssortativity.country!.sd).toBe(0);
    expect(r.attributeAssortativity.country!.z).toBeNaN();
    expect(() => run(star, { samples: 1 })).toThrow(/structure\/significance/);
  });
});
