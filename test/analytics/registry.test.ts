/**
 * The registry as callers use it: every one of the 23 metrics by name with its options, node data
 * read from attributes, run on the calling thread and on the worker pool. Each result is checked
 * against NetworkX's reference values for the Les Misérables graph (test/fixtures/analytics,
 * written by scripts/reference/make-fixtures.py) or, where NetworkX has no counterpart, against a
 * count by definition; and the pool's result must equal the single-thread one (up to the order of
 * floating-point additions, 1e-12 relative; integers and structure exactly).
 */
import { UndirectedGraph } from 'graphology';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compute as modularityOf } from '../../server/analytics/communities/modularity.ts';
import { buildCsr } from '../../server/analytics/csr.ts';
import {
  metricNames,
  registry,
  runMetric,
  type AnalyticsContext,
  type MetricName,
  type MetricResult,
} from '../../server/analytics/registry.ts';
import { WorkerPool } from '../../server/analytics/workers/pool.ts';
import { load, maxAbsDiff } from './fixtures.ts';

// As the kernel tests: exact measures and the power iterations agree with NetworkX to 1e-9.
const EXACT = 1e-9;

const { fixture } = load('les-miserables');
type Side = 'east' | 'west' | null;
const side: Side[] = fixture.attribute.values.map((a) => (a === 'east' || a === 'west' ? a : null));

/** The fixture's graph with the node data the metrics read: the random bloc, its German side, two partitions. */
function withAttributes(): AnalyticsContext {
  const graph = new UndirectedGraph();
  fixture.nodes.forEach((key, i) => {
    const a = fixture.attribute.values[i]!;
    graph.addNode(key, {
      bloc: a,
      germany: a === 'other' ? null : a,
      community: fixture.partition.label[i],
      louvain: fixture.louvain.label[i],
    });
  });
  for (const [u, v] of fixture.edges) graph.addEdge(fixture.nodes[u]!, fixture.nodes[v]!);
  return { graph, csr: buildCsr(graph) };
}

/** Options each metric is run with: the defaults, plus what a metric cannot do without. */
const OPTIONS: Partial<Record<MetricName, unknown>> = {
  'path-metrics': { brokers: ['germany', 'europe'] },
  'attribute-assortativity': { attribute: 'bloc' },
  modularity: { attribute: 'community' },
  nmi: { a: 'louvain', b: 'community' },
  'rewiring-baseline': { samples: 10 },
  'ei-index': { divide: 'europe' },
};

/** Counts by definition over the fixture's edge list. */
function sidedCounts() {
  let cross = 0;
  let eastEast = 0;
  let westWest = 0;
  const perNode = new Array<number>(fixture.nodes.length).fill(0);
  const byGroup = { east: { external: 0, internal: 0 }, west: { external: 0, internal: 0 } };
  for (const [u, v] of fixture.edges) {
    const a = side[u];
    const b = side[v];
    if (!a || !b) continue;
    if (a !== b) {
      cross++;
      perNode[u]!++;
      perNode[v]!++;
      byGroup[a].external++;
      byGroup[b].external++;
    } else {
      if (a === 'east') eastEast++;
      else westWest++;
      byGroup[a].internal++;
    }
  }
  return { cross, eastEast, westWest, perNode, byGroup };
}

/** NetworkX's subset betweenness (east sources, west targets) is half the pair count; normalised by the pairs not involving the node. */
function brokersReference(normalized: boolean): number[] {
  const east = side.filter((s) => s === 'east').length;
  const west = side.filter((s) => s === 'west').length;
  return fixture.brokersSubset.map((v, i) => {
    const pairs = 2 * v!;
    if (!normalized) return pairs;
    const possible = (east - (side[i] === 'east' ? 1 : 0)) * (west - (side[i] === 'west' ? 1 : 0));
    return possible > 0 ? pairs / possible : 0;
  });
}

const sortedPairs = (flat: ArrayLike<number>) => {
  const pairs: [number, number][] = [];
  for (let i = 0; i < flat.length; i += 2) pairs.push([Math.min(flat[i]!, flat[i + 1]!), Math.max(flat[i]!, flat[i + 1]!)]);
  return pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
};

/** Two partitions are the same up to the numbering of their parts. */
function samePartition(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  if (a.length !== b.length) return false;
  const ab = new Map<number, number>();
  const ba = new Map<number, number>();
  for (let i = 0; i < a.length; i++) {
    if ((ab.get(a[i]!) ?? b[i]) !== b[i] || (ba.get(b[i]!) ?? a[i]) !== a[i]) return false;
    ab.set(a[i]!, b[i]!);
    ba.set(b[i]!, a[i]!);
  }
  return true;
}

