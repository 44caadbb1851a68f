/** The OpenAPI document comes from the same declarations that validate requests. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningService } from '../../server/runtime.ts';
import { seededTestDb } from '../helpers/neo4j.ts';
import { startTestService } from '../helpers/service.ts';

describe('GET /api/openapi.json and /api/docs', () => {
  let service: RunningService;
  beforeAll(async () => {
    const db = await seededTestDb();
    await db.close();
    service = await startTestService();
  });
  afterAll(async () => {
    await service?.stop();
  });

  it('documents every endpoint with the parameters it validates', async () => {
    const doc = (await (await fetch(`${service.url}/api/openapi.json`)).json()) as any;
    expect(doc.openapi).toBe('3.1.0');
    for (const path of [
      '/api/health',
      '/api/graph',
      '/api/municipalities',
      '/api/municipalities/{id}',
      '/api/partnerships/{a}/{b}',
      '/api/openapi.json',
    ]) {
      expect(doc.paths[path], path).toBeDefined();
    }
    const graphParams = doc.paths['/api/graph'].get.parameters.map((p: { name: string }) => p.name);
    expect(graphParams).toEqual(expect.arrayContaining(['types', 'from', 'to', 'includeUndated', 'countries', 'blocs', 'minDegree']));
    const limit = doc.paths['/api/municipalities'].get.parameters.find((p: { name: string }) => p.name === 'limit');
    expect(limit.schema).toMatchObject({ type: 'integer', minimum: 1, maximum: 500 });
    expect(doc.paths['/api/municipalities'].post.security).toEqual([{ bearer: [] }]);
    expect(doc.paths['/api/municipalities'].post.requestBody.content['application/json'].schema.properties).toHaveProperty('name');

    // what the document says is what the server enforces: the maximum is served, one more refused
    const most = await fetch(`${service.url}/api/municipalities?limit=${limit.schema.maximum}`);
    expect(most.status).toBe(200);
    const page = (await most.json()) as { total: number; items: unknown[] };
    expect(page.total).toBeGreaterThan(limit.schema.maximum);
    expect(page.items).toHaveLength(limit.schema.maximum);
    const tooMany = await fetch(`${service.url}/api/municipalities?limit=${limit.schema.maximum + 1}`);
    expect(tooMany.status).toBe(400);
  });

  it('serves a readable page', async () => {
    const res = await fetch(`${service.url}/api/docs`);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    const html = await res.text();
    expect(html).toContain('/api/graph');
    expect(html).toContain('includeUndated');
  });
});
