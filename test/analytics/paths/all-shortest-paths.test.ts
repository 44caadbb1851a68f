/**
 * All shortest paths between two nodes (paths/all-shortest-paths.ts) against NetworkX's
 * `all_shortest_paths`, sorted, on every fixture (scripts/reference/make-fixtures.py), and against
 * an enumeration by definition where there are many.
 */
import { describe, expect, it } from 'vitest';
import { csrFromPairs, type Csr } from '../../../server/analytics/csr.ts';
import { compute as allShortestPaths } from '../../../server/analytics/paths/all-shortest-paths.ts';
import { bfsDistances } from '../brute-force.ts';
import { ALL, load } from '../fixtures.ts';

describe.each(ALL)('shortest paths in %s', (name) => {
  const { fixture, csr } = load(name);

  it('all shortest paths: length, count and the first ones as NetworkX lists them sorted', () => {
    for (const expected of fixture.shortestPaths) {
      const { source, target } = expected;
      for (const limit of [1, 3, 10]) {
        const found = allShortestPaths(csr, { source, target, limit });
        const listed = found.paths.map((p) => Array.from(p));
        expect({ source, target, limit, length: found.length, count: found.count, listed }).toEqual({
          source,
          target,
          limit,
          length: expected.length,
          count: expected.count,
          listed: expected.paths.slice(0, limit),
        });
      }
    }
  });
});

/** Every shortest path by definition: all walks of the shortest length whose steps each go one further from the source. */
function everyShortestPath(csr: Csr, source: number, target: number): string[][] {
  const dist = bfsDistances(csr, source);
  const out: string[][] = [];
  const walk = (path: number[]) => {
    const v = path[path.length - 1]!;
    if (v === target) return void out.push(path.map((i) => csr.keys[i]!));
    for (let p = csr.offsets[v]!; p < csr.offsets[v + 1]!; p++) {
      const w = csr.targets[p]!;
      if (dist[w] === dist[v]! + 1 && dist[w]! <= dist[target]!) walk([...path, w]);
    }
  };
  walk([source]);
  return out;
}

describe('many shortest paths', () => {
  // a 6 x 6 grid whose ids do not sort as their indices: C(10, 5) = 252 paths from corner to corner
  const side = 6;
  const keys = Array.from({ length: side * side }, (_, i) => `n${(i * 7) % (side * side)}`);
  const ends: number[] = [];
  for (let r = 0; r < side; r++)
    for (let c = 0; c < side; c++) {
      if (c + 1 < side) ends.push(r * side + c, r * side + c + 1);
      if (r + 1 < side) ends.push(r * side + c, (r + 1) * side + c);
    }
  const grid = csrFromPairs(keys, ends);

  it('counts them without listing them, and lists the first in the order of the ids along them', () => {
    const all = everyShortestPath(grid, 0, side * side - 1);
    expect(all).toHaveLength(252);
    const sorted = all.sort((a, b) => (a.join('\u0000') < b.join('\u0000') ? -1 : 1));
    const found = allShortestPaths(grid, { source: 0, target: side * side - 1, limit: 100 });
    expect(found.length).toBe(10);
    expect(found.count).toBe(252);
    expect(found.paths.map((p) => Array.from(p, (i) => keys[i]!))).toEqual(sorted.slice(0, 100));
  });
});

describe('shortest paths: edge cases', () => {
  it('follows a path of 200,000 nodes without recursion', () => {
    const n = 200_000;
    const path = csrFromPairs(
      Array.from({ length: n }, (_, i) => String(i)),
      Array.from({ length: 2 * (n - 1) }, (_, e) => (e >> 1) + (e & 1)),
    );
    const found = allShortestPaths(path, { source: 0, target: n - 1 });
    expect([found.length, found.count, found.paths.length, found.paths[0]!.length]).toEqual([n - 1, 1, 1, n]);
  });

  it('names the module when a node is out of range', () => {
    const pair = csrFromPairs(['a', 'b'], [0, 1]);
    expect(() => allShortestPaths(pair, { source: 0, target: 2 })).toThrow(/paths\/all-shortest-paths: target 2 is outside 0..1/);
    expect(() => allShortestPaths(pair, { source: -1, target: 0 })).toThrow(/paths\/all-shortest-paths: invalid options/);
  });

  it('from a place to itself: one path of length 0; limit 0 counts without listing', () => {
    const pair = csrFromPairs(['a', 'b', 'c'], [0, 1]);
    expect(allShortestPaths(pair, { source: 1, target: 1 })).toEqual({ length: 0, count: 1, paths: [Int32Array.of(1)] });
    expect(allShortestPaths(pair, { source: 0, target: 1, limit: 0 })).toEqual({ length: 1, count: 1, paths: [] });
    expect(allShortestPaths(pair, { source: 0, target: 2 })).toEqual({ length: null, count: 0, paths: [] });
  });
});
