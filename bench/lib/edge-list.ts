/**
 * The graph handed to the peers (child processes: graphology-peer.ts, scripts/bench/peers.py) as
 * files in a temporary folder: `edges.tsv` (the number of nodes n on the first line, then one edge
 * "u<TAB>v" per line, u and v node indices in our CSR order) and `nodes.tsv` (one line per node:
 * "country<TAB>germany<TAB>bloc", empty where unknown), so that every peer analyses exactly the
 * graph we analyse.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { UndirectedGraph } from 'graphology';
import type { AbstractGraph } from 'graphology-types';
import type { Csr } from '../../server/analytics/csr.ts';

export interface EdgeListFiles {
  dir: string;
  edges: string;
  nodes: string;
  remove(): void;
}

export function writeEdgeList(graph: AbstractGraph, csr: Csr, label: string): EdgeListFiles {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `jumelage-bench-${label}-`));
  const edges = path.join(dir, 'edges.tsv');
  const nodes = path.join(dir, 'nodes.tsv');
  const lines: string[] = [String(csr.n)];
  for (let u = 0; u < csr.n; u++) {
    for (let p = csr.offsets[u]!; p < csr.offsets[u + 1]!; p++) {
      const v = csr.targets[p]!;
      if (u < v) lines.push(`${u}\t${v}`);
    }
  }
  fs.writeFileSync(edges, `${lines.join('\n')}\n`);
  const attr = (key: string, name: string) => {
    const v: unknown = graph.getNodeAttribute(key, name);
    return typeof v === 'string' ? v : '';
  };
  fs.writeFileSync(nodes, csr.keys.map((k) => `${attr(k, 'country')}\t${attr(k, 'germany')}\t${attr(k, 'bloc')}\n`).join(''));
  return { dir, edges, nodes, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

export function readEdgeList(file: string): { n: number; edges: Int32Array } {
  const text = fs.readFileSync(file, 'utf8');
  const lines = text.split('\n');
  const n = Number(lines[0]);
  const edges: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line) continue;
    const tab = line.indexOf('\t');
    edges.push(Number(line.slice(0, tab)), Number(line.slice(tab + 1)));
  }
  return { n, edges: Int32Array.from(edges) };
}

/** Nodes "0" … "n-1" in order, then the edges in file order. */
export function graphFromEdgeList({ n, edges }: { n: number; edges: Int32Array }): UndirectedGraph {
  const graph = new UndirectedGraph();
  for (let i = 0; i < n; i++) graph.addNode(String(i));
  for (let e = 0; e < edges.length; e += 2) graph.addEdge(String(edges[e]), String(edges[e + 1]));
  return graph;
}
