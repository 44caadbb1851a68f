/** The analysis endpoints on the seed dataset, checked against the graph itself. */
import { UndirectedGraph } from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CommunitiesSchema, CommunitySchema, MetricsTableSchema } from '../../contract/api/analyses.ts';
import { GERMAN_STATES } from '../../contract/german-states.ts';
import { stateOfAgs } from '../../server/domain/classify.ts';
import type { RunningService } from '../../server/runtime.ts';
import { parseStrict } from '../helpers/contract.ts';
import { seededTestDb } from '../helpers/neo4j.ts';
import { startTestService } from '../helpers/service.ts';

/**
 * Normalised mutual information as scikit-learn's `normalized_mutual_info_score` (arithmetic
 * mean), written here from its definition, independently of server/analytics/communities/nmi.ts.
 * A missing label is a class of its own.
 */
function nmiByDefinition(a: readonly unknown[], b: readonly unknown[]): number {
  const n = a.length;
  const count = <T>(xs: readonly T[]) => xs.reduce((m, x) => m.set(x, (m.get(x) ?? 0) + 1), new Map<T, number>());
  const key = (x: unknown) => JSON.stringify(x ?? null);
  const ca = count(a.map(key));
  const cb = count(b.map(key));
  const joint = count(a.map((x, i) => `${key(x)}|${key(b[i])}`));
  const entropy = (c: Map<string, number>) => -[...c.values()].reduce((h, k) => h + (k / n) * Math.log(k / n), 0);
  let mi = 0;
  for (const [pair, k] of joint) {
    const [x, y] = pair.split('|') as [string, string];
    mi += (k / n) * Math.log((n * k) / (ca.get(x)! * cb.get(y)!));
  }
  return mi / ((entropy(ca) + entropy(cb)) / 2);
}

/** NumPy's default quantile (linear interpolation between order statistics). */
function numpyQuantile(values: number[], q: number): number {
  const s = [...values].sort((x, y) => x - y);
  const pos = (s.length - 1) * q;
  return s[Math.floor(pos)]! + (s[Math.ceil(pos)]! - s[Math.floor(pos)]!) * (pos - Math.floor(pos));
}

