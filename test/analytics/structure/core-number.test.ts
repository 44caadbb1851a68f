/**
 * k-cores (server/analytics/structure/core-number.ts) against NetworkX's `core_number` on every
 * fixture (test/fixtures/analytics, written by scripts/reference/make-fixtures.py), and, on random
 * graphs (fast-check from a fixed seed, printed; FUZZ_SEED sets another), against the definition:
 * the k-core found by removing nodes of degree below k until none is left.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csrFromPairs, degrees, type CsrTopology } from '../../../server/analytics/csr.ts';
import { compute as coreNumber, shells } from '../../../server/analytics/structure/core-number.ts';
import { ALL, load } from '../fixtures.ts';

describe.each(ALL)('core numbers of %s', (name) => {
  const { fixture, csr } = load(name);

  it('match NetworkX', () => {
    expect(Array.from(coreNumber(csr))).toEqual(fixture.coreNumber);
  });

  it('give the degeneracy and the shell sizes', () => {
    const { degeneracy, shells: list } = shells(coreNumber(csr));
    expect(degeneracy).toBe(Math.max(...fixture.coreNumber));
    expect(list.reduce((sum, s) => sum + s.size, 0)).toBe(csr.n);
    for (const { k, size } of list) expect(size).toBe(fixture.coreNumber.filter((c) => c === k).length);
    expect(list.map((s) => s.k)).toEqual([...new Set(fixture.coreNumber)].sort((a, b) => a - b));
  });
});

/** The k-core by definition: drop nodes with fewer than k neighbours left, until none is. */
function kCore(graph: CsrTopology, k: number): boolean[] {
  const alive = new Array<boolean>(graph.n).fill(true);
  for (let changed = true; changed;) {
    changed = false;
    for (let v = 0; v < graph.n; v++) {
      if (!alive[v]) continue;
      let d = 0;
      for (let p = graph.offsets[v]!; p < graph.offsets[v + 1]!; p++) if (alive[graph.targets[p]!]) d++;
      if (d < k) {
        alive[v] = false;
        changed = true;
      }
    }
  }
  return alive;
}

/** A fixed seed, printed; FUZZ_SEED=<integer> explores other graphs (as in test/api/fuzz.test.ts). */
function fuzzSeed(): number {
  const raw = process.env.FUZZ_SEED;
  if (raw === undefined || raw === '') return 19;
  const seed = Number(raw);
  if (!Number.isSafeInteger(seed)) throw new Error(`FUZZ_SEED must be an integer, not ${JSON.stringify(raw)}`);
  return seed;
}
const FUZZ_SEED = fuzzSeed();

describe('core numbers by definition', () => {
  it('a node is in the k-core exactly when its core number is at least k; never above its degree', () => {
    console.info(`[core-number] fast-check seed ${FUZZ_SEED} (FUZZ_SEED=${FUZZ_SEED} replays these runs)`);
    const graph = fc
      .integer({ min: 1, max: 40 })
      .chain((n) => fc.tuple(fc.constant(n), fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 4 * n })));
    fc.assert(
      fc.property(graph, ([n, pairs]) => {
        const csr = csrFromPairs(
          Array.from({ length: n }, (_, i) => String(i)),
          pairs.flat(),
        );
        const core = coreNumber(csr);
        const degree = degrees(csr);
        for (let v = 0; v < n; v++) expect(core[v]).toBeLessThanOrEqual(degree[v]!);
        const { degeneracy } = shells(core);
        for (let k = 0; k <= degeneracy + 1; k++) {
          const inCore = kCore(csr, k);
          for (let v = 0; v < n; v++) expect([k, v, core[v]! >= k]).toEqual([k, v, inCore[v]]);
        }
      }),
      { numRuns: 300, seed: FUZZ_SEED },
    );
  });

  it('is 0 for an empty graph and for isolated nodes', () => {
    expect(shells(coreNumber(csrFromPairs([], [])))).toEqual({ degeneracy: 0, shells: [] });
    expect(Array.from(coreNumber(csrFromPairs(['a', 'b'], [])))).toEqual([0, 0]);
  });
});
