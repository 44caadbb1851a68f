/**
 * Exports over HTTP: every format round-trips through the importers (export → import → the same
 * graph and attributes), the GEXF is well-formed XML that NetworkX reads with the counts of
 * /api/graph, names that look like markup stay text, and every file credits its sources.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLValidator } from 'fast-xml-parser';
import { strFromU8, unzipSync } from 'fflate';
import { UndirectedGraph } from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningService } from '../../server/runtime.ts';
import { runImport } from '../../server/services/import.service.ts';
import { connectTestDb } from '../helpers/neo4j.ts';
import { requirePython } from '../helpers/python.ts';
import { startTestService } from '../helpers/service.ts';
import { loadFixture, servesCurrentVersion, TRICKY_ID, TRICKY_NAME } from './fixture.ts';

/** The data model's attributes an importer of GEXF/GraphML reads back (sources become the import's own; see README "Exports"). */
const NODE_ATTRS = [
  'name',
  'country',
  'admin1',
  'admin2',
  'ags',
  'wikidata',
  'kind',
  'lat',
  'lon',
  'population',
  'germany',
  'bloc',
] as const;
const EDGE_ATTRS = ['type', 'since', 'until'] as const;

/**
 * `moved`: places whose coordinates the importer deliberately dropped (its geocode check found
 * them in another country, and said so in a warning); everything else must be equal.
 */
function expectSameGraph(actual: UndirectedGraph, expected: UndirectedGraph, moved = new Set<string>()): void {
  expect(actual.order).toBe(expected.order);
  expect(actual.size).toBe(expected.size);
  const diffs: string[] = [];
  expected.forEachNode((node, e) => {
    if (!actual.hasNode(node)) return void diffs.push(`node ${node} missing`);
    const a = actual.getNodeAttributes(node);
    for (const k of NODE_ATTRS)
      if (!(moved.has(node) && (k === 'lat' || k === 'lon')) && (a[k] ?? null) !== (e[k] ?? null))
        diffs.push(`${node}.${k}: ${JSON.stringify(a[k])} != ${JSON.stringify(e[k])}`);
    const list = (x: unknown) => (Array.isArray(x) ? [...x].sort() : []);
    for (const k of ['aliases', 'networks']) {
      if (JSON.stringify(list(a[k])) !== JSON.stringify(list(e[k])))
        diffs.push(`${node}.${k}: ${JSON.stringify(a[k])} != ${JSON.stringify(e[k])}`);
    }
  });
  // the multilateral networks, with their names
  const networks = (g: UndirectedGraph) =>
    JSON.stringify(((g.getAttribute('networks') as { id: string; name: string }[]) ?? []).toSorted((x, y) => x.id.localeCompare(y.id)));
  if (networks(actual) !== networks(expected)) diffs.push(`networks: ${networks(actual)} != ${networks(expected)}`);
  expected.forEachEdge((edge, e, s, t) => {
    const found = actual.edge(s, t);
    if (found === undefined) return void diffs.push(`edge ${edge} missing`);
    const a = actual.getEdgeAttributes(found);
    for (const k of EDGE_ATTRS)
      if ((a[k] ?? null) !== (e[k] ?? null)) diffs.push(`${edge}.${k}: ${JSON.stringify(a[k])} != ${JSON.stringify(e[k])}`);
  });
  expect(diffs.slice(0, 20)).toEqual([]);
}

