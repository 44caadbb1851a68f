/**
 * Brokers inside Germany (eastwest/inner-brokers.ts): east-west brokerage on the subgraph of one
 * country's places, by hand on a small graph and against NetworkX's subset betweenness on the
 * induced subgraph of the reference fixtures.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { csrFromPairs } from '../../../server/analytics/csr.ts';
import { compute as brokers } from '../../../server/analytics/eastwest/brokers.ts';
import { compute as innerBrokers, inducedSubgraph } from '../../../server/analytics/eastwest/inner-brokers.ts';
import type { Side } from '../../../server/analytics/sides.ts';
import { WorkerPool } from '../../../server/analytics/workers/pool.ts';
import { requirePython } from '../../helpers/python.ts';
import { load } from '../fixtures.ts';

/*
 * East e and west w, joined through a place abroad x (2 steps) and through two German towns g1, g2
 * (3 steps); b is Berlin (German, no side) hanging from g1.
 *
 *   e - x - w        the whole network: e-w runs through x only
 *   e - g1 - g2 - w  inside Germany: through g1 and g2
 *        |
 *        b
 */
const keys = ['e', 'x', 'w', 'g1', 'g2', 'b'];
const german = [true, false, true, true, true, true];
const sides: Side[] = ['east', null, 'west', 'west', 'west', null];
const at = (k: string) => keys.indexOf(k);
const graph = csrFromPairs(
  keys,
  [
    ['e', 'x'],
    ['x', 'w'],
    ['e', 'g1'],
    ['g1', 'g2'],
    ['g2', 'w'],
    ['g1', 'b'],
  ].flatMap(([u, v]) => [at(u!), at(v!)]),
);

describe('brokers inside one country', () => {
  it('counts only the paths that stay inside: the German towns broker, the foreign one does not', async () => {
    const global = brokers(graph, sides, { normalized: false });
    // e's pairs with w, g1, g2: e-w through x; e-g1 direct; e-g2 through g1
    expect(Array.from(global.values)).toEqual([0, 1, 0, 1, 0, 0]);
    const inner = await innerBrokers(graph, german, sides, { normalized: false });
    // inside: e-w through g1 and g2; e-g2 through g1
    expect(Array.from(inner.values)).toEqual([0, 0, 0, 2, 1, 0]);
    expect(inner).toMatchObject({ inside: 5, east: 1, west: 3 });
    const normalized = await innerBrokers(graph, german, sides);
    // g1 is western: pairs not involving it |E|(|W| - 1) = 2
    expect(normalized.values[at('g1')]).toBeCloseTo(1, 15);
    expect(normalized.values[at('x')]).toBe(0);
  });

  it('keeps the induced subgraph only: the ties between kept nodes', () => {
    const { topology, original } = inducedSubgraph(graph, german);
    expect(Array.from(original)).toEqual([0, 2, 3, 4, 5]);
    expect(topology.targets.length / 2).toBe(4);
  });

  it('gives zeros for an empty country and the same values on the worker pool', async () => {
    const none = await innerBrokers(
      graph,
      keys.map(() => false),
      sides,
    );
    expect(Array.from(none.values)).toEqual([0, 0, 0, 0, 0, 0]);
    const { fixture, csr } = load('les-miserables');
    const side = fixture.attribute.values.map((a): Side => (a === 'east' || a === 'west' ? a : null));
    const inside = fixture.nodes.map((_, i) => i % 4 !== 0);
    const pool = new WorkerPool();
    try {
      const pooled = await innerBrokers(csr, inside, side, {}, pool);
      const single = await innerBrokers(csr, inside, side);
      pooled.values.forEach((v, i) => expect(v).toBeCloseTo(single.values[i]!, 12));
    } finally {
      await pool.close();
    }
  });

  it("is twice NetworkX's subset betweenness on the induced subgraph of the fixtures", async () => {
    const python = requirePython('networkx');
    const script = [
      'import json, sys, networkx as nx',
      'd = json.load(sys.stdin)',
      'G = nx.Graph(); G.add_nodes_from(range(len(d["sides"]))); G.add_edges_from(d["edges"])',
      'H = G.subgraph([i for i, k in enumerate(d["inside"]) if k])',
      'east = [i for i in H if d["sides"][i] == "east"]; west = [i for i in H if d["sides"][i] == "west"]',
      'b = nx.betweenness_centrality_subset(H, east, west, normalized=False)',
      'print(json.dumps([b.get(i, 0.0) for i in range(len(d["sides"]))]))',
    ].join('\n');
    let brokering = 0;
    for (const name of ['karate', 'les-miserables', 'components']) {
      const { fixture, csr } = load(name);
      const side = fixture.attribute.values.map((a): Side => (a === 'east' || a === 'west' ? a : null));
      // a "country" that cuts paths: every third node is abroad
      const inside = fixture.nodes.map((_, i) => i % 3 !== 1);
      const input = JSON.stringify({ sides: side, inside, edges: fixture.edges });
      const reference = JSON.parse(execFileSync(python, ['-c', script], { input, encoding: 'utf8', maxBuffer: 1 << 26 })) as number[];
      const r = await innerBrokers(csr, inside, side, { normalized: false });
      reference.forEach((v, i) => {
        expect(Math.abs(r.values[i]! - 2 * v), `${name} node ${i}`).toBeLessThanOrEqual(1e-9 * Math.max(1, 2 * v));
      });
      brokering += reference.filter((v) => v > 0).length;
    }
    expect(brokering).toBeGreaterThan(20);
  });
});
