import { describe, expect, it } from 'vitest';
import { csrFromPairs } from '../../../server/analytics/csr.ts';
import { compute as articulationPoints } from '../../../server/analytics/structure/articulation-points.ts';
import { compute as bridges } from '../../../server/analytics/structure/bridges.ts';
import { ALL, load } from '../fixtures.ts';

function pairs(flat: Int32Array): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = 0; i < flat.length; i += 2) out.push([flat[i]!, flat[i + 1]!]);
  return out;
}

describe.each(ALL)('bridges and articulation points of %s', (name) => {
  const { fixture, csr } = load(name);

  it('bridges match NetworkX', () => {
    expect(pairs(bridges(csr))).toEqual(fixture.bridges);
  });

  it('articulation points match NetworkX', () => {
    expect(Array.from(articulationPoints(csr))).toEqual(fixture.articulationPoints);
  });
});

describe('deep graphs (iterative DFS, no recursion)', () => {
  const n = 200_000;
  const keys = Array.from({ length: n }, (_, i) => String(i));
  const ends = new Int32Array(2 * (n - 1));
  for (let i = 0; i < n - 1; i++) {
    ends[2 * i] = i;
    ends[2 * i + 1] = i + 1;
  }
  const path = csrFromPairs(keys, ends);

  it('a path of 200,000 nodes: every edge a bridge, every inner node a cut vertex', () => {
    const b = bridges(path);
    expect(b.length).toBe(2 * (n - 1));
    expect(b[0]).toBe(0);
    expect(b[b.length - 1]).toBe(n - 1);
    const a = articulationPoints(path);
    expect(a.length).toBe(n - 2);
    expect(a[0]).toBe(1);
    expect(a[a.length - 1]).toBe(n - 2);
  });

  it('a cycle of 200,000 nodes has neither', () => {
    const cycle = csrFromPairs(keys, Int32Array.from([...ends, n - 1, 0]));
    expect(bridges(cycle).length).toBe(0);
    expect(articulationPoints(cycle).length).toBe(0);
  });
});
