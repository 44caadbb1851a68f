import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { csrFromPairs, type CsrTopology } from '../../../server/analytics/csr.ts';
import { compute as leiden } from '../../../server/analytics/communities/leiden.ts';
import { compute as louvain } from '../../../server/analytics/communities/louvain.ts';
import { compute as modularity } from '../../../server/analytics/communities/modularity.ts';
import { ALL, load } from '../fixtures.ts';
import { disconnected } from './disconnected.ts';

// igraph's community_leiden(objective_function="modularity"), seeds 0..9, written by
// scripts/reference/make-leiden-fixture.py. Ours must come within 0.005 of the best of both
// its default (2 iterations) and its until-stable runs.
interface Reference {
  graphs: Record<string, { default: { best: number }; untilStable: { best: number } }>;
}
const reference = JSON.parse(readFileSync(new URL('../../fixtures/analytics/leiden.json', import.meta.url), 'utf8')) as Reference;

describe.each(ALL)('Leiden on %s', (name) => {
  const { csr } = load(name);
  const igraph = reference.graphs[name]!;

  it("finds connected communities whose modularity is within 0.005 of igraph's best of 10 seeds", () => {
    for (const seed of [0, 1, 2]) {
      const result = leiden(csr, { seed });
      expect(disconnected(csr, result.communities)).toEqual([]);
      expect(result.modularity).toBeGreaterThanOrEqual(Math.max(igraph.default.best, igraph.untilStable.best) - 0.005);
      expect(Math.abs(result.modularity - modularity(csr, result.communities))).toBeLessThan(1e-12);
    }
  });

  it('is deterministic for a seed, numbered 0..count-1 in order of first node', () => {
    const a = leiden(csr, { seed: 5 });
    const b = leiden(csr, { seed: 5 });
    expect(Array.from(b.communities)).toEqual(Array.from(a.communities));
    let next = 0;
    for (const c of a.communities) {
      expect(c).toBeLessThanOrEqual(next);
      if (c === next) next++;
    }
    expect(a.count).toBe(next);
  });
});

describe('Leiden options and limits', () => {
  it("beats or matches Louvain's modularity on the generated graph and karate club", () => {
    for (const name of ['generated-2k', 'karate']) {
      const { graph, csr } = load(name);
      expect(leiden(csr, { seed: 0 }).modularity).toBeGreaterThanOrEqual(louvain(graph, csr, { seed: 0 }).modularity - 1e-12);
    }
  });

  it('a higher resolution gives more communities; fixed iterations work', () => {
    const { csr } = load('generated-2k');
    expect(leiden(csr, { resolution: 2, seed: 1 }).count).toBeGreaterThan(leiden(csr, { resolution: 0.5, seed: 1 }).count);
    const once = leiden(csr, { iterations: 1, seed: 1 });
    expect(disconnected(csr, once.communities)).toEqual([]);
  });

  it('leaves places without a partnership alone', () => {
    const small = csrFromPairs(['a', 'b', 'c', 'd', 'e'], [0, 1, 1, 3]);
    expect(Array.from(leiden(small).communities)).toEqual([0, 0, 1, 0, 2]);
  });

  it('a graph without edges is singletons; bad options name the module', () => {
    const empty: CsrTopology = { n: 3, offsets: new Int32Array(4), targets: new Int32Array(0) };
    const r = leiden(empty);
    expect(Array.from(r.communities)).toEqual([0, 1, 2]);
    expect(r.modularity).toBeNaN();
    expect(() => leiden(empty, { resolution: 0 })).toThrow(/communities\/leiden/);
    expect(() => leiden(empty, { iterations: 0 })).toThrow(/communities\/leiden/);
  });
});
