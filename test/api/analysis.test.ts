/** The analysis endpoints on the seed dataset, checked against the graph itself. */
import path from 'node:path';
import { UndirectedGraph } from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeBatch } from '../../server/db/graph-writer.ts';
import type { RunningService } from '../../server/runtime.ts';
import { readSeedBatch } from '../../server/seeds/seed-batch.ts';
import { emptyTestDb } from '../helpers/neo4j.ts';
import { startTestService } from '../helpers/service.ts';

describe('analysis endpoints', () => {
  let service: RunningService;
  let slow: RunningService;
  let graph: UndirectedGraph;
  beforeAll(async () => {
    const db = await emptyTestDb();
    await writeBatch(db, readSeedBatch(path.resolve('seeds')));
    await db.close();
    service = await startTestService();
    slow = await startTestService({ ANALYSIS_WAIT_MS: '0' });
    graph = UndirectedGraph.from((await (await fetch(`${service.url}/api/graph`)).json()) as SerializedGraph);
  });
  afterAll(async () => {
    await service?.stop();
    await slow?.stop();
  });
  const get = async (p: string, base = service.url) => {
    const res = await fetch(`${base}${p}`);
    const text = await res.text();
    return { status: res.status, headers: res.headers, text, body: res.headers.get('content-type')?.includes('json') ? JSON.parse(text) : null };
  };

  it('ranks by degree exactly as the graph says, normalised as NetworkX', async () => {
    const { status, body } = await get('/api/metrics/centrality?measure=degree&limit=5');
    expect(status).toBe(200);
    const top = graph.nodes().sort((a, b) => graph.degree(b) - graph.degree(a) || (a < b ? -1 : 1))[0]!;
    expect(body.total).toBe(graph.order);
    expect(body.items[0]).toMatchObject({ rank: 1, id: top, value: graph.degree(top) / (graph.order - 1) });
    for (let i = 1; i < body.items.length; i++) expect(body.items[i - 1].value).toBeGreaterThanOrEqual(body.items[i].value);
    const bt = await get('/api/metrics/centrality?measure=betweenness&limit=3');
    expect(bt.body.method).toEqual({ mode: 'exact' });
    expect(bt.body.items[0].value).toBeGreaterThan(0);
  });

  it('gives tables as CSV', async () => {
    const csv = await get('/api/metrics/centrality?measure=pagerank&limit=3&format=csv');
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    const lines = csv.text.trim().split('\n');
    expect(lines[0]).toBe('rank,id,name,country,value');
    expect(lines).toHaveLength(4);
    const regions = await get('/api/regions?level=state&format=csv');
    expect(regions.text.split('\n')[0]).toContain('underConnected');
  });

  it('finds communities whose profiles cover every municipality', async () => {
    const { body } = await get('/api/communities?limit=10000');
    expect(body.count).toBeGreaterThan(1);
    expect(body.modularity).toBeGreaterThan(0.3);
    expect(body.communities.reduce((n: number, c: { size: number }) => n + c.size, 0)).toBe(graph.order);
    expect(body.nmi.country).toBeGreaterThanOrEqual(0);
    const one = await get(`/api/communities/${body.communities[0].id}`);
    expect(one.body.members).toHaveLength(body.communities[0].size);
    expect((await get('/api/communities/99999')).status).toBe(404);
  });

  it('reports the structure of the same graph', async () => {
    const { body } = await get('/api/structure');
    expect(body.summary).toMatchObject({ nodes: graph.order, edges: graph.size });
    expect(body.summary.components).toBeGreaterThan(0);
    expect(body.bridges.total).toBe(body.summary.bridges);
  });

  it('counts the ties across the former inner-German border', async () => {
    const { body } = await get('/api/bridges/east-west?level=germany&limit=1000');
    const cross = graph.filterEdges((_e, _a, _s, _t, sa, ta) => (sa.germany === 'east' && ta.germany === 'west') || (sa.germany === 'west' && ta.germany === 'east'));
    expect(body.summary.crossTies).toBe(cross.length);
    const names = body.ties.items.map((t: { aName: string; bName: string }) => [t.aName, t.bName].sort().join(' – '));
    expect(names).toContain('Eisenhüttenstadt – Saarlouis');
    expect(body.perYear.find((y: { year: number }) => y.year === 1986).cross).toBeGreaterThanOrEqual(1);
    expect(body.baseline.samples).toBe(100);
    expect(body.brokers.length).toBeGreaterThan(0);
    expect(body.perRegion.length).toBeGreaterThan(0);
    const europe = await get('/api/bridges/east-west?level=europe');
    expect(europe.body.level).toBe('europe');
    expect((await get('/api/bridges/east-west?level=asia')).status).toBe(400);
  });

  it('tables regions and names the under-connected with the rule', async () => {
    const { body } = await get('/api/regions?level=state');
    expect(body.rows.map((r: { region: string }) => r.region).sort()).toHaveLength(16);
    const under = await get('/api/regions/under-connected?level=state');
    expect(under.body.rule.text).toMatch(/percentile/);
    expect(under.body.rows.every((r: { underConnected: boolean }) => r.underConnected)).toBe(true);
  });

  it('recommends partners with the parts of their score', async () => {
    const saarlouis = graph.findNode((_n, a) => a.name === 'Saarlouis')!;
    const { status, body } = await get(`/api/recommendations/${saarlouis}?limit=5`);
    expect(status).toBe(200);
    expect(body.recommendations.length).toBeGreaterThan(0);
    for (const r of body.recommendations) {
      expect(graph.hasEdge(saarlouis, r.id)).toBe(false);
      expect(r.parts).toHaveProperty('adamicAdar');
    }
    expect((await get('/api/recommendations/nowhere')).status).toBe(404);
  });

  it('answers 202 with a job when the result takes longer than the wait, then 200', async () => {
    const first = await get('/api/communities?seed=7', slow.url);
    expect(first.status).toBe(202);
    const location = first.headers.get('location')!;
    expect(location).toMatch(/^\/api\/jobs\//);
    let job = first.body.job;
    for (let i = 0; i < 100 && job.state === 'running'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      job = (await get(location, slow.url)).body;
    }
    expect(job).toMatchObject({ state: 'done', progress: { fraction: 1 } });
    const again = await get('/api/communities?seed=7', slow.url);
    expect(again.status).toBe(200);
    expect((await get('/api/jobs/unknown', slow.url)).status).toBe(404);
  });

  it('carries an ETag tied to the dataset version and the options', async () => {
    const a = await get('/api/structure');
    const etag = a.headers.get('etag')!;
    const res = await fetch(`${service.url}/api/structure`, { headers: { 'If-None-Match': etag } });
    expect(res.status).toBe(304);
    const b = await get('/api/structure?resolution=2');
    expect(b.headers.get('etag')).not.toBe(etag);
  });

  it('applies the filters to every analysis and rejects bad values', async () => {
    const all = await get('/api/structure');
    const old = await get('/api/structure?to=1990');
    expect(old.body.summary.edges).toBeLessThan(all.body.summary.edges);
    expect(old.body.leftOut.partnerships.undated).toBeGreaterThan(0);
    for (const q of ['measure=fame', 'limit=0', 'resolution=-1', 'from=2000&to=1990', 'extra=1']) {
      const r = await get(`/api/metrics/centrality?${q}`);
      expect(r.status, q).toBe(400);
    }
  });
});