/** Where two results differ: numbers beyond 1e-12 relative (NaN equals NaN), anything else exactly. */
function differences(a: unknown, b: unknown, at = 'result'): string[] {
  if (typeof a === 'number' && typeof b === 'number') {
    if (Number.isNaN(a) && Number.isNaN(b)) return [];
    return Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(a), Math.abs(b)) ? [] : [`${at}: ${a} vs ${b}`];
  }
  if (ArrayBuffer.isView(a) && ArrayBuffer.isView(b)) {
    if (a.constructor !== b.constructor) return [`${at}: ${a.constructor.name} vs ${b.constructor.name}`];
    return differences(Array.from(a as unknown as ArrayLike<number>), Array.from(b as unknown as ArrayLike<number>), at);
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return [`${at}: length ${a.length} vs ${b.length}`];
    return a.flatMap((x, i) => differences(x, b[i], `${at}[${i}]`));
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].flatMap((k) => differences((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${at}.${k}`));
  }
  return Object.is(a, b) ? [] : [`${at}: ${String(a)} vs ${String(b)}`];
}

describe('analytics registry', () => {
  const context = withAttributes();
  const pool = new WorkerPool({ size: 2 });
  afterAll(() => pool.close());
  const single = new Map<MetricName, unknown>();
  const pooled = new Map<MetricName, unknown>();
  const result = <N extends MetricName>(name: N) => single.get(name) as MetricResult<N>;
  beforeAll(async () => {
    for (const name of metricNames) {
      single.set(name, await runMetric(name, context, OPTIONS[name]));
      pooled.set(name, await runMetric(name, { ...context, pool }, OPTIONS[name]));
    }
  });

  it('lists every metric with a family, a description and a schema', () => {
    expect(metricNames.length).toBe(23);
    for (const name of metricNames) {
      const def = registry[name];
      expect(def.description.length).toBeGreaterThan(10);
      expect(['centrality', 'structure', 'communities', 'eastwest']).toContain(def.family);
    }
    // the graph is laid out in the fixture's order, so index i is the fixture's node i
    expect(context.csr.keys).toEqual(fixture.nodes);
  });

  it('runs every metric on the calling thread and on the worker pool, with equal results', () => {
    expect(pooled.size).toBe(23);
    const unequal = metricNames.flatMap((name) => differences(pooled.get(name), single.get(name), name));
    expect(unequal).toEqual([]);
  });

  it('gives the centralities NetworkX gives', () => {
    expect(maxAbsDiff(result('degree'), fixture.degree)).toBeLessThan(EXACT);
    const b = result('betweenness');
    expect(b.sample).toBeNull();
    expect(maxAbsDiff(b.values, fixture.betweenness)).toBeLessThan(EXACT);
    expect(maxAbsDiff(result('closeness'), fixture.closeness)).toBeLessThan(EXACT);
    expect(maxAbsDiff(result('harmonic'), fixture.harmonic)).toBeLessThan(EXACT);
    const pr = result('pagerank');
    expect(pr.converged).toBe(true);
    expect(maxAbsDiff(pr.values, fixture.pagerank)).toBeLessThan(EXACT);
    const ev = result('eigenvector');
    expect(ev).toMatchObject({ scope: 'graph', converged: true });
    expect(maxAbsDiff(ev.values, fixture.eigenvector.values!)).toBeLessThan(EXACT);
  });

  it('gives path metrics from one sweep equal to the separate measures and to NetworkX', () => {
    const p = result('path-metrics');
    expect(maxAbsDiff(p.betweenness!, fixture.betweenness)).toBeLessThan(EXACT);
    expect(maxAbsDiff(p.closeness, fixture.closeness)).toBeLessThan(EXACT);
    expect(maxAbsDiff(p.harmonic, fixture.harmonic)).toBeLessThan(EXACT);
    expect(p.distances.size).toBe(fixture.largestComponent.size);
    expect(p.distances.diameter).toBe(fixture.largestComponent.diameter);
    expect(Math.abs(p.distances.averageShortestPathLength - fixture.largestComponent.averageShortestPathLength)).toBeLessThan(EXACT);
    // germany and bloc put the same towns east and west here, so both divides give NetworkX's brokerage
    expect(p.brokers).toHaveLength(2);
    for (const b of p.brokers) expect(maxAbsDiff(b.values, brokersReference(true))).toBeLessThan(EXACT);
  });

  it('gives the structure NetworkX gives', () => {
    const c = result('components');
    expect(c.count).toBe(fixture.components.count);
    expect(samePartition(c.label, fixture.components.label)).toBe(true);
    expect(c.sizes[c.largest]).toBe(fixture.largestComponent.size);
    const cl = result('clustering');
    expect(maxAbsDiff(cl.clustering, fixture.clustering)).toBeLessThan(EXACT);
    expect(Math.abs(cl.averageClustering - fixture.averageClustering)).toBeLessThan(EXACT);
    expect(Math.abs(cl.transitivity - fixture.transitivity)).toBeLessThan(EXACT);
    expect(Math.abs(result('degree-assortativity') - fixture.degreeAssortativity!)).toBeLessThan(EXACT);
    expect(Math.abs(result('attribute-assortativity') - fixture.attribute.assortativity!)).toBeLessThan(EXACT);
    expect(sortedPairs(result('bridges'))).toEqual(fixture.bridges);
    expect(Array.from(result('articulation-points')).sort((x, y) => x - y)).toEqual(fixture.articulationPoints);
    expect(Array.from(result('core-number'))).toEqual(fixture.coreNumber);
    const d = result('distances');
    expect(d).toMatchObject({ size: fixture.largestComponent.size, diameter: fixture.largestComponent.diameter });
    expect(Math.abs(d.averageShortestPathLength - fixture.largestComponent.averageShortestPathLength)).toBeLessThan(EXACT);
  });

  it('gives communities: modularity and NMI as NetworkX and scikit-learn, Louvain within 2% of NetworkX', () => {
    const q1 = fixture.partition.modularity.find((m) => m.resolution === 1)!.value;
    expect(Math.abs(result('modularity') - q1)).toBeLessThan(EXACT);
    expect(Math.abs(result('nmi') - fixture.nmi.louvainVsPartition)).toBeLessThan(EXACT);
    const lv = result('louvain');
    expect(lv).toMatchObject({ resolution: 1, seed: 0 });
    expect(lv.count).toBe(new Set(lv.communities).size);
    expect(Math.abs(lv.modularity - modularityOf(context.csr, lv.communities))).toBeLessThan(EXACT);
    expect(lv.modularity).toBeGreaterThanOrEqual(fixture.louvain.modularity * 0.98);
  });

  it('counts the ties across the divide as the edge list does', () => {
    const counts = sidedCounts();
    expect(counts.cross).toBeGreaterThan(0);
    const ct = result('cross-ties');
    expect(ct).toMatchObject({
      edges: fixture.edges.length,
      crossTies: counts.cross,
      eastEastTies: counts.eastEast,
      westWestTies: counts.westWest,
    });
    expect(ct.sidedEdges).toBe(counts.cross + counts.eastEast + counts.westWest);
    expect(ct.crossShare).toBeCloseTo(counts.cross / ct.sidedEdges, 15);
    expect(Array.from(ct.perNode)).toEqual(counts.perNode);

    const ei = result('ei-index');
    const internal = counts.eastEast + counts.westWest;
    expect(ei.overall).toEqual({ external: counts.cross, internal, ei: (counts.cross - internal) / (counts.cross + internal) });
    const members = (s: Side) => side.filter((x) => x === s).length;
    expect(ei.groups).toEqual(
      (['east', 'west'] as const).map((g) => {
        const { external, internal: int } = counts.byGroup[g];
        return { group: g, members: members(g), external, internal: int, ei: (external - int) / (external + int) };
      }),
    );

    expect(maxAbsDiff(result('brokers').values, brokersReference(true))).toBeLessThan(EXACT);
  });

  it('gives the rewiring baseline its definition: the observed count, and z from its own samples', async () => {
    const counts = sidedCounts();
    const r = result('rewiring-baseline');
    expect(r.observed).toBe(counts.cross);
    expect(r.samples).toHaveLength(10);
    // a rewired graph keeps every degree, so its cross ties never exceed the smaller side's degree sum
    const degreeSum = (s: Side) => fixture.edges.reduce((n, [u, v]) => n + (side[u] === s ? 1 : 0) + (side[v] === s ? 1 : 0), 0);
    for (const x of r.samples) {
      expect(Number.isInteger(x)).toBe(true);
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(Math.min(degreeSum('east'), degreeSum('west')));
    }
    const mean = r.samples.reduce((a, b) => a + b, 0) / r.samples.length;
    const sd = Math.sqrt(r.samples.reduce((a, b) => a + (b - mean) ** 2, 0) / (r.samples.length - 1));
    expect(sd).toBeGreaterThan(0);
    expect(r.mean).toBeCloseTo(mean, 12);
    expect(r.sd).toBeCloseTo(sd, 12);
    expect(r.z).toBeCloseTo((counts.cross - mean) / sd, 12);
    const other = await runMetric('rewiring-baseline', context, { samples: 10, seed: 1 });
    expect(Array.from(other.samples)).not.toEqual(Array.from(r.samples));
  });

  it('reads options: unnormalised brokerage, modularity at another resolution, the other divide', async () => {
    const raw = await runMetric('brokers', { ...context, pool }, { normalized: false });
    expect(maxAbsDiff(raw.values, brokersReference(false))).toBeLessThan(1e-9 * Math.max(...brokersReference(false)));
    const q2 = await runMetric('modularity', context, { attribute: 'community', resolution: 2 });
    expect(Math.abs(q2 - fixture.partition.modularity.find((m) => m.resolution === 2)!.value)).toBeLessThan(EXACT);
    const nmiBloc = await runMetric('nmi', context, { a: 'louvain', b: 'bloc' });
    expect(Math.abs(nmiBloc - fixture.nmi.louvainVsAttribute)).toBeLessThan(EXACT);
    expect((await runMetric('cross-ties', context, { divide: 'europe' })).crossTies).toBe(sidedCounts().cross);
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
