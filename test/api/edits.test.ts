/** Writes: the token first (401/403), then validation (400), conflicts (409), limits (413), and the data. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db/database.ts';
import { DATASET_KEY } from '../../server/db/graph-writer.ts';
import type { RunningService } from '../../server/runtime.ts';
import { countGraph, seededTestDb } from '../helpers/neo4j.ts';
import { startTestService } from '../helpers/service.ts';

const TOKEN = 'test-token-0123456789abcdef';

let db: Database;
beforeAll(async () => {
  db = await seededTestDb();
});
afterAll(async () => {
  await db?.close();
});

/** What a refused write must leave as it was: the dataset version, the counts, and the records it aimed at. */
async function snapshot() {
  const [dataset] = await db.read('read/get-dataset', { key: DATASET_KEY });
  const [saarlouis] = await db.read('read/get-municipality', { id: 'de-saarlouis' });
  const [tie] = await db.read('read/get-partnership', { a: 'de-eisenhuttenstadt', b: 'de-saarlouis' });
  const [absent] = await db.read('read/get-partnership', { a: 'de-saarlouis', b: 'fr-paris' });
  return { version: dataset?.version, counts: await countGraph(db), saarlouis, tie, absent: absent ?? null };
}

describe('writes', () => {
  let service: RunningService;
  let readOnly: RunningService;
  beforeAll(async () => {
    service = await startTestService({ API_TOKEN: TOKEN });
    readOnly = await startTestService();
  });
  afterAll(async () => {
    await service?.stop();
    await readOnly?.stop();
  });
  const send = async (method: string, path: string, body?: unknown, token: string | null = TOKEN, base = service.url) => {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, type: res.headers.get('content-type'), body: text ? JSON.parse(text) : null };
  };

  it('refuses writes without a token (401), with a wrong one or a read-only server (403), before reading the body', async () => {
    expect((await send('POST', '/api/municipalities', { name: 'X', country: 'DE' }, null)).status).toBe(401);
    expect((await send('POST', '/api/municipalities', { name: 'X', country: 'DE' }, 'wrong')).status).toBe(403);
    expect((await send('POST', '/api/municipalities', { name: 'X', country: 'DE' }, `${TOKEN}x`)).status).toBe(403);
    expect((await send('POST', '/api/municipalities', { name: 'X', country: 'DE' }, TOKEN, readOnly.url)).status).toBe(403);
    // an invalid body is not even looked at without the right token
    expect((await send('POST', '/api/municipalities', '{broken', 'wrong')).status).toBe(403);
    expect((await send('DELETE', '/api/municipalities/x', undefined, null)).status).toBe(401);
  });

  it('changes nothing on a refused write: every write route, without a token (401) and with a wrong one (403)', async () => {
    const before = await snapshot();
    expect(before.tie).toMatchObject({ props: { since: 1986 } });
    expect(before.absent).toBeNull();
    const writes: [string, string, unknown][] = [
      ['POST', '/api/partnerships', { a: 'de-saarlouis', b: 'fr-paris', since: 2000 }],
      ['PATCH', '/api/partnerships/de-saarlouis/de-eisenhuttenstadt', { since: 2001, type: 'friendship' }],
      ['DELETE', '/api/partnerships/de-saarlouis/de-eisenhuttenstadt', undefined],
      ['PATCH', '/api/municipalities/de-saarlouis', { name: 'Sarrelouis', admin1: 'DE-BB' }],
      ['POST', '/api/municipalities', { name: 'Nowhere', country: 'DE' }],
      ['DELETE', '/api/municipalities/de-saarlouis', undefined],
    ];
    for (const [method, path, body] of writes) {
      const none = await send(method, path, body, null);
      expect(none.status, `${method} ${path} without a token`).toBe(401);
      expect(none.type).toMatch(/problem\+json/);
      expect((await send(method, path, body, 'not-the-token-0123456789')).status, `${method} ${path} with a wrong token`).toBe(403);
      expect((await send(method, path, body, TOKEN, readOnly.url)).status, `${method} ${path} on a read-only server`).toBe(403);
    }
    expect(await snapshot()).toEqual(before);
  });

  it('checks the token before it reads the body: a body over the limit is 401 without a token, 403 with a wrong one, 413 only with the right one', async () => {
    const huge = JSON.stringify({ name: 'x'.repeat(2_000_000), country: 'DE' });
    const before = await snapshot();
    for (const path of ['/api/municipalities', '/api/partnerships']) {
      expect((await send('POST', path, huge, null)).status, `${path} without a token`).toBe(401);
      expect((await send('POST', path, huge, 'not-the-token-0123456789')).status, `${path} with a wrong token`).toBe(403);
      expect((await send('POST', path, huge, TOKEN, readOnly.url)).status, `${path} on a read-only server`).toBe(403);
      expect((await send('POST', path, huge, TOKEN)).status, `${path} with the token`).toBe(413);
    }
    expect((await send('PATCH', '/api/partnerships/de-saarlouis/de-eisenhuttenstadt', huge, null)).status).toBe(401);
    expect((await send('PATCH', '/api/municipalities/de-saarlouis', huge, 'not-the-token-0123456789')).status).toBe(403);
    expect(await snapshot()).toEqual(before);
  });

  it('creates, changes and deletes a municipality and a partnership, bumping the dataset version', async () => {
    const v0 = ((await (await fetch(`${service.url}/api/health`)).json()) as any).dataset.version as number;
    const a = await send('POST', '/api/municipalities', {
      name: 'Testhausen <b>',
      country: 'de',
      admin1: 'DE-TH',
      lat: 50.9,
      lon: 11.0,
      sources: ['test'],
    });
    expect(a.status).toBe(201);
    expect(a.body.municipality).toMatchObject({
      id: 'de-testhausen-b',
      name: 'Testhausen <b>',
      country: 'DE',
      germany: 'east',
      bloc: 'east',
    });
    const b = await send('POST', '/api/municipalities', { id: 'fr-testville', name: "Testville'); DROP", country: 'FR' });
    expect(b.status).toBe(201);
    expect((await send('POST', '/api/municipalities', { id: 'fr-testville', name: 'Again', country: 'FR' })).status).toBe(409);

    const p = await send('POST', '/api/partnerships', { a: 'fr-testville', b: 'de-testhausen-b', since: 1991, sources: ['test'] });
    expect(p.status).toBe(201);
    expect(p.body.partnership).toMatchObject({ a: 'de-testhausen-b', b: 'fr-testville', type: 'partnership', since: 1991 });
    expect((await send('POST', '/api/partnerships', { a: 'de-testhausen-b', b: 'fr-testville' })).status).toBe(409);
    expect((await send('POST', '/api/partnerships', { a: 'de-testhausen-b', b: 'nowhere' })).status).toBe(404);

    const moved = await send('PATCH', '/api/municipalities/de-testhausen-b', { admin1: 'DE-HE' });
    expect(moved.body.municipality).toMatchObject({ germany: 'west', bloc: 'west' });
    const changed = await send('PATCH', '/api/partnerships/fr-testville/de-testhausen-b', { type: 'friendship', since: null });
    expect(changed.status).toBe(200);
    expect(changed.body.partnership.since).toBeUndefined();

    const detail = (await (await fetch(`${service.url}/api/municipalities/fr-testville`)).json()) as any;
    expect(detail.municipality.name).toBe("Testville'); DROP");
    expect(detail.partners).toEqual([
      expect.objectContaining({ id: 'de-testhausen-b', name: 'Testhausen <b>', type: 'friendship', since: null }),
    ]);

    expect((await send('DELETE', '/api/partnerships/de-testhausen-b/fr-testville')).status).toBe(200);
    expect((await send('DELETE', '/api/partnerships/de-testhausen-b/fr-testville')).status).toBe(404);
    expect((await send('DELETE', '/api/municipalities/de-testhausen-b')).status).toBe(200);
    const last = await send('DELETE', '/api/municipalities/fr-testville');
    expect(last.body.version).toBe(v0 + 8); // eight successful writes, one version each
    expect((await fetch(`${service.url}/api/municipalities/fr-testville`)).status).toBe(404);
  });

  it('makes an id by the one rule of contract/names.ts, and answers an id of the older slug rule as its alias', async () => {
    const created = await send('POST', '/api/municipalities', { name: 'St. Ingbert', country: 'DE', lat: 49.28, lon: 7.11 });
    expect(created.status).toBe(201);
    expect(created.body.municipality.id).toBe('de-sankt-ingbert');
    const alias = await fetch(`${service.url}/api/municipalities/de-st-ingbert`);
    expect(alias.status).toBe(200);
    expect(((await alias.json()) as any).municipality).toMatchObject({ id: 'de-sankt-ingbert', name: 'St. Ingbert' });
    const recommended = await fetch(`${service.url}/api/recommendations/de-st-ingbert`);
    expect(recommended.status).toBe(200);
    expect(((await recommended.json()) as any).id).toBe('de-sankt-ingbert');
    const patched = await send('PATCH', '/api/municipalities/de-st-ingbert', { population: 35000 });
    expect(patched.body.municipality).toMatchObject({ id: 'de-sankt-ingbert', population: 35000 });
    expect((await send('DELETE', '/api/municipalities/de-st-ingbert')).status).toBe(200);
    expect((await fetch(`${service.url}/api/municipalities/de-st-ingbert`)).status).toBe(404);
    expect((await fetch(`${service.url}/api/municipalities/de-sankt-ingbert`)).status).toBe(404);
  });

  it('answers 400 naming each bad field, 413 for a huge body, never 500', async () => {
    const bad = await send('POST', '/api/municipalities', { name: '', country: 'Germany', lat: 91, extra: 1 });
    expect(bad.status).toBe(400);
    expect(bad.type).toMatch(/problem\+json/);
    const fields = bad.body.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['name', 'country', 'lat', 'extra']));
    expect((await send('POST', '/api/partnerships', { a: 'x', b: 'x' })).status).toBe(400);
    expect((await send('POST', '/api/partnerships', { a: 'x', b: 'y', since: 2000, until: 1990 })).status).toBe(400);
    expect((await send('PATCH', '/api/municipalities/x', {})).status).toBe(400);
    expect((await send('POST', '/api/municipalities', '{"name": ')).status).toBe(400);
    expect((await send('POST', '/api/municipalities', '['.repeat(50_000) + ']'.repeat(50_000))).status).toBe(400);
    expect((await send('POST', '/api/municipalities', { name: 'x'.repeat(2_000_000), country: 'DE' })).status).toBe(413);
  });
});

describe('rate limit on expensive endpoints', () => {
  let limited: RunningService;
  beforeAll(async () => {
    limited = await startTestService({ RATE_LIMIT_PER_MINUTE: '3' });
  });
  afterAll(async () => {
    await limited?.stop();
  });

  it('answers 429 problem+json with Retry-After past the limit, and leaves cheap reads alone', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await fetch(`${limited.url}/api/regions`)).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const res = await fetch(`${limited.url}/api/regions`);
    expect(res.headers.get('retry-after')).toBe('60');
    expect(res.headers.get('content-type')).toMatch(/problem\+json/);
    expect((await fetch(`${limited.url}/api/health`)).status).toBe(200);
  });
});
