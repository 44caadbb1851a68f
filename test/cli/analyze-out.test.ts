/**
 * `npm run analyze -- <file> --out metrics.csv|.gexf|.graphml` (issue 21, part 4): every node's
 * results written without Neo4j, under the contract's names (contract/node-metrics.ts): the
 * columns, each node's values against the suite run in-process on the same file and against
 * NetworkX's betweenness (test/fixtures/cli/analyze-networkx.json), the GEXF and GraphML as
 * NetworkX reads them, and the errors: an unknown extension is refused before any work, and a
 * failed run leaves no file, not even half of one.
 */
import { execFile, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NODE_METRIC_PROPERTIES } from '../../contract/node-metrics.ts';
import { compute as computeLeiden } from '../../server/analytics/communities/leiden.ts';
import { buildCsr } from '../../server/analytics/csr.ts';
import { computeSuite, type Suite } from '../../server/analytics/suite/full-suite.ts';
import { NODE_DATA_FIELDS } from '../../server/export/fields.ts';
import { readFileGraph } from '../../server/import/file-graph.ts';
import { requirePython } from '../helpers/python.ts';

const SMALL = 'test/fixtures/import/networkx-1.2draft.gexf';
const REFERENCE = JSON.parse(fs.readFileSync('test/fixtures/cli/analyze-networkx.json', 'utf8')) as {
  files: Record<string, { betweenness: Record<string, number> }>;
};

function analyze(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'server/cli/analyze.ts', ...args], { maxBuffer: 64 << 20 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

describe('npm run analyze -- <file> --out', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'jumelage-analyze-out-'));
  const out = (name: string) => path.join(tmp, name);
  let suite: Suite;
  let leiden: Map<string, number>;
  let rows: Record<string, string>[];
  let header: string[];

  beforeAll(async () => {
    for (const f of ['metrics.csv', 'metrics.gexf', 'metrics.graphml']) {
      const run = await analyze(SMALL, '--json', '--out', out(f));
      expect(run.code, run.stderr).toBe(0);
      expect(run.stderr).toContain(`wrote the metrics of 7 nodes to ${out(f)}`);
    }
    const text = fs.readFileSync(out('metrics.csv'), 'utf8');
    header = text.split('\n')[0]!.split(',');
    rows = parseCsv(text, { columns: true }) as Record<string, string>[];
    const file = await readFileGraph(SMALL);
    suite = await computeSuite(file.graph);
    const csr = buildCsr(file.graph);
    const partition = computeLeiden(csr, { resolution: 1, seed: 0 });
    leiden = new Map(csr.keys.map((k, i) => [k, partition.communities[i]!]));
  });
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it("writes one CSV row per node with the contract's metric columns after the data columns", () => {
    expect(header).toEqual(['id', ...NODE_DATA_FIELDS.map((f) => f.name), ...NODE_METRIC_PROPERTIES.map((p) => p.name)]);
    expect(rows.map((r) => r.id).sort()).toEqual([...suite.nodes].sort());
    expect(rows.find((r) => r.id === 'koeln')).toMatchObject({ name: 'Köln', country: 'DE', germany: 'west' });
    expect(fs.readdirSync(tmp).sort()).toEqual(['metrics.csv', 'metrics.gexf', 'metrics.graphml']);
  });

  it("gives each node the suite's values, Leiden's community and NetworkX's betweenness", () => {
    const reference = REFERENCE.files[SMALL]!.betweenness;
    for (const row of rows) {
      const i = suite.nodes.indexOf(row.id!);
      const expected: Record<string, number> = {
        degreeCentrality: suite.centrality.degree[i]!,
        betweenness: suite.centrality.betweenness[i]!,
        closeness: suite.centrality.closeness[i]!,
        harmonic: suite.centrality.harmonic[i]!,
        pagerank: suite.centrality.pagerank[i]!,
        eigenvector: suite.centrality.eigenvector[i]!,
        clustering: suite.structure.clustering[i]!,
        coreNumber: suite.structure.coreNumber[i]!,
        component: suite.structure.component[i]!,
        community: suite.communities.membership[i]!,
        leiden: leiden.get(row.id!)!,
      };
      for (const [column, value] of Object.entries(expected))
        expect([row.id, column, Number(row[column])]).toEqual([row.id, column, value]);
      expect(Math.abs(Number(row.betweenness) - reference[row.id!]!)).toBeLessThanOrEqual(1e-12);
    }
    expect(rows.find((r) => r.id === 'koeln')).toMatchObject({ degree: '4', coreNumber: '1' });
  });

  it('writes GEXF and GraphML that NetworkX reads with the same values and the labels and positions', () => {
    const python = requirePython('networkx');
    const script = [
      'import json, sys, networkx as nx',
      'a = nx.read_gexf(sys.argv[1]); b = nx.read_graphml(sys.argv[2])',
      'keys = ("pagerank", "betweenness", "community", "leiden", "coreNumber")',
      'print(json.dumps({"gexf": {n: {"label": d.get("label"), "x": d.get("viz", {}).get("position", {}).get("x"), **{k: d.get(k) for k in keys}} for n, d in a.nodes(data=True)},',
      '                  "graphml": {n: {"label": d.get("label"), "x": d.get("x"), **{k: d.get(k) for k in keys}} for n, d in b.nodes(data=True)}}))',
    ].join('\n');
    const read = JSON.parse(
      execFileSync(python, ['-c', script, out('metrics.gexf'), out('metrics.graphml')], { encoding: 'utf8' }),
    ) as Record<'gexf' | 'graphml', Record<string, Record<string, unknown>>>;
    for (const row of rows) {
      const expected = {
        label: row.name,
        x: Math.round(Number(row.lon) * 10 * 1000) / 1000,
        pagerank: Number(row.pagerank),
        betweenness: Number(row.betweenness),
        community: Number(row.community),
        leiden: Number(row.leiden),
        coreNumber: Number(row.coreNumber),
      };
      expect([row.id, read.gexf[row.id!]]).toEqual([row.id, expected]);
      expect([row.id, read.graphml[row.id!]]).toEqual([row.id, expected]);
    }
  });

  it('refuses an unknown extension before any work, naming it and the accepted ones', async () => {
    const started = performance.now();
    const run = await analyze(SMALL, '--out', out('metrics.xlsx'));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown extension .xlsx; accepted: .csv, .gexf, .graphml');
    expect(fs.existsSync(out('metrics.xlsx'))).toBe(false);
    expect(performance.now() - started).toBeLessThan(30_000);
    expect((await analyze(SMALL, '--out', out('metrics'))).stderr).toContain('no extension; accepted: .csv, .gexf, .graphml');
  });

  it('leaves no file behind when the run fails, and an earlier file untouched', async () => {
    fs.writeFileSync(out('keep.csv'), 'earlier\n');
    const failed = await analyze('test/fixtures/import/wikipedia-small.csv', '--format', 'gexf', '--out', out('keep.csv'));
    expect(failed.code).toBe(1);
    expect(fs.readFileSync(out('keep.csv'), 'utf8')).toBe('earlier\n');
    const missingDir = await analyze(SMALL, '--out', out('no-such-folder/metrics.csv'));
    expect(missingDir.code).toBe(1);
    expect(missingDir.stderr).toContain('no-such-folder');
    expect(fs.readdirSync(tmp).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
