/** /api/health with Neo4j up (200, dataset version) and unreachable (503 with the reason). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../server/neo4j/local-neo4j.ts';
import type { RunningService } from '../../server/runtime.ts';
import { startTestService } from '../helpers/service.ts';

describe('GET /api/health', () => {
  let up: RunningService;
  let down: RunningService;
  beforeAll(async () => {
    up = await startTestService();
    // nothing listens on this port: the service starts anyway and reports Neo4j as down
    down = await startTestService({ NEO4J_URI: `bolt://127.0.0.1:${await freePort()}` });
  });
  afterAll(async () => {
    await up?.stop();
    await down?.stop();
  });

  it('is 200 with Neo4j up and the dataset version', async () => {
    const res = await fetch(`${up.url}/api/health`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, any>;
    expect(body.status).toBe('ok');
    expect(body.neo4j).toMatchObject({ status: 'up', mode: 'external' });
    expect(body.dataset.version).toBeGreaterThan(0);
    expect(body.dataset.partnerships).toBeGreaterThan(0);
    expect(JSON.stringify(body)).not.toContain(process.env.NEO4J_PASSWORD ?? '\u0000');
  });

  it('is 503 with the reason when Neo4j cannot be reached, and reads are 503 problem+json', async () => {
    const res = await fetch(`${down.url}/api/health`);
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('5');
    const body = (await res.json()) as Record<string, any>;
    expect(body).toMatchObject({ status: 'unavailable', neo4j: { status: 'down', mode: 'external' } });
    expect(body.neo4j.reason).toMatch(/not reachable/);

    const graph = await fetch(`${down.url}/api/graph`);
    expect(graph.status).toBe(503);
    expect(graph.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(graph.headers.get('retry-after')).toBe('5');
    const problem = (await graph.json()) as Record<string, any>;
    expect(problem).toMatchObject({ status: 503, title: 'Service unavailable' });
    expect(JSON.stringify(problem)).not.toMatch(/at .*\.ts:\d+|ServiceUnavailable/);
  });

  it('rejects unknown parameters with a 400 naming them', async () => {
    const res = await fetch(`${up.url}/api/health?verbose=1`);
    expect(res.status).toBe(400);
    const problem = (await res.json()) as { errors: { field: string }[] };
    expect(problem.errors[0]?.field).toContain('verbose');
  });
});
