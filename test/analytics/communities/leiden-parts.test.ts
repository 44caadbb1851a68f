import { describe, expect, it } from 'vitest';
import { twinTownGraph } from '../../../bench/lib/twin-town-graph.ts';
import { compute as leiden } from '../../../server/analytics/communities/leiden.ts';
import { compute as louvain } from '../../../server/analytics/communities/louvain.ts';
import { aggregate, connectedParts, fromCsr, renumber } from '../../../server/analytics/communities/leiden-graph.ts';
import { moveNodesFast } from '../../../server/analytics/communities/leiden-move.ts';
import { refinePartition } from '../../../server/analytics/communities/leiden-refine.ts';
import { buildCsr, csrFromPairs } from '../../../server/analytics/csr.ts';
import { createRng } from '../../../server/analytics/random.ts';
import { disconnected } from './disconnected.ts';

// A twin-town-like graph (many towns with one partner, as the Wikipedia list), larger than the
// fixtures; without the refinement, 2 iterations leave a disconnected community for seeds 0..3.
const generated = twinTownGraph({ edges: 20_000, seed: 3 });
const csr = buildCsr(generated);

describe('Leiden on a generated graph of 20,000 edges', () => {
  it('gives connected communities after 1 and 2 iterations and until stable, each never worse than fewer, beating Louvain', () => {
    for (const seed of [0, 1, 2]) {
      let previous = -Infinity;
      for (const iterations of [1, 2, 'until-stable'] as const) {
        const result = leiden(csr, { seed, iterations });
        expect(disconnected(csr, result.communities)).toEqual([]);
        // the same seed replays the same first iterations, and later ones only move nodes to gain
        expect(result.modularity).toBeGreaterThanOrEqual(previous - 1e-12);
        previous = result.modularity;
      }
      expect(previous).toBeGreaterThan(louvain(generated, csr, { seed }).modularity);
    }
  });

  it('gives the same partition for a seed, another for another seed', () => {
    const a = leiden(csr, { seed: 4 });
    expect(Array.from(leiden(csr, { seed: 4 }).communities)).toEqual(Array.from(a.communities));
    expect(Array.from(leiden(csr, { seed: 5 }).communities)).not.toEqual(Array.from(a.communities));
  });
});

describe('Leiden, step by step', () => {
  const graph = fromCsr(csr);

  it('refines each community into connected subcommunities inside it, merging nodes', () => {
    const clusters = new Int32Array(csr.n).map((_, v) => v);
    expect(moveNodesFast(graph, clusters, 1, createRng(1))).toBe(true);
    const communities = renumber(clusters, new Int32Array(csr.n));
    const refined = refinePartition(graph, clusters, 1, 0.01, createRng(2));
    const subcommunities = renumber(refined.slice(), new Int32Array(csr.n));
    expect(subcommunities).toBeLessThan(csr.n);
    expect(subcommunities).toBeGreaterThanOrEqual(communities);
    const home = new Map<number, number>();
    for (let v = 0; v < csr.n; v++) {
      expect(home.get(refined[v]!) ?? clusters[v]).toBe(clusters[v]);
      home.set(refined[v]!, clusters[v]!);
    }
    expect(disconnected(csr, refined)).toEqual([]);
  });

  it('moves nodes fast: two triangles joined by an edge become two communities', () => {
    const pairs = [0, 1, 1, 2, 2, 0, 3, 4, 4, 5, 5, 3, 2, 3];
    const small = fromCsr(csrFromPairs(['a', 'b', 'c', 'd', 'e', 'f'], pairs));
    const clusters = new Int32Array([0, 1, 2, 3, 4, 5]);
    moveNodesFast(small, clusters, 1, createRng(0));
    renumber(clusters, new Int32Array(6));
    expect(Array.from(clusters)).toEqual([0, 0, 0, 1, 1, 1]);
  });

  it('aggregates: one node per set, weights summed, edges between sets counted, inner ones dropped', () => {
    const labels = new Int32Array(csr.n).map((_, v) => Math.floor(v / 7));
    const count = renumber(labels, new Int32Array(csr.n));
    const next = aggregate(graph, labels, count);
    expect(next.n).toBe(count);
    expect(next.twoM).toBe(graph.twoM);
    const between = new Map<number, number>();
    let inner = 0;
    for (let v = 0; v < csr.n; v++) {
      for (let p = csr.offsets[v]!; p < csr.offsets[v + 1]!; p++) {
        const a = labels[v]!;
        const b = labels[csr.targets[p]!]!;
        if (a === b) inner++;
        else between.set(a * count + b, (between.get(a * count + b) ?? 0) + 1);
      }
    }
    let total = 0;
    for (let a = 0; a < count; a++) {
      for (let p = next.offsets[a]!; p < next.offsets[a + 1]!; p++) {
        expect(next.weights[p]).toBe(between.get(a * count + next.targets[p]!));
        total += next.weights[p]!;
      }
      let weight = 0;
      for (let v = 0; v < csr.n; v++) if (labels[v] === a) weight += graph.nodeWeights[v]!;
      expect(next.nodeWeights[a]).toBe(weight);
    }
    expect(total + inner).toBe(graph.twoM);
  });

  it('splits sets into their connected parts', () => {
    // a path 0-1-2 and an edge 3-4; set 0 = {0, 1, 3, 4}, set 1 = {2}
    const small = fromCsr(csrFromPairs(['a', 'b', 'c', 'd', 'e'], [0, 1, 1, 2, 3, 4]));
    expect(Array.from(connectedParts(small, new Int32Array([0, 0, 1, 0, 0])))).toEqual([0, 0, 2, 3, 3]);
  });
});
