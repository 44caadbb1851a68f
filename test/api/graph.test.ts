/** /api/graph: graphology's serialisation of what Neo4j holds, conditional requests, errors. */
import { UndirectedGraph } from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningService } from '../../server/runtime.ts';
import { countGraph, seededTestDb } from '../helpers/neo4j.ts';
import { startTestService } from '../helpers/service.ts';

describe('GET /api/graph', () => {
  let service: RunningService;
  let counts: Awaited<ReturnType<typeof countGraph>>;
  beforeAll(async () => {
    const db = await seededTestDb();
    counts = await countGraph(db);
    await db.close();
    service = await startTestService();
  });
  afterAll(async () => {
    await service?.stop();
  });

  it('returns every municipality and partnership in a form Graph.from loads', async () => {
    const res = await fetch(`${service.url}/api/graph`);
    expect(res.status).toBe(200);
    const data = (await res.json()) as SerializedGraph;
    const graph = UndirectedGraph.from(data);
    expect(counts.partnerships).toBeGreaterThan(0);
    expect(graph.order).toBe(counts.municipalities);
    expect(graph.size).toBe(counts.partnerships);
    const first = data.nodes[0]!;
    expect(first.attributes).toHaveProperty('name');
    expect(first.attributes).toHaveProperty('country');
    expect(data.edges[0]!.attributes).toHaveProperty('type');
  });

  it('applies the filters and says what it left out', async () => {
    const all = UndirectedGraph.from((await (await fetch(`${service.url}/api/graph`)).json()) as SerializedGraph);
    const res = await fetch(`${service.url}/api/graph?to=1990&types=partnership`);
    expect(res.status).toBe(200);
    const data = (await res.json()) as SerializedGraph;
    const view = UndirectedGraph.from(data);
    const expected = all.filterEdges(
      (_e, a) => a.type === 'partnership' && typeof a.since === 'number' && a.since <= 1990 && !(a.until < 1990),
    );
    expect(view.size).toBe(expected.length);
    expect(view.size).toBeGreaterThan(0);
    const leftOut = data.attributes!.leftOut as { partnerships: Record<string, number> };
    const left = Object.values(leftOut.partnerships).reduce((a, b) => a + b, 0);
    expect(view.size + left).toBe(all.size);
    const bad = await fetch(`${service.url}/api/graph?from=2000&to=1990`);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { errors: { field: string }[] }).errors[0]?.field).toBe('from');
  });

  it('answers 304 to a conditional request for the same dataset version', async () => {
    const res = await fetch(`${service.url}/api/graph`);
    const etag = res.headers.get('etag');
    expect(etag).toMatch(/^"v\d+-[\w-]+"$/);
    const again = await fetch(`${service.url}/api/graph`, { headers: { 'If-None-Match': etag! } });
    expect(again.status).toBe(304);
  });

  it('answers problem+json for an unknown route, an unknown parameter and a malformed URL', async () => {
    const unknown = await fetch(`${service.url}/api/nothing-here`);
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const param = await fetch(`${service.url}/api/graph?colour=red`);
    expect(param.status).toBe(400);
    expect(((await param.json()) as { errors: { field: string }[] }).errors[0]?.field).toContain('colour');
    const malformed = await fetch(`${service.url}/api/graph/%E0%A4%A`);
    expect(malformed.status).toBe(400);
    expect(malformed.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });
});
