/**
 * OpenGDS (Neo4j Graph Data Science) in the project-managed Neo4j (NEO4J_GDS=true): resolved from
 * Maven Central into `<home>/gds` (neo4j/gds/pom.xml), started with the server, reported by
 * /api/health, and its figures against ours on the seed dataset, every place and every measure, with
 * the differences of normalisation stated and corrected for (ours are NetworkX's defaults):
 *
 * - degree: GDS counts partners; NetworkX divides by n − 1;
 * - betweenness: GDS counts each unordered pair once, unnormalised; NetworkX normalises by
 *   (n − 1)(n − 2) / 2 for an undirected graph;
 * - harmonic closeness: GDS divides the sum of 1/d by n − 1; NetworkX does not;
 * - closeness: both with the Wasserman-Faust correction (`useWassermanFaust`);
 * - k-core numbers, the sizes of the connected components and the numbers of bridges and
 *   articulation points compare directly.
 * - PageRank: GDS's scores sum to n, ours to 1; ours stop at NetworkX's tolerance (below).
 * Then the API under ANALYTICS_ENGINE=gds against the in-process one, whole and filtered
 * (test/helpers/engines.ts: the communities too, by modularity and NMI), our Louvain kept at a
 * resolution GDS's has no parameter for, and the clear 503 when that engine meets a Neo4j without GDS.
 * test/integration/gds-default-dataset.test.ts does the same on the default dataset.
 * Eigenvector centrality is not compared: on this graph of many components GDS's scores differ from
 * NetworkX's by up to 0.42 (measured 2026-12-05), so the engine gives ours.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HealthSchema } from '../../contract/api/health.ts';
import { CommunitiesSchema, MetricsTableSchema, StructureSchema, type MetricsTable } from '../../contract/api/analyses.ts';
import { startService, type RunningService } from '../../server/runtime.ts';
import { parseStrict } from '../helpers/contract.ts';
import { seededTestDb } from '../helpers/neo4j.ts';
import { embeddedTestConfig, startTestService } from '../helpers/service.ts';
import { expectEnginesAgree, TOLERANCE } from '../helpers/engines.ts';

const GDS_VERSION = '2.13.9';

describe('OpenGDS in the project-managed Neo4j', () => {
  let service: RunningService;
  /** The same database, analysed with ANALYTICS_ENGINE=gds. */
  let gdsEngine: RunningService;
  let driver: Driver;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jumelage-gds-'));
    const config = embeddedTestConfig(dataDir, { NEO4J_HEAP: '768m', NEO4J_GDS: 'true', ANALYSIS_WAIT_MS: '60000' });
    // the first run resolves OpenGDS from Maven Central (129 jars, 15 MB)
    service = await startService(config, pino({ level: 'silent' }));
    const conn = service.localNeo4j!.connection();
    driver = neo4j.driver(conn.uri, neo4j.auth.basic(conn.user, conn.password), { disableLosslessIntegers: true });
    // the test helper's service, on this Neo4j instead of the test server
    gdsEngine = await startTestService({
      NEO4J_URI: conn.uri,
      NEO4J_USER: conn.user,
      NEO4J_PASSWORD: conn.password,
      ANALYTICS_ENGINE: 'gds',
    });
  }, 600_000);
  afterAll(async () => {
    await gdsEngine?.stop();
    await driver?.close();
    await service?.stop();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  }, 120_000);

  it('says in /api/health that the connected server has GDS, and which version', async () => {
    const res = await fetch(`${service.url}/api/health`);
    expect(res.status, await res.clone().text()).toBe(200);
    const body = parseStrict(HealthSchema, await res.json(), '/api/health');
    expect(body.neo4j.gds).toEqual({ available: true, version: GDS_VERSION });
  });

  it('gives the figures of our analyses, once the normalisations are matched', async () => {
    const res = await fetch(`${service.url}/api/metrics?measures=degree,betweenness,closeness,harmonic,pagerank`);
    expect(res.status).toBe(200);
    const ours: MetricsTable = parseStrict(MetricsTableSchema, await res.json(), '/api/metrics');
    const n = ours.nodes.length;
    expect(n).toBeGreaterThan(100);
    // our analyses leave out the places without a partnership: so does the projection
    expect(ours.leftOut.municipalities.withoutPartnership).toBeGreaterThan(0);

    const run = async (query: string) =>
      new Map((await driver.executeQuery(query)).records.map((r) => [r.get('id') as string, r.get('value') as number]));
    await driver.executeQuery(
      `MATCH (a:Municipality)-[:PARTNERSHIP]->(b:Municipality)
       RETURN gds.graph.project('jumelage-check', a, b, {}, {undirectedRelationshipTypes: ['*']}).nodeCount AS nodeCount`,
    );
    const streamed = (procedure: string, config = '{}') =>
      run(`CALL ${procedure}('jumelage-check', ${config}) YIELD nodeId, ${procedure.includes('kcore') ? 'coreValue' : procedure.includes('wcc') ? 'componentId' : 'score'} AS value
           RETURN gds.util.asNode(nodeId).id AS id, value`);
    const gds = {
      degree: await streamed('gds.degree.stream'),
      betweenness: await streamed('gds.betweenness.stream'),
      closeness: await streamed('gds.closeness.stream', '{useWassermanFaust: true}'),
      harmonic: await streamed('gds.closeness.harmonic.stream'),
      core: await streamed('gds.kcore.stream'),
      component: await streamed('gds.wcc.stream'),
      pagerank: await streamed('gds.pageRank.stream', '{dampingFactor: 0.85, maxIterations: 1000, tolerance: 1e-12}'),
    };
    expect(gds.degree.size).toBe(n);

    // GDS's figure brought to NetworkX's normalisation
    const corrected: Record<'degree' | 'betweenness' | 'closeness' | 'harmonic', (v: number) => number> = {
      degree: (v) => v / (n - 1),
      betweenness: (v) => (2 * v) / ((n - 1) * (n - 2)),
      closeness: (v) => v,
      harmonic: (v) => v * (n - 1),
    };
    for (const measure of ['degree', 'betweenness', 'closeness', 'harmonic'] as const) {
      const column = ours.measures[measure]!;
      const off = ours.nodes
        .map((id, i) => ({ id, ours: column[i]!, gds: corrected[measure](gds[measure].get(id)!) }))
        .filter((d) => !(Math.abs(d.ours - d.gds) <= TOLERANCE * Math.max(1, Math.abs(d.ours))));
      expect(off.slice(0, 5), `${measure}: places where GDS differs (of ${n})`).toEqual([]);
    }
    expect(ours.nodes.map((id) => gds.core.get(id))).toEqual(ours.coreNumber);

    // PageRank: GDS's scores sum to n (ours to 1), and GDS runs to 1e-12 here while ours stops as
    // NetworkX does, when an iteration moves the scores by less than n · 1e-6 in all (L1); the
    // fixed point is then at most that · d / (1 − d) away
    const ranks = ours.measures.pagerank!;
    const sum = [...gds.pagerank.values()].reduce((a, b) => a + b, 0);
    const l1 = ours.nodes.reduce((total, id, i) => total + Math.abs(gds.pagerank.get(id)! / sum - ranks[i]!), 0);
    expect(l1).toBeLessThanOrEqual((n * 1e-6 * 0.85) / 0.15);

    // components, bridges and articulation points against /api/structure
    const sizes = new Map<number, number>();
    for (const id of ours.nodes) sizes.set(gds.component.get(id)!, (sizes.get(gds.component.get(id)!) ?? 0) + 1);
    const count = async (query: string) => (await driver.executeQuery(query)).records[0]!.get('count') as number;
    const bridges = await count("CALL gds.bridges.stream('jumelage-check') YIELD from RETURN count(*) AS count");
    const cuts = await count("CALL gds.articulationPoints.stream('jumelage-check') YIELD nodeId RETURN count(*) AS count");
    await driver.executeQuery("CALL gds.graph.drop('jumelage-check') YIELD graphName RETURN graphName");
    const structure = parseStrict(StructureSchema, await (await fetch(`${service.url}/api/structure`)).json(), '/api/structure');
    expect([...sizes.values()].sort((a, b) => b - a)).toEqual([...structure.componentSizes].sort((a, b) => b - a));
    expect(bridges).toBe(structure.bridges.total);
    expect(cuts).toBe(structure.articulationPoints.total);
  });

  it('answers the API with the figures and communities of GDS under ANALYTICS_ENGINE=gds, filtered views too', async () => {
    for (const query of ['', '&to=1990']) {
      for (const a of await expectEnginesAgree(service, gdsEngine, query))
        console.error(
          `[gds] seed dataset${query}, ${a.algorithm}: modularity ours ${a.modularity.ours.toFixed(4)}, GDS ${a.modularity.gds.toFixed(4)}; NMI ${a.nmi.toFixed(3)} (our stability ${a.stability.toFixed(3)})`,
        );
    }
  });

  it("keeps our Louvain at a resolution GDS's Louvain has no parameter for, and says so; GDS's Leiden takes it", async () => {
    const communities = async (service: RunningService, query: string) => {
      const res = await fetch(`${service.url}/api/communities?limit=1&${query}`);
      expect(res.status, await res.clone().text()).toBe(200);
      return parseStrict(CommunitiesSchema, await res.json(), '/api/communities');
    };
    const [ours, kept] = [await communities(service, 'resolution=2'), await communities(gdsEngine, 'resolution=2')];
    expect([ours.engine, kept.engine]).toEqual(['inprocess', 'inprocess']);
    expect(kept.modularity).toBe(ours.modularity);
    expect(kept.count).toBe(ours.count);
    const [one, two] = [
      await communities(gdsEngine, 'algorithm=leiden&resolution=1'),
      await communities(gdsEngine, 'algorithm=leiden&resolution=2'),
    ];
    expect([one.engine, two.engine, two.resolution]).toEqual(['gds', 'gds', 2]);
    // a higher resolution splits the network finer (Reichardt & Bornholdt 2006)
    expect(two.count).toBeGreaterThan(one.count);
  });

  it('answers 503 with what to do when ANALYTICS_ENGINE=gds meets a Neo4j without GDS, and serves the rest', async () => {
    const db = await seededTestDb();
    await db.close();
    const withoutGds = await startTestService({ ANALYTICS_ENGINE: 'gds' });
    try {
      const res = await fetch(`${withoutGds.url}/api/metrics?measures=degree`);
      expect(res.status).toBe(503);
      expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      const problem = (await res.json()) as { detail: string };
      expect(problem.detail).toMatch(
        /ANALYTICS_ENGINE=gds, but the connected Neo4j has no Graph Data Science.*NEO4J_GDS=true.*ANALYTICS_ENGINE=inprocess/,
      );
      expect((await fetch(`${withoutGds.url}/api/graph`)).status).toBe(200);
    } finally {
      await withoutGds.stop();
    }
  });
});
