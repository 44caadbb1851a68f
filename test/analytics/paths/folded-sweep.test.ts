import { describe, expect, it } from 'vitest';
import { csrFromPairs, type Csr } from '../../../server/analytics/csr.ts';
import { EAST, NONE, WEST } from '../../../server/analytics/sides.ts';
import { foldedRoots, foldedSweep } from '../../../server/analytics/paths/folded-sweep.ts';
import { createRng } from '../../../server/analytics/random.ts';
import { shortestPathSweep } from '../../../server/analytics/paths/shortest-paths.ts';
import { treePruning } from '../../../server/analytics/paths/tree-pruning.ts';
import { bruteForce } from '../brute-force.ts';
import { ALL, load, maxAbsDiff } from '../fixtures.ts';

/** A random graph with a dense part, trees of every shape hanging from it, and components that are trees, cycles or single nodes. */
function treeHeavyGraph(seed: number, n: number): Csr {
  const rng = createRng(seed);
  const pick = (k: number) => Math.floor(rng() * k);
  const ends: number[] = [];
  const coreSize = Math.floor(n / 4);
  for (let v = 1; v < coreSize; v++) ends.push(v, pick(v)); // a tree on the core nodes...
  for (let e = 0; e < coreSize; e++) ends.push(pick(coreSize), pick(coreSize)); // ...with cycles
  let v = coreSize;
  for (; v < Math.floor((n * 3) / 4); v++) ends.push(v, rng() < 0.5 ? pick(coreSize) : coreSize + pick(v - coreSize + 1) - 1); // hanging trees, some deep
  for (; v + 3 < n; v += 4) {
    const shape = pick(3); // a path, a star, or a cycle of four
    if (shape === 0) ends.push(v, v + 1, v + 1, v + 2, v + 2, v + 3);
    else if (shape === 1) ends.push(v, v + 1, v, v + 2, v, v + 3);
    else ends.push(v, v + 1, v + 1, v + 2, v + 2, v + 3, v + 3, v);
  }
  return csrFromPairs(
    Array.from({ length: n }, (_, i) => String(i)),
    ends.map((e) => Math.max(0, e)),
  );
}

function sidesFor(seed: number, n: number): Int8Array {
  const rng = createRng(seed);
  return Int8Array.from({ length: n }, () => {
    const x = rng();
    return x < 0.3 ? EAST : x < 0.8 ? WEST : NONE;
  });
}

function expectSameAsPlain(csr: Csr, sides: Int8Array[]): void {
  const all = Array.from({ length: csr.n }, (_, i) => i);
  const plain = shortestPathSweep(csr, all, { dependencies: true, fold: false });
  const folded = foldedSweep(csr, foldedRoots(csr), { dependencies: true, sides });
  expect(Array.from(folded.reached)).toEqual(Array.from(plain.reached));
  expect(Array.from(folded.distanceSum)).toEqual(Array.from(plain.distanceSum));
  expect(Array.from(folded.eccentricity)).toEqual(Array.from(plain.eccentricity));
  expect(maxAbsDiff(folded.inverseDistanceSum, Array.from(plain.inverseDistanceSum))).toBeLessThan(1e-9);
  expect(maxAbsDiff(folded.dependency!, Array.from(plain.dependency!))).toBeLessThan(1e-6);
  if (csr.n > 1000) return; // the brute force below is cubic
  sides.forEach((side, l) => {
    const sided = all.filter((v) => side[v] !== NONE);
    const expected = bruteForce(csr, sided, (s, t) => side[t] !== NONE && side[t] !== side[s]);
    expect(maxAbsDiff(folded.brokerage[l]!, Array.from(expected))).toBeLessThan(1e-6);
  });
}

describe('the folded sweep (hanging trees folded into the 2-core)', () => {
  it('prunes to the 2-core plus one node per tree component', () => {
    // a triangle 0-1-2 with a path 2-3-4 and a leaf 5 on 3; a separate path 6-7-8 (pruned from
    // both ends, in index order: 7 stays); a single node 9
    const csr = csrFromPairs('0123456789'.split(''), [0, 1, 1, 2, 2, 0, 2, 3, 3, 4, 3, 5, 6, 7, 7, 8]);
    const p = treePruning(csr);
    expect(Array.from(p.roots)).toEqual([0, 1, 2, 7, 9]);
    expect(Array.from(p.root)).toEqual([0, 1, 2, 2, 2, 2, 7, 7, 7, 9]);
    expect(Array.from(p.depth)).toEqual([0, 0, 0, 1, 2, 2, 1, 0, 1, 0]);
    expect(p.size[2]).toBe(4);
    expect(p.size[3]).toBe(3);
    expect(p.childSquares[3]).toBe(2);
  });

  it('equals the plain sweep on the NetworkX fixtures, and brokerage its definition', () => {
    for (const name of ALL) {
      const { csr } = load(name);
      expectSameAsPlain(csr, [sidesFor(1, csr.n), sidesFor(2, csr.n)]);
    }
  });

  it('equals the plain sweep and the definition on random graphs full of trees, deep ones and tree components', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const csr = treeHeavyGraph(seed, 400 + seed * 37);
      expect(treePruning(csr).roots.length).toBeLessThan(csr.n / 2);
      expectSameAsPlain(csr, [sidesFor(seed, csr.n), new Int8Array(csr.n).fill(WEST)]);
    }
  });

  it('adds up over disjoint sets of roots', () => {
    const csr = treeHeavyGraph(9, 500);
    const roots = Array.from(foldedRoots(csr));
    const side = sidesFor(9, csr.n);
    const whole = foldedSweep(csr, roots, { dependencies: true, sides: [side] });
    const a = foldedSweep(
      csr,
      roots.filter((_, i) => i % 2 === 0),
      { dependencies: true, sides: [side] },
    );
    const b = foldedSweep(
      csr,
      roots.filter((_, i) => i % 2 === 1),
      { dependencies: true, sides: [side] },
    );
    const sum = (x: Float64Array, y: Float64Array) => x.map((v, i) => v + y[i]!);
    expect(maxAbsDiff(sum(a.dependency!, b.dependency!), Array.from(whole.dependency!))).toBeLessThan(1e-9);
    expect(maxAbsDiff(sum(a.brokerage[0]!, b.brokerage[0]!), Array.from(whole.brokerage[0]!))).toBeLessThan(1e-9);
    expect(maxAbsDiff(sum(a.distanceSum, b.distanceSum), Array.from(whole.distanceSum))).toBe(0);
  });
});
