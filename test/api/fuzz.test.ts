/**
 * Property test of the HTTP edge: for every GET endpoint the OpenAPI document lists, random
 * values for its parameters (and random extra parameters, path ids and bodies for writes) never
 * give a 5xx, and every error is problem+json.
 *
 * The runs are reproducible: fast-check starts from a fixed seed, printed at the start; set
 * FUZZ_SEED=<integer> to explore other inputs (a failure prints its seed and path to replay).
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningService } from '../../server/runtime.ts';
import { seededTestDb } from '../helpers/neo4j.ts';
import { startTestService } from '../helpers/service.ts';

const TOKEN = 'fuzz-token-0123456789abcdef';
const DEFAULT_SEED = 20_261_204;

function fuzzSeed(): number {
  const raw = process.env.FUZZ_SEED;
  if (raw === undefined || raw === '') return DEFAULT_SEED;
  const seed = Number(raw);
  if (!Number.isSafeInteger(seed)) throw new Error(`FUZZ_SEED must be an integer, not ${JSON.stringify(raw)}`);
  return seed;
}
const SEED = fuzzSeed();

describe('the API under random input', () => {
  let service: RunningService;
  let paths: Record<string, Record<string, { parameters: { name: string; in: string }[] }>>;
  beforeAll(async () => {
    console.log(`fuzz seed ${SEED} (FUZZ_SEED=${SEED} replays these runs)`);
    const db = await seededTestDb();
    await db.close();
    service = await startTestService({ API_TOKEN: TOKEN, RATE_LIMIT_PER_MINUTE: '0' });
    paths = ((await (await fetch(`${service.url}/api/openapi.json`)).json()) as { paths: typeof paths }).paths;
  });
  afterAll(async () => {
    await service?.stop();
  });

  const value = fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.integer({ min: -5, max: 3000 }).map(String),
    fc.constantFrom(
      '',
      'true',
      'false',
      'csv',
      'json',
      'DE,FR',
      'east',
      '1990',
      '-1',
      '1e309',
      'NaN',
      '%',
      '%E0%A4%A',
      '<script>',
      "' OR 1=1",
      '9'.repeat(40),
    ),
  );

  it('never answers a GET with a 5xx', async () => {
    const gets = Object.entries(paths)
      .filter(([p, ops]) => ops.get && p !== '/api/health')
      .map(([p, ops]) => ({ path: p, params: ops.get!.parameters }));
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...gets),
        fc.array(fc.tuple(fc.nat(), value), { maxLength: 4 }),
        fc.option(fc.tuple(fc.string({ minLength: 1, maxLength: 8 }), value)),
        async (endpoint, picks, extra) => {
          const query = picks
            .map(([i, v]) => [endpoint.params.filter((p) => p.in === 'query')[i % Math.max(1, endpoint.params.length)]?.name, v] as const)
            .filter(([k]) => k !== undefined)
            .map(([k, v]) => `${encodeURIComponent(k!)}=${v.includes('%') ? v : encodeURIComponent(v)}`);
          if (extra) query.push(`${encodeURIComponent(extra[0])}=${encodeURIComponent(extra[1])}`);
          const path = endpoint.path.replace(/\{\w+\}/g, () => encodeURIComponent(picks[0]?.[1] ?? 'x') || 'x');
          const res = await fetch(`${service.url}${path}?${query.join('&')}`);
          const type = res.headers.get('content-type') ?? '';
          await res.arrayBuffer();
          expect(res.status, `${path}?${query.join('&')}`).toBeLessThan(500);
          if (res.status >= 400) expect(type).toMatch(/problem\+json/);
        },
      ),
      { numRuns: 300, seed: SEED },
    );
  });

  it('never answers a write with a 5xx, whatever the body', async () => {
    const body = fc.oneof(
      fc.json(),
      fc.string({ maxLength: 50 }),
      fc
        .record(
          { name: value, country: value, lat: fc.double(), a: value, b: value, since: fc.integer(), type: value },
          { requiredKeys: [] },
        )
        .map((o) => JSON.stringify(o)),
    );
    const target = fc.constantFrom(
      'POST /api/municipalities',
      'POST /api/partnerships',
      'PATCH /api/municipalities/de-saarlouis',
      'PATCH /api/partnerships/a/b',
      'POST /api/imports',
    );
    await fc.assert(
      fc.asyncProperty(target, body, async (t, b) => {
        const [method, path] = t.split(' ') as [string, string];
        const res = await fetch(`${service.url}${path}${path.endsWith('imports') ? '?dryRun=true' : ''}`, {
          method,
          headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': path.endsWith('imports') ? 'text/csv' : 'application/json' },
          body: b,
        });
        await res.arrayBuffer();
        expect(res.status, `${t} ${b.slice(0, 80)}`).toBeLessThan(500);
      }),
      { numRuns: 200, seed: SEED + 1 },
    );
  });
});
