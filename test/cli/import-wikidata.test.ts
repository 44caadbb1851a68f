/**
 * `npm run import -- --wikidata`: a refresh from Wikidata's P190 statements. A stub SPARQL endpoint
 * on loopback serves test/fixtures/import/wikidata-p190-seeds.json (W3C SPARQL JSON results built
 * from seed ties with documented years: Berlin–Los Angeles 1967, Hamburg–Dresden 1987, Köln–
 * Liverpool 1952, …) page by page, as the public service would; no test dials the public host.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db/database.ts';
import { GraphStore } from '../../server/db/graph-store.ts';
import { runCli } from '../helpers/cli.ts';
import { countGraph, emptyTestDb } from '../helpers/neo4j.ts';

const FIXTURE = JSON.parse(fs.readFileSync('test/fixtures/import/wikidata-p190-seeds.json', 'utf8')) as {
  head: unknown;
  results: { bindings: unknown[] };
};
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'jumelage-wikidata-'));

const importCli = (...args: string[]) => runCli('import', ...args);

describe('npm run import -- --wikidata', () => {
  let db: Database;
  let server: http.Server;
  let endpoint: string;
  const queries: string[] = [];
  beforeAll(async () => {
    db = await emptyTestDb();
    // pages of 5,000 statements: the stub answers by the query's OFFSET, like the real service
    server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        const query = new URLSearchParams(body).get('query') ?? '';
        queries.push(query);
        const offset = Number(/OFFSET (\d+)/.exec(query)?.[1] ?? -1);
        const bindings = offset === 0 ? FIXTURE.results.bindings : [];
        res.writeHead(200, { 'content-type': 'application/sparql-results+json' });
        res.end(JSON.stringify({ head: FIXTURE.head, results: { bindings } }));
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/sparql`;
  });
  afterAll(async () => {
    await new Promise((r) => server.close(r));
    await db?.close();
    fs.rmSync(out, { recursive: true, force: true });
  });

  it('queries the endpoint, saves the answer with its date, and imports it with years and AGS keys', async () => {
    const run = await importCli('--wikidata', '--endpoint', endpoint, '--out', out, '--json');
    expect(run.code, run.stderr).toBe(0);
    expect(queries).toHaveLength(1);
    expect(queries[0]).toMatch(/p:P190[\s\S]*LIMIT 5000 OFFSET 0[\s\S]*pq:P580[\s\S]*pq:P582[\s\S]*wdt:P439/);
    const saved = path.join(out, `wikidata-p190-${new Date().toISOString().slice(0, 10)}.json`);
    expect(JSON.parse(fs.readFileSync(saved, 'utf8')).results.bindings).toHaveLength(FIXTURE.results.bindings.length);
    const summary = JSON.parse(run.stdout) as { format: string; partnerships: number; merged: { partnerships: number } };
    expect(summary).toMatchObject({ format: 'wikidata-json', partnerships: 9, merged: { partnerships: 3 } });
    expect(await countGraph(db)).toMatchObject({ partnerships: 9 });
    const { graph } = await new GraphStore(db).get();
    const since = (a: string, b: string) => graph.getEdgeAttribute(graph.edge(a, b)!, 'since') as number;
    expect(since('de-11000000', 'us-los-angeles')).toBe(1967);
    expect(since('de-02000000', 'de-14612000')).toBe(1987);
    expect(since('de-05315000', 'gb-liverpool')).toBe(1952);
    expect(graph.getNodeAttributes('de-14612000')).toMatchObject({ name: 'Dresden', ags: '14612000', wikidata: 'Q1731', germany: 'east' });
  });

  it('fails with a clear error when the endpoint cannot be reached, and writes nothing', async () => {
    const before = await countGraph(db);
    const closed = http.createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((r) => closed.close(r));
    const run = await importCli('--wikidata', '--endpoint', `http://127.0.0.1:${port}/sparql`, '--out', out);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      new RegExp(`Cannot reach the SPARQL endpoint http://127\\.0\\.0\\.1:${port}/sparql \\(page 1\\): .*ECONNREFUSED`),
    );
    expect(await countGraph(db)).toEqual(before);
  });
});
