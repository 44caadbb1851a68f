/**
 * Results in Neo4j (issue 21): POST /api/analyses/write stores each place's results under the
 * export names and one (:Analysis) node; writing again replaces them; the dataset version does
 * not move, and the graph the analyses read leaves the properties out. Every Cypher example of
 * cypher/examples/ runs on them and answers what the API answers.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NODE_METRIC_PROPERTIES } from '../../contract/node-metrics.ts';
import type { Database } from '../../server/db/database.ts';
import { DATASET_KEY } from '../../server/db/graph-writer.ts';
import type { RunningService } from '../../server/runtime.ts';
import { seededTestDb, testConnection } from '../helpers/neo4j.ts';
import { startTestService } from '../helpers/service.ts';

const TOKEN = 'test-token-0123456789abcdef';
const EXAMPLES = path.resolve('cypher/examples');

type ExportedGraph = { nodes: { key: string; attributes: Record<string, unknown> }[]; edges: { source: string; target: string }[] };

describe('analysis results written to Neo4j', () => {
  let db: Database;
  let driver: Driver;
  let service: RunningService;
  let exported: ExportedGraph;
  const run = async (cypher: string, params: Record<string, unknown> = {}) =>
    (await driver.executeQuery(cypher, params, { database: 'neo4j' })).records.map((r) => r.toObject());
  const example = (name: string, params: Record<string, unknown> = {}) => {
    const text = fs.readFileSync(path.join(EXAMPLES, `${name}.cypher`), 'utf8');
    return run(text, params);
  };
  const write = (options?: Record<string, unknown>, token: string | null = TOKEN) =>
    fetch(`${service.url}/api/analyses/write`, {
      method: 'POST',
      headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...(options ? { 'Content-Type': 'application/json' } : {}) },
      ...(options ? { body: JSON.stringify(options) } : {}),
    });

  beforeAll(async () => {
    db = await seededTestDb();
    const c = testConnection();
    driver = neo4j.driver(c.uri, neo4j.auth.basic(c.user, c.password), { disableLosslessIntegers: true });
    service = await startTestService({ API_TOKEN: TOKEN });
    const res = await write();
    expect(res.status).toBe(200);
    exported = (await (await fetch(`${service.url}/api/export?format=json`)).json()) as ExportedGraph;
  });
  afterAll(async () => {
    await service?.stop();
    await driver?.close();
    await db?.close();
  });

  it('refuses without a token and checks the options', async () => {
    expect((await write(undefined, null)).status).toBe(401);
    expect((await write(undefined, 'wrong-token-0123456789abcdef')).status).toBe(403);
    const bad = await write({ seed: -1 });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toMatch(/seed/);
  });

  it("stores every analysed place's results under the export names, equal to the export's", async () => {
    const rows = await run('MATCH (m:Municipality) RETURN m.id AS id, properties(m) AS props');
    const stored = new Map(rows.map((r) => [r.id as string, r.props as Record<string, unknown>]));
    const analysed = exported.nodes.filter((n) => n.attributes.community !== undefined);
    expect(analysed.length).toBeGreaterThan(100);
    for (const { key, attributes } of analysed) {
      const props = stored.get(key)!;
      for (const { name } of NODE_METRIC_PROPERTIES) {
        if (name === 'leiden') continue; // not in the default export (on demand): checked below
        if (attributes[name] === undefined) expect(props[name], `${key}.${name}`).toBeUndefined();
        else expect(props[name], `${key}.${name}`).toBeCloseTo(attributes[name] as number, 12);
      }
      expect(Number.isInteger(props.leiden), `${key}.leiden`).toBe(true);
    }
    // places without a partnership get nothing
    const unanalysed = exported.nodes.filter((n) => n.attributes.community === undefined).map((n) => n.key);
    for (const key of unanalysed) expect(stored.get(key)!.community).toBeUndefined();
  });

  it('stores Leiden as /api/metrics?algorithm=leiden gives it, and integers as integers', async () => {
    const metrics = (await (await fetch(`${service.url}/api/metrics?algorithm=leiden`)).json()) as { nodes: string[]; community: number[] };
    const rows = await run(
      'MATCH (m:Municipality) WHERE m.leiden IS NOT NULL RETURN m.id AS id, m.leiden AS leiden, valueType(m.community) AS type',
    );
    const leiden = new Map(rows.map((r) => [r.id as string, r.leiden as number]));
    expect(leiden.size).toBe(metrics.nodes.length);
    metrics.nodes.forEach((id, i) => expect(leiden.get(id), id).toBe(metrics.community[i]));
    expect(new Set(rows.map((r) => r.type))).toEqual(new Set(['INTEGER NOT NULL']));
  });

  it('keeps the dataset version, leaves the properties out of the analysed graph, and replaces them on a second write', async () => {
    const version = async () => (await db.read<{ version: number }>('read/get-dataset', { key: DATASET_KEY }))[0]!.version;
    const before = await version();
    // a service that reads the graph afresh (after the write) does not take the results for data
    const fresh = await startTestService();
    try {
      const graph = (await (await fetch(`${fresh.url}/api/graph`)).json()) as ExportedGraph;
      expect(graph.nodes.length).toBe(exported.nodes.length);
      for (const n of graph.nodes)
        for (const { name } of NODE_METRIC_PROPERTIES) expect(n.attributes[name], `${n.key}.${name}`).toBeUndefined();
    } finally {
      await fresh.stop();
    }
    const again = await write({ seed: 7 });
    expect(again.status).toBe(200);
    const body = (await again.json()) as { datasetVersion: number; cleared: number; written: number; options: { seed: number } };
    expect(body).toMatchObject({ datasetVersion: before, options: { seed: 7 } });
    expect(body.cleared).toBe(body.written);
    expect(await version()).toBe(before);
    const [analysis, ...more] = await example('analysis');
    expect(more).toEqual([]);
    expect(analysis).toMatchObject({ datasetVersion: before, seed: 7 });
    expect(analysis!.properties).toEqual(expect.arrayContaining(['community', 'leiden', 'betweenness', 'coreNumber']));
    await write(); // back to the default options for the other tests of this file
  });

  it('writes from the command line too: npm run analyze -- --write', async () => {
    const c = testConnection();
    const cli = (...args: string[]) =>
      new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
        execFile(
          process.execPath,
          ['--import', 'tsx', 'server/cli/analyze.ts', ...args],
          { env: { ...process.env, NEO4J_URI: c.uri, NEO4J_USER: c.user, NEO4J_PASSWORD: c.password, LOG_LEVEL: 'silent' } },
          (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
        );
      });
    const refused = await cli('--write', 'seeds');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/--write analyses the database/);
    const result = await cli('--write', '--seed', '3', '--json');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const written = JSON.parse(result.stdout) as { written: number; options: { seed: number }; properties: string[] };
    expect(written).toMatchObject({ options: { seed: 3 } });
    const [analysis] = await example('analysis');
    expect(analysis).toMatchObject({ seed: 3, properties: written.properties });
    const [{ n }] = (await run('MATCH (m:Municipality) WHERE m.community IS NOT NULL RETURN count(m) AS n')) as [{ n: number }];
    expect(n).toBe(written.written);
    await write(); // back to the default options for the other tests of this file
  });

  it('runs every example of cypher/examples/ and answers as the API does', async () => {
    const files = fs.readdirSync(EXAMPLES).filter((f) => f.endsWith('.cypher'));
    expect(files.length).toBe(6);
    const limit = neo4j.int(10);
    const analysed = exported.nodes.filter((n) => n.attributes.community !== undefined);
    const ranked = (name: string) =>
      analysed
        .filter((n) => (n.attributes[name] as number) > 0 || name === 'betweenness')
        .sort((a, b) => (b.attributes[name] as number) - (a.attributes[name] as number) || a.key.localeCompare(b.key))
        .slice(0, 10)
        .map((n) => n.key);

    expect((await example('top-betweenness', { limit })).map((r) => r.id)).toEqual(ranked('betweenness'));
    expect((await example('german-brokers', { limit })).map((r) => r.id)).toEqual(ranked('brokerGermany'));

    const communities = (await (await fetch(`${service.url}/api/communities?limit=1000`)).json()) as {
      communities: { id: number; size: number }[];
    };
    const sizes = await example('community-sizes');
    expect(sizes.map((r) => [r.community, r.members])).toEqual(communities.communities.map((c) => [c.id, c.size]));

    const leiden = (await (await fetch(`${service.url}/api/communities?algorithm=leiden&limit=1`)).json()) as { count: number };
    const louvain = (await (await fetch(`${service.url}/api/communities?limit=1`)).json()) as { count: number };
    expect(await example('leiden-against-louvain')).toEqual([{ louvain: louvain.count, leiden: leiden.count, places: analysed.length }]);

    const community = new Map(analysed.map((n) => [n.key, n.attributes.community as number]));
    const pairs = new Map<string, number>();
    for (const { source, target } of exported.edges) {
      const [a, b] = [community.get(source)!, community.get(target)!].sort((x, y) => x - y);
      if (a !== b) pairs.set(`${a}-${b}`, (pairs.get(`${a}-${b}`) ?? 0) + 1);
    }
    const heaviest = [...pairs].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0], 'en', { numeric: true })).slice(0, 10);
    const ties = await example('ties-between-communities', { limit });
    expect(ties.map((r) => r.partnerships)).toEqual(heaviest.map(([, n]) => n));
  });
});
