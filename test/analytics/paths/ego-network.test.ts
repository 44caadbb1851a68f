/**
 * The neighbourhood of a node (paths/ego-network.ts) against the node set of NetworkX's
 * `ego_graph` on every fixture (scripts/reference/make-fixtures.py), in breadth-first order.
 */
import { describe, expect, it } from 'vitest';
import { csrFromPairs } from '../../../server/analytics/csr.ts';
import { compute as egoNetwork } from '../../../server/analytics/paths/ego-network.ts';
import { bfsDistances } from '../brute-force.ts';
import { ALL, load } from '../fixtures.ts';

describe.each(ALL)('the neighbourhoods in %s', (name) => {
  const { fixture, csr } = load(name);

  it("the neighbourhood within 1, 2 and 3 steps is NetworkX's ego graph, in breadth-first order", () => {
    for (const { center, radius, nodes } of fixture.egoNetworks) {
      const found = egoNetwork(csr, { center, radius });
      expect(found.total).toBe(nodes.length);
      expect(Array.from(found.nodes).sort((a, b) => a - b)).toEqual(nodes);
      expect(found.nodes[0]).toBe(center);
      const distance = bfsDistances(csr, center);
      for (let i = 1; i < found.nodes.length; i++) expect(distance[found.nodes[i]!]).toBeGreaterThanOrEqual(distance[found.nodes[i - 1]!]!);
      const cut = egoNetwork(csr, { center, radius, max: 2 });
      expect([cut.total, Array.from(cut.nodes)]).toEqual([nodes.length, Array.from(found.nodes.slice(0, 2))]);
    }
  });
});

describe('neighbourhood edge cases', () => {
  const star = csrFromPairs(['c', 'a', 'b'], [0, 1, 0, 2]);

  it('radius 0 is the center alone; the center counts towards max', () => {
    expect(egoNetwork(star, { center: 1, radius: 0 })).toEqual({ nodes: Int32Array.of(1), total: 1 });
    expect(egoNetwork(star, { center: 1, radius: 2, max: 1 })).toEqual({ nodes: Int32Array.of(1), total: 3 });
  });

  it('names the module when the center is out of range', () => {
    expect(() => egoNetwork(star, { center: 3 })).toThrow(/paths\/ego-network: center 3/);
    expect(() => egoNetwork(star, { center: -1 })).toThrow(/paths\/ego-network/);
  });
});