describe('analysis endpoints', () => {
  let service: RunningService;
  let slow: RunningService;
  /** Everything Neo4j holds, as /api/graph gives it. */
  let graph: UndirectedGraph;
  /** What the analyses of the network run on: the places with at least one partnership. */
  let network: UndirectedGraph;
  beforeAll(async () => {
    const db = await seededTestDb();
    await db.close();
    service = await startTestService();
    slow = await startTestService({ ANALYSIS_WAIT_MS: '0' });
    graph = UndirectedGraph.from((await (await fetch(`${service.url}/api/graph`)).json()) as SerializedGraph);
    network = graph.copy();
    network.forEachNode((id) => {
      if (network.degree(id) === 0) network.dropNode(id);
    });
  });
  afterAll(async () => {
    await service?.stop();
    await slow?.stop();
  });
  const get = async (p: string, base = service.url) => {
    const res = await fetch(`${base}${p}`);
    const text = await res.text();
    return {
      status: res.status,
      headers: res.headers,
      text,
      body: res.headers.get('content-type')?.includes('json') ? JSON.parse(text) : null,
    };
  };

  it('ranks by degree exactly as the graph says, normalised as NetworkX', async () => {
    const { status, body } = await get('/api/metrics/centrality?measure=degree&limit=5');
    expect(status).toBe(200);
    const top = network.nodes().sort((a, b) => network.degree(b) - network.degree(a) || (a < b ? -1 : 1))[0]!;
    expect(body.total).toBe(network.order);
    expect(body.leftOut.municipalities.withoutPartnership).toBe(graph.order - network.order);
    expect(body.items[0]).toMatchObject({ rank: 1, id: top, value: network.degree(top) / (network.order - 1) });
    expect(body.items).toHaveLength(5);
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

  it('finds communities whose profiles cover every municipality, and their NMI with countries and blocs', async () => {
    const { body } = await get('/api/communities?limit=10000');
    expect(body.count).toBeGreaterThan(1);
    expect(body.modularity).toBeGreaterThan(0.3);
    expect(body.communities).toHaveLength(body.count);
    expect(body.communities.reduce((n: number, c: { size: number }) => n + c.size, 0)).toBe(network.order);
    // every town's community, from the members of each community
    const communityOf = new Map<string, number>();
    for (const c of body.communities as { id: number; size: number }[]) {
      const one = await get(`/api/communities/${c.id}`);
      expect(one.body.members).toHaveLength(c.size);
      for (const m of one.body.members as { id: string }[]) communityOf.set(m.id, c.id);
    }
    const nodes = network.nodes();
    expect(communityOf.size).toBe(nodes.length);
    const labels = nodes.map((id) => communityOf.get(id));
    const country = nmiByDefinition(
      labels,
      nodes.map((id) => network.getNodeAttribute(id, 'country')),
    );
    const bloc = nmiByDefinition(
      labels,
      nodes.map((id) => network.getNodeAttribute(id, 'bloc')),
    );
    // communities of twin towns mix countries: agreement is partial, neither 0 nor 1
    expect(country).toBeGreaterThan(0.05);
    expect(country).toBeLessThan(0.95);
    expect(Math.abs(body.nmi.country - country)).toBeLessThan(1e-9);
    expect(Math.abs(body.nmi.bloc - bloc)).toBeLessThan(1e-9);
    expect((await get('/api/communities/99999')).status).toBe(404);
  });

  it('reports the structure of the same graph', async () => {
    const { body } = await get('/api/structure');
    expect(body.summary).toMatchObject({ nodes: network.order, edges: network.size });
    expect(body.summary.components).toBeGreaterThan(0);
    expect(body.bridges.total).toBe(body.summary.bridges);
  });

  it('counts the ties across the former inner-German border', async () => {
    const { body } = await get('/api/bridges/east-west?level=germany&limit=1000');
    const cross = graph.filterEdges(
      (_e, _a, _s, _t, sa, ta) => (sa.germany === 'east' && ta.germany === 'west') || (sa.germany === 'west' && ta.germany === 'east'),
    );
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
    // states count the directory municipalities: the places with an 8-digit AGS, by its first two digits
    const perState = new Map<string, { municipalities: number; ends: number }>();
    graph.forEachNode((id, a) => {
      if (a.country !== 'DE' || typeof a.ags !== 'string' || !/^\d{8}$/.test(a.ags)) return;
      const state = stateOfAgs(a.ags)!;
      const s = perState.get(state) ?? { municipalities: 0, ends: 0 };
      s.municipalities += 1;
      s.ends += graph.degree(id);
      perState.set(state, s);
    });
    const { body } = await get('/api/regions?level=state&rule=percentile');
    expect(body.rows.map((r: { region: string }) => r.region).sort()).toEqual([...perState.keys()].sort());
    for (const r of body.rows as { region: string; municipalities: number; name: string }[]) {
      expect(r.municipalities).toBe(perState.get(r.region)!.municipalities);
      expect(r.name).toBe(GERMAN_STATES[r.region]);
    }
    // the percentile rule: states with at least 3 municipalities are judged; under-connected below their 25th percentile
    const judged = [...perState].filter(([, s]) => s.municipalities >= 3).map(([state, s]) => ({ state, per: s.ends / s.municipalities }));
    const threshold = numpyQuantile(
      judged.map((j) => j.per),
      0.25,
    );
    const expected = judged
      .filter((j) => j.per < threshold)
      .map((j) => j.state)
      .sort();
    expect(expected.length).toBeGreaterThan(0);

    const under = await get('/api/regions/under-connected?level=state&rule=percentile');
    expect(under.body.rule).toMatchObject({ kind: 'percentile', quantile: 0.25, minMunicipalities: 3, judged: judged.length });
    expect(under.body.rule.threshold).toBeCloseTo(threshold, 12);
    expect(under.body.rule.text).toMatch(/percentile/);
    expect(under.body.rows.map((r: { region: string }) => r.region).sort()).toEqual(expected);
    expect(under.body.rows.map((r: { underConnected: boolean }) => r.underConnected)).toEqual(expected.map(() => true));
    const flagged = body.rows.filter((r: { underConnected: boolean }) => r.underConnected).map((r: { region: string }) => r.region);
    expect(flagged.sort()).toEqual(expected);

    // the default rule works on observed/expected and says so, with its coverage
    const ratio = await get('/api/regions/under-connected?level=state');
    expect(ratio.body.rule.kind).toBe('ratio');
    expect(ratio.body.coverage.text).toMatch(/Wikipedia/);
  });

  it('answers a region with its row, its municipalities and its ties; 400 for a key that is no region, 404 for one not in the view', async () => {
    const { body: table } = await get('/api/regions?level=district');
    const row = table.rows[0] as { region: string; municipalities: number; partnerships: number };
    const { status, body } = await get(`/api/regions/${row.region}`);
    expect(status).toBe(200);
    expect(body.row).toEqual(row);
    expect(body.municipalities).toHaveLength(row.municipalities);
    expect(body.municipalities.every((m: { ags: string }) => m.ags.startsWith(row.region))).toBe(true);
    expect(body.ties).toHaveLength(row.partnerships);
    expect((await get('/api/regions/Bayern')).status).toBe(400);
    expect((await get('/api/regions/99999')).status).toBe(404);
    const geometry = await get('/api/regions/geometry?level=state');
    expect(geometry.body.attribution).toMatch(/GeoBasis-DE \/ BKG/);
    expect(geometry.body.objects.states.geometries).toHaveLength(16);
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

  it('finds Leiden communities when asked: connected, covering the network, in the contract', async () => {
    const louvain = parseStrict(CommunitiesSchema, (await get('/api/communities')).body);
    expect(louvain.algorithm).toBe('louvain');
    const first = await get('/api/communities?algorithm=leiden&limit=10000', slow.url);
    expect(first.status).toBe(202); // not part of the suite: a job of its own
    let job = first.body.job;
    while (job.state === 'running') {
      await new Promise((r) => setTimeout(r, 50));
      job = (await get(first.headers.get('location')!, slow.url)).body;
    }
    expect(job.state).toBe('done');
    const { body } = await get('/api/communities?algorithm=leiden&limit=10000');
    const leiden = parseStrict(CommunitiesSchema, body);
    expect(leiden).toMatchObject({ algorithm: 'leiden', resolution: 1, seed: 0, total: leiden.count });
    expect(leiden.modularity).toBeGreaterThan(0.3);
    expect(leiden.stability.seeds).toEqual([1, 2, 3, 4]);
    expect(leiden.communities.reduce((n, c) => n + c.size, 0)).toBe(network.order);
    const communityOf = new Map<string, number>();
    for (const c of leiden.communities) {
      const one = parseStrict(CommunitySchema, (await get(`/api/communities/${c.id}?algorithm=leiden`)).body);
      expect(one.algorithm).toBe('leiden');
      expect(one.members).toHaveLength(c.size);
      // connected: a search from the first member inside the community reaches every member
      const members = new Set(one.members.map((m) => m.id));
      for (const m of members) communityOf.set(m, c.id);
      const reached = new Set([one.members[0]!.id]);
      const stack = [one.members[0]!.id];
      while (stack.length > 0) {
        for (const v of network.neighbors(stack.pop()!)) {
          if (!members.has(v) || reached.has(v)) continue;
          reached.add(v);
          stack.push(v);
        }
      }
      expect(reached.size).toBe(members.size);
    }
    // the same partition in the columns of /api/metrics (the client's colour mode), Louvain's by default
    const table = parseStrict(MetricsTableSchema, (await get('/api/metrics?measures=degree&algorithm=leiden')).body);
    expect(table.algorithm).toBe('leiden');
    expect(new Map(table.nodes.map((id, i) => [id, table.community[i]]))).toEqual(communityOf);
    const byDefault = parseStrict(MetricsTableSchema, (await get('/api/metrics?measures=degree')).body);
    expect([byDefault.algorithm, new Set(byDefault.community).size]).toEqual(['louvain', louvain.count]);
    expect((await get('/api/communities?algorithm=infomap')).status).toBe(400);
  });

  it('answers 202 with a job when the result takes longer than the wait, then 200', async () => {
    const first = await get('/api/communities?seed=7', slow.url);
    expect(first.status).toBe(202);
    const location = first.headers.get('location')!;
    expect(location).toMatch(/^\/api\/jobs\//);
    // a client polls the job until it is no longer running (the API offers no other signal)
    let job = first.body.job;
    expect(job.state).toBe('running');
    while (job.state === 'running') {
      await new Promise((r) => setTimeout(r, 50));
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
