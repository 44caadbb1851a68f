/**
 * ForceAtlas2 on a small graph (server/analytics/layout/force-layout.ts): the same graph gives the
 * same positions, the run stops by the settling rule (or at maxRounds), every place gets a finite
 * position, and the forces do what they are for: partners end up closer than places that are not.
 */
import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { MAX_ROUNDS } from '../../../contract/force-layout.ts';
import { compute } from '../../../server/analytics/layout/force-layout.ts';

/**
 * Two rings of 12 places with chords (two tight groups), joined by one partnership, their map
 * positions interleaved so that the groups start mixed up; two places without a partnership,
 * one of them without coordinates.
 */
function twoGroups(): UndirectedGraph {
  const graph = new UndirectedGraph();
  for (let i = 0; i < 24; i++) graph.addNode(`p${i}`, { name: `P${i}`, lat: 45 + (i % 6), lon: 5 + Math.floor(i / 6) });
  graph.addNode('alone', { name: 'Alone', lat: 50, lon: 20 });
  graph.addNode('nowhere', { name: 'Nowhere' });
  for (const group of [0, 1]) {
    // group 0: the even places, group 1: the odd ones
    const ids = Array.from({ length: 12 }, (_, k) => `p${2 * k + group}`);
    ids.forEach((id, k) => {
      graph.addEdge(id, ids[(k + 1) % 12]!);
      graph.addEdge(id, ids[(k + 3) % 12]!);
    });
  }
  graph.addEdge('p0', 'p1');
  return graph;
}

const distance = (xy: Float64Array, i: number, j: number) => Math.hypot(xy[2 * i]! - xy[2 * j]!, xy[2 * i + 1]! - xy[2 * j + 1]!);

describe('analytics/layout/force-layout', () => {
  it('is deterministic, and leaves the graph as it was', () => {
    const graph = twoGroups();
    const before = JSON.stringify(graph.export());
    const a = compute(graph);
    const b = compute(twoGroups());
    expect(a.nodes).toEqual(graph.nodes());
    expect([...a.xy]).toEqual([...b.xy]);
    expect(a.rounds).toBe(b.rounds);
    expect(JSON.stringify(graph.export())).toBe(before);
  });

  it('stops by the settling rule, or at maxRounds', () => {
    const settled = compute(twoGroups());
    expect(settled.settled).toBe(true);
    expect(settled.rounds).toBeLessThan(MAX_ROUNDS);
    const capped = compute(twoGroups(), { maxRounds: 7 });
    expect(capped).toMatchObject({ settled: false, rounds: 7 });
    const heard: number[] = [];
    compute(twoGroups(), { maxRounds: 3 }, (rounds) => heard.push(rounds));
    expect(heard).toEqual([1, 2, 3]);
  });

  it('gives every place a finite position, those without partners and coordinates too', () => {
    const { nodes, xy } = compute(twoGroups());
    expect(xy).toHaveLength(2 * nodes.length);
    expect([...xy].every(Number.isFinite)).toBe(true);
    // no two places on one spot
    const spots = new Set(nodes.map((_, i) => `${xy[2 * i]},${xy[2 * i + 1]}`));
    expect(spots.size).toBe(nodes.length);
  });

  it('draws partners closer together than places that are not partners, and separates the two groups', () => {
    const graph = twoGroups();
    const { nodes, xy } = compute(graph);
    const index = new Map(nodes.map((id, i) => [id, i]));
    let tied = 0;
    let tiedCount = 0;
    let untied = 0;
    let untiedCount = 0;
    const partnered = nodes.filter((id) => graph.degree(id) > 0);
    for (const a of partnered)
      for (const b of partnered) {
        if (a >= b) continue;
        const d = distance(xy, index.get(a)!, index.get(b)!);
        if (graph.areNeighbors(a, b)) {
          tied += d;
          tiedCount += 1;
        } else {
          untied += d;
          untiedCount += 1;
        }
      }
    expect(tied / tiedCount).toBeLessThan(0.5 * (untied / untiedCount));
    // every place is nearer its own group's centre than the other's
    const centre = (group: number) => {
      const ids = partnered.filter((id) => Number(id.slice(1)) % 2 === group).map((id) => index.get(id)!);
      return [ids.reduce((s, i) => s + xy[2 * i]!, 0) / ids.length, ids.reduce((s, i) => s + xy[2 * i + 1]!, 0) / ids.length] as const;
    };
    const centres = [centre(0), centre(1)];
    for (const id of partnered) {
      const i = index.get(id)!;
      const own = centres[Number(id.slice(1)) % 2]!;
      const other = centres[1 - (Number(id.slice(1)) % 2)]!;
      expect(Math.hypot(xy[2 * i]! - own[0], xy[2 * i + 1]! - own[1])).toBeLessThan(
        Math.hypot(xy[2 * i]! - other[0], xy[2 * i + 1]! - other[1]),
      );
    }
  });

  it('names the module when its options are wrong', () => {
    expect(() => compute(twoGroups(), { maxRounds: 0 })).toThrow(/layout\/force-layout/);
  });
});
