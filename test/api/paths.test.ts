/**
 * Routes through the network (GET /api/paths, GET /api/ego/:id) and the k-cores of the analyses
 * (GET /api/structure, GET /api/metrics) on the seed dataset: every answer parsed with its contract
 * schema (no key it leaves out), and checked against breadth-first searches and k-cores written
 * here, by definition, on the graph that /api/graph gives for the same filters.
 */
import { UndirectedGraph } from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MetricsTableSchema, StructureSchema } from '../../contract/api/analyses.ts';
import { EgoSchema, PathsSchema } from '../../contract/api/paths.ts';
import type { RunningService } from '../../server/runtime.ts';
import { parseStrict } from '../helpers/contract.ts';
import { seededTestDb } from '../helpers/neo4j.ts';
import { startTestService } from '../helpers/service.ts';

const TOKEN = 'paths-token-0123456789abcdef';
// a year range, and countries
const FILTERS = ['', 'to=1990&includeUndated=true', 'countries=DE,FR'];

/** The same filters for /api/paths, whose places are `from` and `to`: there the years are `since` and `until`. */
function pathFilters(q: string): string {
  const years: Record<string, string> = { from: 'since', to: 'until' };
  return [...new URLSearchParams(q)].map(([k, v]) => `${years[k] ?? k}=${v}`).join('&');
}

/** Distances and numbers of shortest paths from `source`, by breadth-first search. */
function bfs(graph: UndirectedGraph, source: string): { dist: Map<string, number>; sigma: Map<string, number>; order: string[] } {
  const dist = new Map([[source, 0]]);
  const sigma = new Map([[source, 1]]);
  const order = [source];
  for (let h = 0; h < order.length; h++) {
    const v = order[h]!;
    graph.forEachNeighbor(v, (w) => {
      if (!dist.has(w)) {
        dist.set(w, dist.get(v)! + 1);
        sigma.set(w, 0);
        order.push(w);
      }
      if (dist.get(w) === dist.get(v)! + 1) sigma.set(w, sigma.get(w)! + sigma.get(v)!);
    });
  }
  return { dist, sigma, order };
}

/** The shortest path whose ids come first: from the source, always the smallest id one step closer to the target. */
function firstShortestPath(graph: UndirectedGraph, source: string, target: string): string[] {
  const toTarget = bfs(graph, target).dist;
  const path = [source];
  while (path[path.length - 1] !== target) {
    const here = toTarget.get(path[path.length - 1]!)!;
    path.push(graph.filterNeighbors(path[path.length - 1]!, (w) => toTarget.get(w) === here - 1).sort()[0]!);
  }
  return path;
}

/** Core numbers by definition: v's is the largest k such that v survives removing every node of degree below k, repeatedly. */
function coreNumbers(graph: UndirectedGraph): Map<string, number> {
  const core = new Map<string, number>(graph.mapNodes((v) => [v, 0]));
  for (let k = 1; ; k++) {
    const g = graph.copy();
    for (let dropped = true; dropped;) {
      dropped = false;
      for (const v of g.nodes()) {
        if (g.degree(v) >= k) continue;
        g.dropNode(v);
        dropped = true;
      }
    }
    if (g.order === 0) return core;
    g.forEachNode((v) => core.set(v, k));
  }
}

