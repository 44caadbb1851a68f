/**
 * The README's Python example (the block after `<!-- python-example -->`) runs as it stands
 * against a service on the seed dataset and prints what /api/graph says: its counts, the countries
 * with the most partnership ends, the places with the most partnerships.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { requirePython } from '../helpers/python.ts';
import { seededServices } from '../helpers/service.ts';

function readmeExample(): string {
  const readme = fs.readFileSync('README.md', 'utf8');
  const block = /<!-- python-example -->\s*```python\n([\s\S]*?)```/.exec(readme);
  if (!block) throw new Error('README.md: no ```python block after <!-- python-example -->');
  return block[1]!;
}

describe("the README's Python example", () => {
  const services = seededServices();

  it('pulls /api/graph into NetworkX and pandas', async () => {
    const python = requirePython('networkx', 'pandas');
    // asynchronously: the service answering Python runs in this process
    const run = await promisify(execFile)(python, ['-c', readmeExample()], { env: { ...process.env, JUMELAGE_URL: services.service.url } });
    expect(run.stderr).toBe('');
    const graph = (await (await fetch(`${services.service.url}/api/graph?types=partnership`)).json()) as {
      nodes: { key: string; attributes: { name: string; country: string } }[];
      edges: { source: string; target: string }[];
    };
    const lines = run.stdout.trim().split('\n');
    expect(lines[0]).toBe(`${graph.nodes.length} ${graph.edges.length}`);
    const degree = new Map<string, number>();
    for (const e of graph.edges) for (const end of [e.source, e.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
    const country = new Map(graph.nodes.map((n) => [n.key, n.attributes.country]));
    const byCountry = new Map<string, number>();
    for (const [id, d] of degree) byCountry.set(country.get(id)!, (byCountry.get(country.get(id)!) ?? 0) + d);
    const [top, count] = [...byCountry].sort((a, b) => b[1] - a[1])[0]!;
    expect(lines.find((l) => l.startsWith(`${top} `))?.split(/\s+/)[1]).toBe(String(count));
    const busiest = Math.max(...degree.values());
    expect(run.stdout).toMatch(new RegExp(`\\b${busiest}\\s*$`, 'm'));
  });
});
