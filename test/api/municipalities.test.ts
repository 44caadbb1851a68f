/** Search (case- and diacritics-insensitive, umlaut transliterations, aliases) and one municipality. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningService } from '../../server/runtime.ts';
import { seededTestDb } from '../helpers/neo4j.ts';
import { startTestService } from '../helpers/service.ts';

describe('GET /api/municipalities', () => {
  let service: RunningService;
  beforeAll(async () => {
    const db = await seededTestDb();
    await db.close();
    service = await startTestService();
  });
  afterAll(async () => {
    await service?.stop();
  });
  const get = async (q: string) => {
    const res = await fetch(`${service.url}/api/municipalities${q}`);
    return { status: res.status, body: (await res.json()) as any };
  };

  it('finds a town whatever the case and diacritics, and by its English name', async () => {
    for (const q of ['Köln', 'koln', 'KOELN', 'cologne']) {
      const { status, body } = await get(`?q=${encodeURIComponent(q)}`);
      expect(status).toBe(200);
      expect(body.items[0].name, q).toBe('Köln');
    }
    const { body } = await get('?q=eisenhuttenstadt');
    expect(body.items[0]).toMatchObject({ name: 'Eisenhüttenstadt', country: 'DE', germany: 'east' });
  });

  it('filters by country and pages', async () => {
    const all = await get('?country=fr&limit=500');
    expect(all.body.total).toBeGreaterThan(10);
    expect(all.body.items.every((m: { country: string }) => m.country === 'FR')).toBe(true);
    const page = await get('?country=FR&limit=5&offset=5');
    expect(page.body.items.map((m: { id: string }) => m.id)).toEqual(all.body.items.slice(5, 10).map((m: { id: string }) => m.id));
  });

  it('rejects out-of-range and unknown parameters without clamping', async () => {
    expect((await get('?limit=0')).status).toBe(400);
    expect((await get('?limit=501')).status).toBe(400);
    const unknown = await get('?name=x');
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors[0].field).toContain('name');
  });

  it('returns one municipality with its partners, and 404 for any unknown id', async () => {
    const saarlouis = (await get('?q=saarlouis')).body.items[0];
    // metrics come from the whole-dataset analysis with default options; this service waits for
    // an analysis (ANALYSIS_WAIT_MS 60 s), so a 200 here means it is done and cached
    const analysis = await fetch(`${service.url}/api/communities?limit=1`);
    expect(analysis.status).toBe(200);
    await analysis.arrayBuffer();
    const { status, body } = await get(`/${encodeURIComponent(saarlouis.id)}`);
    expect(status).toBe(200);
    expect(body.metrics).not.toBeNull();
    expect(body).not.toHaveProperty('metricsJob');
    expect(body.municipality).toMatchObject({ name: 'Saarlouis', germany: 'west' });
    expect(body.partners.find((p: { name: string }) => p.name === 'Eisenhüttenstadt')).toMatchObject({ type: 'partnership', since: 1986 });
    expect(body.partners.every((p: { sources: string[] }) => p.sources.length > 0)).toBe(true);
    expect(body.metrics.degree).toMatchObject({ value: body.partners.length / (body.metrics.of - 1) });
    expect(body.metrics.betweenness.rank).toBeGreaterThanOrEqual(1);
    expect(body.recommendations.length).toBeGreaterThan(0);
    expect(body.recommendations[0].parts).toHaveProperty('crossing');
    for (const id of ['nope', 'de-00000000', '%20', "x' OR 1=1"]) {
      const r = await fetch(`${service.url}/api/municipalities/${encodeURIComponent(id)}`);
      expect(r.status, id).toBe(404);
      expect(r.headers.get('content-type')).toMatch(/problem\+json/);
    }
  });
});