describe('paths, neighbourhoods and k-cores', () => {
  let service: RunningService;
  const graphs = new Map<string, UndirectedGraph>();
  beforeAll(async () => {
    const db = await seededTestDb();
    await db.close();
    service = await startTestService({ API_TOKEN: TOKEN });
    // a place named by an older id rule (de-st-ingbert), partnered with Saarlouis
    const saarlouis = (await get('/api/municipalities?q=Saarlouis')).body.items[0].id as string;
    const post = (path: string, body: unknown) =>
      fetch(`${service.url}${path}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
    expect((await post('/api/municipalities', { name: 'St. Ingbert', country: 'DE', lat: 49.28, lon: 7.11 })).status).toBe(201);
    expect((await post('/api/partnerships', { a: 'de-sankt-ingbert', b: saarlouis, since: 1980 })).status).toBe(201);
    for (const q of FILTERS) graphs.set(q, UndirectedGraph.from((await get(`/api/graph?${q}`)).body as SerializedGraph));
  });
  afterAll(async () => {
    await service?.stop();
  });
  async function get(path: string) {
    const res = await fetch(`${service.url}${path}`);
    const text = await res.text();
    return { status: res.status, type: res.headers.get('content-type') ?? '', body: JSON.parse(text) };
  }
  const hub = (graph: UndirectedGraph) => graph.nodes().sort((a, b) => graph.degree(b) - graph.degree(a) || (a < b ? -1 : 1))[0]!;

  it.each(FILTERS)('lists shortest paths that are those of /api/graph, counted in full and ordered by their ids (%s)', async (q) => {
    const graph = graphs.get(q)!;
    const source = hub(graph);
    const { dist, sigma } = bfs(graph, source);
    const reached = [...dist.keys()].filter((t) => t !== source);
    const most = reached.sort((a, b) => sigma.get(b)! - sigma.get(a)! || (a < b ? -1 : 1))[0]!;
    const farthest = reached.sort((a, b) => dist.get(b)! - dist.get(a)! || (a < b ? -1 : 1))[0]!;
    expect(sigma.get(most)).toBeGreaterThan(1);
    for (const target of [most, farthest, source]) {
      const { status, body } = await get(`/api/paths?from=${source}&to=${target}&limit=100&${pathFilters(q)}`);
      expect(status).toBe(200);
      const answer = parseStrict(PathsSchema, body);
      expect([answer.source.id, answer.target.id, answer.length, answer.count]).toEqual([
        source,
        target,
        dist.get(target),
        sigma.get(target),
      ]);
      expect(answer.paths).toHaveLength(Math.min(100, sigma.get(target)!));
      const ids = answer.paths.map((path) => path.map((p) => p.id));
      expect(ids[0]).toEqual(firstShortestPath(graph, source, target));
      for (const [i, path] of ids.entries()) {
        expect(path).toHaveLength(answer.length! + 1);
        expect([path[0], path[path.length - 1]]).toEqual([source, target]);
        for (let j = 1; j < path.length; j++) expect(graph.hasEdge(path[j - 1]!, path[j]!)).toBe(true);
        if (i > 0) expect(ids[i - 1]!.join('\u0000') < path.join('\u0000')).toBe(true);
      }
      for (const place of answer.paths.flat()) {
        expect(place).toEqual({
          id: place.id,
          name: graph.getNodeAttribute(place.id, 'name'),
          country: graph.getNodeAttribute(place.id, 'country') ?? null,
        });
      }
      // counted in full, whatever the limit; 10 listed by default
      for (const limit of ['limit=1', '']) {
        const some = parseStrict(PathsSchema, (await get(`/api/paths?from=${source}&to=${target}&${limit}&${pathFilters(q)}`)).body);
        const listed = limit ? 1 : 10;
        expect([some.limit, some.count, some.paths]).toEqual([listed, sigma.get(target), answer.paths.slice(0, listed)]);
      }
    }
  });

  it('answers places that are not connected with no path, and names places by their older ids', async () => {
    const graph = graphs.get('')!;
    const source = hub(graph);
    const { dist } = bfs(graph, source);
    const apart = graph.findNode((v) => !dist.has(v) && graph.degree(v) > 0);
    const alone = graph.findNode((v) => graph.degree(v) === 0);
    expect(apart).toBeDefined();
    for (const target of [apart, alone].filter((t) => t !== undefined)) {
      const { status, body } = await get(`/api/paths?from=${source}&to=${target}`);
      expect(status).toBe(200);
      expect(parseStrict(PathsSchema, body)).toMatchObject({ length: null, count: 0, paths: [] });
    }
    const alias = parseStrict(PathsSchema, (await get('/api/paths?from=de-st-ingbert&to=de-sankt-ingbert')).body);
    expect([alias.source.id, alias.length, alias.count, alias.paths]).toEqual([
      'de-sankt-ingbert',
      0,
      1,
      [[{ id: 'de-sankt-ingbert', name: 'St. Ingbert', country: 'DE' }]],
    ]);
  });

  it('answers 404 for a place unknown or left out by the filters, 400 for bad parameters', async () => {
    const full = graphs.get('')!;
    const source = hub(full);
    // partnered, but with no partnership founded by 1990
    const by1990 = UndirectedGraph.from((await get('/api/graph?to=1990')).body as SerializedGraph);
    const leftOut = full.findNode((v) => full.degree(v) > 0 && !by1990.hasNode(v))!;
    expect(leftOut).toBeDefined();
    for (const path of [
      `/api/paths?from=${source}&to=xx-nowhere`,
      '/api/ego/xx-nowhere',
      `/api/paths?from=${source}&to=${leftOut}&until=1990`,
      `/api/ego/${leftOut}?to=1990`,
    ]) {
      const { status, type, body } = await get(path);
      expect([path, status, type]).toEqual([path, 404, expect.stringMatching(/problem\+json/)]);
      expect(body.detail).toMatch(/No municipality with id/);
    }
    // `from` and `to` are places here: a year range is `since` and `until`, the other endpoints' names are unknown
    for (const query of ['limit=0', 'limit=101', 'to=', 'resolution=2', 'since=2000&until=1990', 'since=x', 'radius=1', 'source=x']) {
      const params = new URLSearchParams(`from=${source}&to=${source}`);
      for (const [k, v] of new URLSearchParams(query)) params.set(k, v);
      expect([query, (await get(`/api/paths?${params}`)).status]).toEqual([query, 400]);
    }
    expect((await get(`/api/paths?from=${source}`)).status).toBe(400);
    expect((await get(`/api/paths?from=${source}&to=${source}&since=2000&until=1990`)).body.errors).toEqual([
      { field: 'since', message: expect.stringMatching(/since.*until/) },
    ]);
    for (const query of ['radius=0', 'radius=4', 'max=0', 'max=20001', 'limit=5']) {
      expect([query, (await get(`/api/ego/${source}?${query}`)).status]).toEqual([query, 400]);
    }
  });

  it.each(FILTERS)('gives the neighbourhood within 1, 2 and 3 partnerships as a graph, nearest first, cut at max (%s)', async (q) => {
    const graph = graphs.get(q)!;
    const center = hub(graph);
    const { dist } = bfs(graph, center);
    for (const radius of [1, 2, 3]) {
      const { status, body } = await get(`/api/ego/${center}?radius=${radius}&${q}`);
      expect(status).toBe(200);
      const answer = parseStrict(EgoSchema, body);
      const within = [...dist.keys()].filter((v) => dist.get(v)! <= radius);
      expect(answer.attributes).toMatchObject({ center, radius, truncated: false, total: within.length });
      const ego = UndirectedGraph.from(body as SerializedGraph);
      expect(ego.nodes().sort()).toEqual(within.sort());
      const among = graph.filterEdges((_e, _a, s, t) => ego.hasNode(s) && ego.hasNode(t));
      expect(ego.edges().sort()).toEqual(among.sort());
      ego.forEachNode((v, a) => expect(a).toEqual(graph.getNodeAttributes(v)));
      ego.forEachEdge((e, a) => expect(a).toEqual(graph.getEdgeAttributes(e)));
      const order = answer.nodes.map((n) => dist.get(n.key)!);
      expect(order).toEqual([...order].sort((a, b) => a - b));
      expect(answer.nodes[0]!.key).toBe(center);
    }
    const cut = parseStrict(EgoSchema, (await get(`/api/ego/${center}?radius=3&max=5&${q}`)).body);
    const whole = parseStrict(EgoSchema, (await get(`/api/ego/${center}?radius=3&${q}`)).body);
    expect(cut.attributes).toMatchObject({ truncated: true, total: whole.attributes.total });
    expect(cut.nodes).toEqual(whole.nodes.slice(0, 5));
    expect(cut.edges.every((e) => cut.nodes.some((n) => n.key === e.source) && cut.nodes.some((n) => n.key === e.target))).toBe(true);
    expect(parseStrict(EgoSchema, (await get('/api/ego/de-st-ingbert')).body).attributes.center).toBe('de-sankt-ingbert');
  });

  it.each(FILTERS)('gives core numbers, the degeneracy and the shells of the network analysed (%s)', async (q) => {
    const network = graphs.get(q)!.copy();
    network.forEachNode((v) => {
      if (network.degree(v) === 0) network.dropNode(v);
    });
    const core = coreNumbers(network);
    const table = parseStrict(MetricsTableSchema, (await get(`/api/metrics?measures=degree&${q}`)).body);
    expect(table.coreNumber).toEqual(table.nodes.map((v) => core.get(v)));
    expect(table.nodes.sort()).toEqual(network.nodes().sort());
    const structure = parseStrict(StructureSchema, (await get(`/api/structure?${q}`)).body);
    const degeneracy = Math.max(...core.values());
    expect(degeneracy).toBeGreaterThanOrEqual(2);
    expect(structure.degeneracy).toBe(degeneracy);
    const sizes = new Map<number, number>();
    for (const k of core.values()) sizes.set(k, (sizes.get(k) ?? 0) + 1);
    expect(structure.shells).toEqual([...sizes].sort(([a], [b]) => a - b).map(([k, size]) => ({ k, size })));
  });
});
