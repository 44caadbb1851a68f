import { UndirectedGraph } from 'graphology';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCsr } from '../../server/analytics/csr.ts';
import { metricNames, registry, runMetric, type AnalyticsContext } from '../../server/analytics/registry.ts';
import { WorkerPool } from '../../server/analytics/workers/pool.ts';
import { load, maxAbsDiff } from './fixtures.ts';

function withAttributes(name: string): AnalyticsContext {
  const { fixture } = load(name);
  const graph = new UndirectedGraph();
  fixture.nodes.forEach((key, i) => {
    const a = fixture.attribute.values[i]!;
    graph.addNode(key, { bloc: a, germany: a === 'other' ? null : a, community: fixture.partition.label[i] });
  });
  for (const [u, v] of fixture.edges) graph.addEdge(fixture.nodes[u]!, fixture.nodes[v]!);
  return { graph, csr: buildCsr(graph) };
}

describe('analytics registry', () => {
  const context = withAttributes('les-miserables');
  const { fixture } = load('les-miserables');
  const pool = new WorkerPool({ size: 2 });
  afterAll(() => pool.close());

  it('lists every metric with a family, a description and a schema', () => {
    expect(metricNames.length).toBe(21);
    for (const name of metricNames) {
      const def = registry[name];
      expect(def.description.length).toBeGreaterThan(10);
      expect(['centrality', 'structure', 'communities', 'eastwest']).toContain(def.family);
    }
  });

  it('runs every metric with default options, with and without the worker pool', async () => {
    const needs: Record<string, unknown> = {
      'attribute-assortativity': { attribute: 'bloc' },
      modularity: { attribute: 'community' },
      nmi: { a: 'bloc', b: 'community' },
      'rewiring-baseline': { samples: 10 },
    };
    for (const name of metricNames) {
      const options = needs[name];
      await expect(runMetric(name, context, options)).resolves.toBeDefined();
      await expect(runMetric(name, { ...context, pool }, options)).resolves.toBeDefined();
    }
  });

  it('gives the kernels results, read from attributes where needed', async () => {
    const b = await runMetric('betweenness', { ...context, pool });
    expect(maxAbsDiff(b.values, fixture.betweenness)).toBeLessThan(1e-9);
    const a = await runMetric('attribute-assortativity', context, { attribute: 'bloc' });
    expect(Math.abs(a - fixture.attribute.assortativity!)).toBeLessThan(1e-9);
    const q = await runMetric('modularity', context, { attribute: 'community', resolution: 2 });
    expect(Math.abs(q - fixture.partition.modularity.find((m) => m.resolution === 2)!.value)).toBeLessThan(1e-9);
    const cross = await runMetric('cross-ties', context, { divide: 'europe' });
    const crossGermany = await runMetric('cross-ties', context);
    expect(cross.crossTies).toBe(crossGermany.crossTies);
  });

  it('rejects unknown metrics and bad options with a bad-request naming the metric', async () => {
    await expect(runMetric('nope' as 'degree', context)).rejects.toMatchObject({ kind: 'not-found' });
    await expect(runMetric('pagerank', context, { alpha: 2 })).rejects.toMatchObject({
      kind: 'bad-request',
      message: expect.stringContaining('pagerank'),
    });
    await expect(runMetric('closeness', context, { sources: [1] })).rejects.toMatchObject({ kind: 'bad-request' });
  });
});