describe('exports', () => {
  let service: RunningService;
  let slow: RunningService;
  let original: UndirectedGraph;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'jumelage-export-'));

  const get = async (p: string, base = service.url) => {
    const res = await fetch(`${base}${p}`);
    const bytes = new Uint8Array(await res.arrayBuffer());
    return { status: res.status, headers: res.headers, bytes, text: new TextDecoder().decode(bytes) };
  };
  const graphOf = async (query = '') => UndirectedGraph.from(JSON.parse((await get(`/api/graph${query}`)).text) as SerializedGraph);

  /** An export once its analyses are done (polls the job while the answer is 202). */
  async function exported(query: string) {
    for (let i = 0; i < 600; i++) {
      const res = await get(`/api/export?${query}`);
      if (res.status !== 202) return res;
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`export ${query} did not finish`);
  }

  /**
   * Replaces the database's graph by the import of `text` and returns the graph the API then
   * serves, with the places whose coordinates the importer dropped (named in its warnings).
   */
  async function reimport(name: string, text: string): Promise<{ graph: UndirectedGraph; moved: Set<string> }> {
    const db = connectTestDb();
    let summary;
    try {
      summary = await runImport(db, [{ name, bytes: new TextEncoder().encode(text) }], name, {
        format: 'auto',
        strict: false,
        dryRun: false,
        replace: true,
        allMunicipalities: false,
      });
    } finally {
      await db.close();
    }
    await servesCurrentVersion(service.url);
    const graph = await graphOf();
    const warned = summary.warnings.filter((w) => w.code === 'wrong-country-geocode').map((w) => w.message);
    const moved = new Set(graph.filterNodes((_n, a) => warned.some((m) => m.startsWith(`${String(a.name)} (`))));
    expect(moved.size).toBe(warned.length);
    const other = summary.warnings.filter((w) => w.code !== 'wrong-country-geocode');
    expect(other).toEqual([]);
    return { graph, moved };
  }

  beforeAll(async () => {
    await loadFixture();
    service = await startTestService();
    slow = await startTestService({ ANALYSIS_WAIT_MS: '0' });
    original = await graphOf();
  });
  afterAll(async () => {
    await service?.stop();
    await slow?.stop();
    fs.rmSync(tmp, { recursive: true, force: true });
    await loadFixture();
  });

  it('writes GEXF 1.3 with metrics, credits and the founding year as edge start', async () => {
    const res = await exported('format=gexf');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/gexf\+xml/);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="jumelage-v\d+\.gexf"$/);
    expect(XMLValidator.validate(res.text)).toBe(true);
    expect(res.text).toContain('<gexf version="1.3" xmlns="http://gexf.net/1.3"');
    expect(res.text).toMatch(/<graph mode="dynamic" timeformat="integer" defaultedgetype="undirected">/);
    expect(res.text).toMatch(/<edge start="1990" id="de-01001000\|fr-script-town"/);
    for (const attr of ['betweenness', 'community', 'germany', 'bloc', 'country', 'lat', 'lon', 'population', 'since', 'sources'])
      expect(res.text).toContain(`<attribute id="${attr}"`);
    expect(res.text).toMatch(/<description>[^<]*CC0 1\.0[^<]*de\.wikipedia\.org[^<]*CC BY-SA 4\.0/);
    expect(res.text).not.toContain('<script>');
    expect(res.text).toContain('label="&lt;script>alert(&quot;x&quot;)&lt;/script> &amp; Co\'s &quot;Town&quot;"');
  });

  it('opens in NetworkX with the counts of /api/graph, unfiltered and filtered', async () => {
    const python = requirePython('networkx');
    const script = [
      'import json, sys, networkx as nx',
      'g = nx.read_gexf(sys.argv[1])',
      'starts = [d["start"] for _, _, d in g.edges(data=True) if "start" in d]',
      'node = g.nodes.get(sys.argv[2], {})',
      'print(json.dumps({"nodes": g.number_of_nodes(), "edges": g.number_of_edges(), "directed": g.is_directed(), "starts": len(starts), "startType": type(starts[0]).__name__ if starts else None, "mode": g.graph.get("mode"), "label": node.get("label"), "community": type(node.get("community")).__name__, "lat": node.get("lat")}))',
    ].join('\n');
    const opened: Record<string, Record<string, unknown>> = {};
    for (const query of ['', '?from=1950&to=1995', '?countries=PL,FR&types=partnership,friendship']) {
      const gexf = await exported(`format=gexf${query ? `&${query.slice(1)}` : ''}`);
      expect(gexf.status).toBe(200);
      const file = path.join(tmp, `graph${query.length}.gexf`);
      fs.writeFileSync(file, gexf.bytes);
      const nx = JSON.parse(execFileSync(python, ['-c', script, file, TRICKY_ID], { encoding: 'utf8' })) as Record<string, unknown>;
      const api = await graphOf(query);
      const dated = api.filterEdges((_e, a) => typeof a.since === 'number').length;
      expect(nx).toMatchObject({ nodes: api.order, edges: api.size, directed: false, starts: dated, startType: 'int', mode: 'dynamic' });
      opened[query] = nx;
    }
    // the unfiltered view holds the town with the tricky name: NetworkX reads it back unchanged
    expect(opened['']).toMatchObject({ label: TRICKY_NAME, community: 'int', lat: 47.05 });
  });

  it('round-trips GEXF through the importer: the same graph and attributes', async () => {
    expect((original.getAttribute('networks') as unknown[]).length).toBeGreaterThan(0); // the seeds' Neue Hanse
    const gexf = (await exported('format=gexf')).text;
    try {
      const back = await reimport('export.gexf', gexf);
      expectSameGraph(back.graph, original, back.moved);
    } finally {
      await loadFixture();
      await servesCurrentVersion(service.url);
    }
  });

  it('round-trips GraphML through the importer, and credits its sources', async () => {
    const res = await exported('format=graphml');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/filename="jumelage-v\d+\.graphml"/);
    expect(XMLValidator.validate(res.text)).toBe(true);
    expect(res.text).toMatch(/<!-- Town twinning partnerships[^>]*CC0 1\.0/);
    expect(res.text).toContain('<key id="n_pagerank" for="node" attr.name="pagerank" attr.type="double">');
    try {
      const back = await reimport('export.graphml', res.text);
      expectSameGraph(back.graph, original, back.moved);
    } finally {
      await loadFixture();
      await servesCurrentVersion(service.url);
    }
  });

  it('writes graphology JSON that loads back as the same graph, with metrics and credits', async () => {
    const res = await exported('format=json');
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const back = UndirectedGraph.from(JSON.parse(res.text) as SerializedGraph);
    expect(back.order).toBe(original.order);
    expect(back.size).toBe(original.size);
    original.forEachNode((node, attr) => {
      const b = back.getNodeAttributes(node);
      for (const [k, v] of Object.entries(attr)) expect([node, k, b[k]]).toEqual([node, k, v]);
      // places without a partnership are data, not part of the network analysed: no metrics
      const analysed = original.degree(node) > 0;
      expect([node, typeof b.pagerank, typeof b.community]).toEqual(
        analysed ? [node, 'number', 'number'] : [node, 'undefined', 'undefined'],
      );
    });
    expect(original.someNode((n) => original.degree(n) === 0)).toBe(true);
    original.forEachEdge((edge, attr) => {
      const b = back.getEdgeAttributes(edge);
      for (const [k, v] of Object.entries(attr)) expect(b[k]).toEqual(v);
    });
    const credits = back.getAttribute('credits') as { text: string; web: { host: string; licence: string | null }[] };
    expect(credits.text).toContain('CC0 1.0');
    expect(credits.text).toMatch(/East\/West by coordinates: the former GDR boundary derived from BKG VG250 \(© GeoBasis-DE \/ BKG 2019/);
    expect(credits.web.find((w) => w.host === 'de.wikipedia.org')?.licence).toBe('CC BY-SA 4.0');
    expect(back.getAttribute('datasetVersion')).toBe((await graphOf()).getAttribute('datasetVersion'));
    // metrics=false: the data alone, answered at once
    const plain = UndirectedGraph.from(JSON.parse((await get('/api/export?format=json&metrics=false')).text) as SerializedGraph);
    expect(plain.getNodeAttribute(TRICKY_ID, 'pagerank')).toBeUndefined();
    expect(plain.getNodeAttribute(TRICKY_ID, 'name')).toBe(TRICKY_NAME);
  });

  it('writes CSV tables in a zip with a README, or one table, UTF-8 with one header row', async () => {
    const res = await exported('format=csv');
    expect(res.headers.get('content-type')).toBe('application/zip');
    expect(res.headers.get('content-disposition')).toMatch(/filename="jumelage-v\d+-csv\.zip"/);
    const files = unzipSync(res.bytes);
    expect(Object.keys(files).sort()).toEqual(['README.txt', 'edges.csv', 'nodes.csv', 'sources.csv']);
    const nodes = parseCsv(strFromU8(files['nodes.csv']!), { columns: true }) as Record<string, string>[];
    const edges = parseCsv(strFromU8(files['edges.csv']!), { columns: true }) as Record<string, string>[];
    expect(nodes).toHaveLength(original.order);
    expect(edges).toHaveLength(original.size);
    const tricky = nodes.find((n) => n.id === TRICKY_ID)!;
    expect(tricky).toMatchObject({ name: TRICKY_NAME, country: 'FR', aliases: 'Ville <b>bold</b>|Autre & nom', population: '1234' });
    expect(Number(tricky.degree)).toBe(original.degree(TRICKY_ID));
    const tie = edges.find((e) => e.b === TRICKY_ID || e.a === TRICKY_ID)!;
    expect(tie).toMatchObject({ type: expect.any(String), crossEurope: expect.stringMatching(/^(true|false)$/) });
    expect(strFromU8(files['README.txt']!)).toMatch(/CREDITS AND LICENCES\n.*CC0 1\.0/);
    expect(strFromU8(files['sources.csv']!).split('\n')[0]).toBe(
      'source,kind,licence,attribution,file,format,sha256,importedAt,citations,pages',
    );
    const one = await get('/api/export?format=csv&table=edges');
    expect(one.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(one.text.split('\n')[0]).toBe('a,b,a_name,b_name,type,since,until,crossGermany,crossEurope,sources');
    expect(one.text).toBe(strFromU8(files['edges.csv']!));
    expect((await get('/api/export?format=gexf&table=nodes')).status).toBe(400);
    expect((await get('/api/export?format=ods')).status).toBe(400);
  });

  it('answers 202 with a job while the analyses run, then the file; and 304 when current', async () => {
    const first = await get('/api/export?format=graphml&seed=7', slow.url);
    expect(first.status).toBe(202);
    const location = first.headers.get('location')!;
    for (let i = 0; i < 200; i++) {
      const job = JSON.parse((await get(location, slow.url)).text) as { state: string };
      if (job.state !== 'running') break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const done = await fetch(`${slow.url}/api/export?format=graphml&seed=7`);
    expect(done.status).toBe(200);
    const again = await fetch(`${slow.url}/api/export?format=graphml&seed=7`, { headers: { 'If-None-Match': done.headers.get('etag')! } });
    expect(again.status).toBe(304);
  });
});
