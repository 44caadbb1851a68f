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
      '/api/layout/force',
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

  it('serves an interactive reference from this server alone, with no inline script', async () => {
    const res = await fetch(`${service.url}/api/docs`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    expect(res.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    const html = await res.text();
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(assets).toEqual(expect.arrayContaining(['/api/docs/swagger-ui-bundle.js', '/api/docs/swagger-ui.css', '/api/docs/init.js']));
    for (const asset of assets.filter((a) => a.startsWith('/api/'))) {
      const r = await fetch(`${service.url}${asset}`);
      expect(r.status, asset).toBe(200);
      await r.arrayBuffer();
    }
    expect(
      assets.every((a) => a.startsWith('/')),
      'no asset from another host',
    ).toBe(true);
    expect(await (await fetch(`${service.url}/api/docs/init.js`)).text()).toContain("url: '/api/openapi.json'");
    // only the files the page needs, not the whole package
    expect((await fetch(`${service.url}/api/docs/package.json`)).status).toBe(404);
  });
});
