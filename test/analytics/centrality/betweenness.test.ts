import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { compute as betweenness, rawBetweenness, scaleBetweenness } from '../../../server/analytics/centrality/betweenness.ts';
import { buildCsr } from '../../../server/analytics/csr.ts';
import { ALL, load, maxAbsDiff } from '../fixtures.ts';

// Exact betweenness agrees with NetworkX to 1e-9 (floating-point summation order only).
const EXACT = 1e-9;

describe.each(ALL)('betweenness on %s', (name) => {
  const { fixture, csr } = load(name);

  it('exact betweenness matches NetworkX', () => {
    const result = betweenness(csr);
    expect(result.sample).toBeNull();
    expect(maxAbsDiff(result.values, fixture.betweenness)).toBeLessThan(EXACT);
  });

  it('partial sums over disjoint sources add up to the exact values', () => {
    const cut = Math.floor(csr.n / 3);
    const raw = rawBetweenness(csr, range(0, cut));
    rawBetweenness(csr, range(cut, csr.n), raw);
    const values = scaleBetweenness(raw, csr.n, { normalized: true, pivots: null });
    expect(maxAbsDiff(values, fixture.betweenness)).toBeLessThan(EXACT);
  });
});

describe('sampled betweenness', () => {
  it("scales like NetworkX 3.6 for the same pivots (NetworkX's own random sample)", () => {
    for (const name of ['les-miserables', 'generated-2k']) {
      const { fixture, csr } = load(name);
      const sampled = fixture.betweennessSampled!;
      const result = betweenness(csr, { pivots: sampled.sources });
      expect(result.sample?.k).toBe(sampled.k);
      expect(maxAbsDiff(result.values, sampled.values)).toBeLessThan(EXACT);
    }
  });

  it('is deterministic for a seed and differs across seeds', () => {
    const { csr } = load('generated-2k');
    const a = betweenness(csr, { k: 200, seed: 11 });
    const b = betweenness(csr, { k: 200, seed: 11 });
    const c = betweenness(csr, { k: 200, seed: 12 });
    expect(Array.from(a.values)).toEqual(Array.from(b.values));
    expect(Array.from(a.sample!.pivots)).toEqual(Array.from(b.sample!.pivots));
    expect(Array.from(a.values)).not.toEqual(Array.from(c.values));
  });

  it('stays within its stated error bound of the exact values on the 2,000-node graph', () => {
    const { fixture, csr } = load('generated-2k');
    for (const seed of [1, 2, 3]) {
      const result = betweenness(csr, { k: 300, seed });
      const { epsilon, confidence } = result.sample!.errorBound;
      expect(confidence).toBe(0.95);
      expect(epsilon).toBeGreaterThan(0);
      expect(epsilon).toBeLessThan(0.2);
      expect(maxAbsDiff(result.values, fixture.betweenness)).toBeLessThanOrEqual(epsilon);
    }
  });

  it('with k = n is the exact result, with a zero bound', () => {
    const { fixture, csr } = load('karate');
    const all = betweenness(csr, { pivots: Array.from(range(0, csr.n)) });
    expect(all.sample?.errorBound.epsilon).toBe(0);
    expect(maxAbsDiff(all.values, fixture.betweenness)).toBeLessThan(EXACT);
  });
});

describe('betweenness on hand-checked graphs', () => {
  it('counts pairs when not normalised: the centre of a path of 5 carries 4 pairs', () => {
    const g = new UndirectedGraph();
    for (const k of ['a', 'b', 'c', 'd', 'e']) g.addNode(k);
    g.addEdge('a', 'b');
    g.addEdge('b', 'c');
    g.addEdge('c', 'd');
    g.addEdge('d', 'e');
    const { values } = betweenness(buildCsr(g), { normalized: false });
    expect(Array.from(values)).toEqual([0, 3, 4, 3, 0]);
  });

  it('splits a pair between equal shortest paths (4-cycle)', () => {
    const g = new UndirectedGraph();
    for (const k of ['a', 'b', 'c', 'd']) g.addNode(k);
    g.addEdge('a', 'b');
    g.addEdge('b', 'c');
    g.addEdge('c', 'd');
    g.addEdge('d', 'a');
    const { values } = betweenness(buildCsr(g), { normalized: false });
    expect(Array.from(values)).toEqual([0.5, 0.5, 0.5, 0.5]);
  });
});

function range(start: number, end: number): Int32Array {
  const out = new Int32Array(end - start);
  for (let i = 0; i < out.length; i++) out[i] = start + i;
  return out;
}
