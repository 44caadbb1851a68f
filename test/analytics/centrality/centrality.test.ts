import { describe, expect, it } from 'vitest';
import { compute as closeness } from '../../../server/analytics/centrality/closeness.ts';
import { compute as degree } from '../../../server/analytics/centrality/degree.ts';
import { compute as eigenvector } from '../../../server/analytics/centrality/eigenvector.ts';
import { compute as harmonic } from '../../../server/analytics/centrality/harmonic.ts';
import { compute as pagerank } from '../../../server/analytics/centrality/pagerank.ts';
import { ALL, load, maxAbsDiff } from '../fixtures.ts';

// Tolerances against NetworkX 3.6 (fixtures rounded to 12 significant digits):
// degree, closeness, harmonic: exact, 1e-9. PageRank and eigenvector: the same power iteration
// and stopping rule as NetworkX, so the iterates agree to rounding; held to 1e-9 as well (their
// distance to the true fixed point is of the order of the tolerance 1e-6, for both).
const EXACT = 1e-9;
const ITERATIVE = 1e-9;

describe.each(ALL)('centrality on %s', (name) => {
  const { fixture, csr } = load(name);

  it('degree centrality matches NetworkX', () => {
    expect(maxAbsDiff(degree(csr), fixture.degree)).toBeLessThan(EXACT);
  });

  it('closeness (Wasserman-Faust) matches NetworkX', () => {
    expect(maxAbsDiff(closeness(csr), fixture.closeness)).toBeLessThan(EXACT);
  });

  it('harmonic centrality matches NetworkX', () => {
    expect(maxAbsDiff(harmonic(csr), fixture.harmonic)).toBeLessThan(EXACT);
  });

  it('pagerank matches NetworkX', () => {
    const result = pagerank(csr);
    expect(result.converged).toBe(true);
    expect(maxAbsDiff(result.values, fixture.pagerank)).toBeLessThan(ITERATIVE);
  });

  it('eigenvector centrality matches NetworkX, including non-convergence', () => {
    const whole = eigenvector(csr);
    expect(whole.converged).toBe(fixture.eigenvector.graphConverged);
    if (fixture.eigenvector.graphConverged) {
      expect(maxAbsDiff(whole.values, fixture.eigenvector.values!)).toBeLessThan(ITERATIVE);
    }
    const lcc = eigenvector(csr, { scope: 'largest-component' });
    expect(lcc.scope).toBe('largest-component');
    expect(lcc.converged).toBe(fixture.eigenvector.largestComponentValues !== null);
    if (fixture.eigenvector.largestComponentValues) {
      expect(maxAbsDiff(lcc.values, fixture.eigenvector.largestComponentValues)).toBeLessThan(ITERATIVE);
      const auto = eigenvector(csr, { scope: 'auto' });
      expect(auto.converged).toBe(true);
    }
  });

  it('closeness and harmonic split by sources add up to the whole', () => {
    const half = Math.floor(csr.n / 2);
    const a = closeness(csr, { sources: { start: 0, end: half } });
    const b = closeness(csr, { sources: { start: half, end: csr.n } });
    const whole = closeness(csr);
    const h1 = harmonic(csr, { sources: { start: 0, end: half } });
    const h2 = harmonic(csr, { sources: { start: half, end: csr.n } });
    const hw = harmonic(csr);
    // the whole runs the folded sweep, the parts the plain one: sums of 1/d in another order
    for (let i = 0; i < csr.n; i++) {
      expect(a[i]! + b[i]!).toBe(whole[i]);
      expect(Math.abs(h1[i]! + h2[i]! - hw[i]!)).toBeLessThan(1e-12 * Math.max(1, hw[i]!));
    }
  });
});

describe('centrality options', () => {
  it('rejects bad options with a message naming the module', () => {
    const { csr } = load('karate');
    expect(() => pagerank(csr, { alpha: 1.5 })).toThrow(/centrality\/pagerank/);
    expect(() => closeness(csr, { sources: { start: 0, end: 999 } })).toThrow(/centrality\/closeness/);
  });
});
