/**
 * `npm run analyze` as a researcher runs it: the CLI as a child process (`node --import tsx`) on
 * GEXF and GraphML files written by NetworkX, its --json answer checked against NetworkX's own
 * numbers on the same files (test/fixtures/cli/analyze-networkx.json, from
 * scripts/bench/make-analyze-fixture.py; no Python needed here). Exact metrics to 1e-9 (relative for large values), Louvain's modularity
 * within 2 % of NetworkX's (a different implementation of the same heuristic).
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface Ranked {
  id: string;
  name: string;
  value: number;
}

interface Reference {
  nodes: number;
  edges: number;
  components: number;
  largestComponent: number;
  averageClustering: number;
  transitivity: number;
  assortativity: number;
  bridges: number;
  articulationPoints: number;
  diameter: number;
  averagePathLength: number;
  communities: { count: number; modularity: number; resolution: number; seed: number };
  top: Record<'degree' | 'betweenness' | 'closeness' | 'harmonic' | 'pagerank' | 'eigenvector', Ranked[]>;
  betweenness: Record<string, number>;
}

const REFERENCE = JSON.parse(readFileSync('test/fixtures/cli/analyze-networkx.json', 'utf8')) as { files: Record<string, Reference> };
const GENERATED = 'test/fixtures/cli/generated-2k.gexf';
const SMALL = 'test/fixtures/import/networkx-1.2draft.gexf';
const GRAPHML = 'test/fixtures/import/networkx.graphml';

function analyze(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'server/cli/analyze.ts', ...args], { maxBuffer: 64 << 20 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

/** stdout must be exactly one JSON object (and a newline), nothing before or after it. */
function onlyJsonObject(stdout: string): Record<string, unknown> {
  expect(stdout.endsWith('}\n')).toBe(true);
  expect(stdout.trimEnd().split('\n')).toHaveLength(1);
  const value: unknown = JSON.parse(stdout);
  expect(value).toBeTypeOf('object');
  expect(Array.isArray(value)).toBe(false);
  return value as Record<string, unknown>;
}

const close = (actual: number, expected: number) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));

describe.each([GENERATED, SMALL, GRAPHML])('npm run analyze -- %s --json', (file) => {
  const reference = REFERENCE.files[file]!;
  const run = analyze(file, '--json');

  it('prints one JSON object on stdout and exits 0', async () => {
    const { code, stdout, stderr } = await run;
    expect(code, stderr).toBe(0);
    onlyJsonObject(stdout);
  });

  it("gives NetworkX's counts and structure", async () => {
    const out = JSON.parse((await run).stdout) as Reference;
    for (const key of ['nodes', 'edges', 'components', 'largestComponent', 'bridges', 'articulationPoints', 'diameter'] as const) {
      expect(out[key], key).toBe(reference[key]);
    }
    for (const key of ['averageClustering', 'transitivity', 'assortativity', 'averagePathLength'] as const) close(out[key], reference[key]);
    expect(Math.abs(out.communities.modularity - reference.communities.modularity)).toBeLessThanOrEqual(
      0.02 * reference.communities.modularity,
    );
    expect(out.communities).toMatchObject({ resolution: 1, seed: 0 });
  });

  it("lists NetworkX's top nodes, highest first, with the file's own ids and names", async () => {
    const out = JSON.parse((await run).stdout) as Reference;
    for (const metric of ['degree', 'betweenness', 'closeness', 'harmonic', 'pagerank', 'eigenvector'] as const) {
      const expected = reference.top[metric];
      expect(expected.length).toBe(Math.min(20, reference.nodes));
      expect(
        out.top[metric].map((r) => r.id),
        metric,
      ).toEqual(expected.map((r) => r.id));
      expect(
        out.top[metric].map((r) => r.name),
        metric,
      ).toEqual(expected.map((r) => r.name));
      out.top[metric].forEach((r, i) => close(r.value, expected[i]!.value));
    }
  });
});

describe('npm run analyze, options and output', () => {
  it('keeps GEXF ids verbatim (Q… ids, lower-case ids) where the importer re-keys places', async () => {
    const out = JSON.parse((await analyze(SMALL, '--json')).stdout) as Reference;
    expect(out.top.degree[0]).toMatchObject({ id: 'koeln', name: 'Köln' });
    expect(out.top.degree.map((r) => r.id)).toContain('saarlouis');
  });

  it('--sample k estimates betweenness within its stated error bound', async () => {
    const { code, stdout, stderr } = await analyze(GENERATED, '--json', '--sample', '400', '--seed', '3', '--resolution', '1.5');
    expect(code, stderr).toBe(0);
    const out = onlyJsonObject(stdout) as unknown as Reference & {
      betweenness: { mode: string; k: number; seed: number; errorBound: { epsilon: number; confidence: number } };
    };
    expect(out.betweenness).toMatchObject({ mode: 'sampled', k: 400, seed: 3 });
    const { epsilon } = out.betweenness.errorBound;
    expect(epsilon).toBeGreaterThan(0);
    const exact = REFERENCE.files[GENERATED]!.betweenness;
    for (const r of out.top.betweenness) expect(Math.abs(r.value - exact[r.id]!)).toBeLessThanOrEqual(epsilon);
    expect(out.communities).toMatchObject({ resolution: 1.5, seed: 3 });
  });

  it('prints a readable summary without --json', async () => {
    const { code, stdout } = await analyze(SMALL);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Graph\s+7 nodes, 5 edges/m);
    expect(stdout).toContain('Top 7 by betweenness:');
    expect(stdout).toMatch(/1\. Köln \(koeln\)/);
  });

  it('fails clearly on a missing file, a rejected file and a bad command line', async () => {
    const missing = await analyze('test/fixtures/cli/no-such-file.gexf');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no such file');

    const wrong = await analyze('test/fixtures/import/wikipedia-small.csv', '--format', 'gexf', '--json');
    expect(wrong.code).toBe(1);
    expect(onlyJsonObject(wrong.stdout)).toMatchObject({ kind: 'bad-request', error: expect.stringContaining('rejected') });
    expect(wrong.stderr).toContain('malformed XML');

    const usage = await analyze(SMALL, '--sample', 'many');
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('--sample');
  });
});
