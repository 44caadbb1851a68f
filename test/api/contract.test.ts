/**
 * The contract (contract/api/) against the real service: the OpenAPI document declares an answer
 * for every 2xx and a body for every write, and every JSON answer parses with its schema and sends
 * no key the schema leaves out (test/helpers/contract.ts).
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import * as analyses from '../../contract/api/analyses.ts';
import { AcceptedSchema, JobSchema } from '../../contract/api/common.ts';
import { DeletedSchema, MunicipalityWrittenSchema, PartnershipWrittenSchema } from '../../contract/api/edits.ts';
import { DistancesSchema, EvolutionSchema } from '../../contract/api/evolution.ts';
import { GraphSchema } from '../../contract/api/graph.ts';
import { HealthSchema } from '../../contract/api/health.ts';
import { ImportSummarySchema } from '../../contract/api/imports.ts';
import { ForceLayoutSchema } from '../../contract/api/layout.ts';
import { MunicipalitiesSchema, MunicipalitySchema } from '../../contract/api/municipalities.ts';
import * as regions from '../../contract/api/regions.ts';
import type { RunningService } from '../../server/runtime.ts';
import { parseStrict } from '../helpers/contract.ts';
import { seededTestDb } from '../helpers/neo4j.ts';
import { startTestService } from '../helpers/service.ts';

const TOKEN = 'contract-token-0123456789abcdef';

type Operation = {
  requestBody?: { content: Record<string, { schema: Record<string, unknown> }> };
  responses: Record<string, { content?: Record<string, { schema: Record<string, unknown> }> }>;
};

describe('the contract', () => {
  let service: RunningService;
  let busy: RunningService;
  beforeAll(async () => {
    const db = await seededTestDb();
    await db.close();
    service = await startTestService({ API_TOKEN: TOKEN });
    busy = await startTestService({ ANALYSIS_WAIT_MS: '0' });
  });
  afterAll(async () => {
    await service?.stop();
    await busy?.stop();
  });

  /** GET `path` of `base`, expecting `status`, and the body checked against `schema`. */
  async function check<S extends z.ZodType>(schema: S, path: string, status = 200, base = service.url): Promise<z.infer<S>> {
    const res = await fetch(`${base}${path}`);
    const text = await res.text();
    expect(res.status, `${path}: ${text.slice(0, 300)}`).toBe(status);
    return parseStrict(schema, JSON.parse(text), path);
  }

  async function write<S extends z.ZodType>(schema: S, method: string, path: string, body: unknown, status = 200): Promise<z.infer<S>> {
    const res = await fetch(`${service.url}${path}`, {
      method,
      headers: { Authorization: `Bearer ${TOKEN}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    expect(res.status, `${method} ${path}: ${text.slice(0, 300)}`).toBe(status);
    return parseStrict(schema, JSON.parse(text), `${method} ${path}`);
  }

  it('declares a schema for every 2xx answer, and the request body of every write', async () => {
    const doc = (await (await fetch(`${service.url}/api/openapi.json`)).json()) as { paths: Record<string, Record<string, Operation>> };
    const operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops).map(([method, op]) => ({ path, method, op })),
    );
    expect(operations.length).toBeGreaterThanOrEqual(25);
    for (const { path, method, op } of operations) {
      const name = `${method.toUpperCase()} ${path}`;
      const ok = Object.keys(op.responses).filter((s) => Number(s) >= 200 && Number(s) < 300 && s !== '202' && s !== '204');
      expect(ok.length, `${name} has a 2xx answer`).toBeGreaterThan(0);
      for (const status of ok) {
        const content = Object.entries(op.responses[status]!.content ?? {});
        expect(content.length, `${name} ${status} has content`).toBeGreaterThan(0);
        for (const [media, { schema }] of content)
          expect(Object.keys(schema ?? {}).length, `${name} ${status} ${media}`).toBeGreaterThan(0);
      }
      if (method === 'post' || method === 'patch') {
        const content = Object.entries(op.requestBody?.content ?? {});
        expect(content.length, `${name} declares its request body`).toBeGreaterThan(0);
        for (const [media, { schema }] of content) expect(Object.keys(schema ?? {}).length, `${name} body ${media}`).toBeGreaterThan(0);
      } else expect(op.requestBody, `${name} takes no body`).toBeUndefined();
    }
    expect(Object.keys(doc.paths['/api/imports']!.post!.requestBody!.content)).toEqual(
      expect.arrayContaining(['text/csv', 'application/xml']),
    );
    expect(doc.paths['/api/municipalities']!.post!.responses['201']!.content!['application/json']!.schema).toHaveProperty(
      'properties.municipality',
    );
    expect(doc.paths['/api/health']!.get!.responses['503']!.content).toHaveProperty('application/json');
  });

  it('answers the service, graph and municipality endpoints as the contract says', async () => {
    await check(HealthSchema, '/api/health');
    const graph = await check(GraphSchema, '/api/graph');
    expect(graph.nodes.length).toBeGreaterThan(100);
    await check(GraphSchema, '/api/graph?to=1990&countries=DE,PL&minDegree=1');
    const layout = await check(ForceLayoutSchema, '/api/layout/force');
    expect(Object.keys(layout.positions)).toHaveLength(graph.nodes.length);
    const search = await check(MunicipalitiesSchema, '/api/municipalities?q=saar');
    const saarlouis = search.items.find((m) => m.name === 'Saarlouis')!;
    await check(MunicipalitiesSchema, '/api/municipalities?country=FR&limit=500');
    // the analysis first (this service waits for it), so that the detail carries metrics
    await check(analyses.CommunitiesSchema, '/api/communities');
    const detail = await check(MunicipalitySchema, `/api/municipalities/${saarlouis.id}`);
    expect(detail.metrics).not.toBeNull();
    const alone = graph.nodes.find((n) => !graph.edges.some((e) => e.source === n.key || e.target === n.key));
    if (alone) expect((await check(MunicipalitySchema, `/api/municipalities/${alone.key}`)).metrics).toBeNull();
  });

  it('answers every analysis endpoint as the contract says', async () => {
    const ranking = await check(analyses.RankingSchema, '/api/metrics/centrality?measure=betweenness&limit=50');
    await check(analyses.RankingSchema, '/api/metrics/centrality?measure=betweenness&betweenness=sampled&k=50&limit=5');
    await check(analyses.RankingSchema, '/api/metrics/centrality?measure=pagerank&offset=10');
    await check(analyses.MetricsTableSchema, '/api/metrics');
    await check(analyses.MetricsTableSchema, '/api/metrics?measures=degree,closeness&to=2000');
    const communities = await check(analyses.CommunitiesSchema, '/api/communities?limit=3');
    await check(analyses.CommunitySchema, `/api/communities/${communities.communities[0]!.id}`);
    await check(analyses.StructureSchema, '/api/structure');
    for (const level of ['germany', 'europe']) await check(analyses.EastWestSchema, `/api/bridges/east-west?level=${level}`);
    for (const level of ['country', 'state', 'district']) {
      await check(regions.RegionsSchema, `/api/regions?level=${level}`);
      await check(regions.RegionsSchema, `/api/regions/under-connected?level=${level}&rule=percentile`);
    }
    for (const level of ['state', 'district']) {
      const table = await check(regions.RegionsSchema, `/api/regions?level=${level}&rule=ratio`);
      expect(table.rows.length).toBeGreaterThan(0);
      await check(regions.RegionDetailSchema, `/api/regions/${table.rows[0]!.region}`);
      await check(regions.RegionGeometrySchema, `/api/regions/geometry?level=${level}`);
    }
    await check(analyses.RecommendationsSchema, `/api/recommendations/${ranking.items[0]!.id}`);
  });

  // where a statistic is undefined (NaN, sent as null by JSON), the contract must say null too:
  // views of one partnership, and of none
  it.each(['types=sponsorship', 'countries=AQ'])('answers every analysis as the contract says on a degenerate view (%s)', async (q) => {
    await check(analyses.MetricsTableSchema, `/api/metrics?${q}`);
    await check(analyses.RankingSchema, `/api/metrics/centrality?measure=eigenvector&${q}`);
    await check(analyses.CommunitiesSchema, `/api/communities?${q}`);
    await check(analyses.StructureSchema, `/api/structure?${q}`);
    for (const level of ['germany', 'europe']) await check(analyses.EastWestSchema, `/api/bridges/east-west?level=${level}&${q}`);
    await check(EvolutionSchema, `/api/evolution?from=1980&to=2000&step=10&${q}`);
    await check(DistancesSchema, `/api/distances?${q}`);
    for (const level of ['country', 'state', 'district']) {
      await check(regions.RegionsSchema, `/api/regions?level=${level}&${q}`);
      await check(regions.RegionsSchema, `/api/regions/under-connected?level=${level}&${q}`);
    }
  });

  it('answers 202 with a job, the job, and the municipality without metrics while it runs', async () => {
    const accepted = await check(AcceptedSchema, '/api/structure?seed=11', 202, busy.url);
    const pending = await check(MunicipalitySchema, '/api/municipalities/de-saarlouis', 200, busy.url);
    expect(pending.metrics === null ? pending.metricsJob : 'done').toBeTruthy();
    let job = await check(JobSchema, `/api/jobs/${accepted.job.id}`, 200, busy.url);
    for (let i = 0; i < 600 && job.state === 'running'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      job = await check(JobSchema, `/api/jobs/${accepted.job.id}`, 200, busy.url);
    }
    expect(job.state).toBe('done');
  });

  it('answers the writes and an import as the contract says', async () => {
    const created = await write(
      MunicipalityWrittenSchema,
      'POST',
      '/api/municipalities',
      { name: 'Contractville', country: 'FR', lat: 48.1, lon: 2.2, sources: ['test'] },
      201,
    );
    const id = created.municipality.id;
    await write(MunicipalityWrittenSchema, 'PATCH', `/api/municipalities/${id}`, { population: 1200, lat: null });
    const tie = await write(
      PartnershipWrittenSchema,
      'POST',
      '/api/partnerships',
      { a: id, b: 'de-saarlouis', since: 2001, sources: ['test'] },
      201,
    );
    await write(PartnershipWrittenSchema, 'PATCH', `/api/partnerships/${tie.partnership.a}/${tie.partnership.b}`, {
      type: 'friendship',
      until: 2020,
    });
    await write(DeletedSchema, 'DELETE', `/api/partnerships/${tie.partnership.a}/${tie.partnership.b}`, undefined);
    await write(DeletedSchema, 'DELETE', `/api/municipalities/${id}`, undefined);

    const post = async (file: string, query: string, type: string) => {
      const res = await fetch(`${service.url}/api/imports${query}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': type },
        body: new Uint8Array(fs.readFileSync(`test/fixtures/import/${file}`)),
      });
      const text = await res.text();
      expect(res.status, text.slice(0, 300)).toBe(200);
      return parseStrict(ImportSummarySchema, JSON.parse(text), `POST /api/imports ${file}`);
    };
    expect((await post('gephi-1.3.gexf', '?dryRun=true', 'application/xml')).write).toBeNull();
    expect((await post('wikidata-sparql.json', '?format=wikidata-json&name=p190.json', 'application/json')).write).not.toBeNull();
  });
});
