/**
 * Gephi and yEd (issue 21, part 2): NetworkX reads our GEXF and GraphML exports, and finds in the
 * GraphML the node keys Gephi's GraphML importer turns into label, position, size and colour
 * (`label`, `x`, `y`, `size`, `r`, `g`, `b`), with the same values as the GEXF's viz, and the
 * data model's attributes and the analysis results as columns in both.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { UndirectedGraph } from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningService } from '../../server/runtime.ts';
import { requirePython } from '../helpers/python.ts';
import { startTestService } from '../helpers/service.ts';
import { loadFixture, TRICKY_ID, TRICKY_NAME } from './fixture.ts';

/** Reads both files with NetworkX and prints, per node, what Gephi would draw and a few columns. */
const READ = `
import json, sys, networkx as nx
gexf = nx.read_gexf(sys.argv[1])
graphml = nx.read_graphml(sys.argv[2])
def cols(d):
    return {k: d.get(k) for k in ("name", "country", "lat", "lon", "pagerank", "community", "degree")}
out = {"gexf": {}, "graphml": {}, "graphmlEdges": graphml.number_of_edges(), "gexfEdges": gexf.number_of_edges()}
for n, d in gexf.nodes(data=True):
    viz = d.get("viz", {})
    out["gexf"][n] = {"label": d.get("label"), "position": viz.get("position"), "size": viz.get("size"), "color": viz.get("color"), **cols(d)}
for n, d in graphml.nodes(data=True):
    out["graphml"][n] = {k: d.get(k) for k in ("label", "x", "y", "size", "r", "g", "b")}
    out["graphml"][n].update({"types": {k: type(d.get(k)).__name__ for k in ("x", "r", "pagerank", "community")}, **cols(d)})
print(json.dumps(out))
`;

interface GexfNode {
  label: string;
  position: { x: number; y: number; z?: number } | null;
  size: number;
  color: { r: number; g: number; b: number };
  [column: string]: unknown;
}
interface GraphmlNode {
  label: string;
  x: number | null;
  y: number | null;
  size: number;
  r: number;
  g: number;
  b: number;
  types: Record<string, string>;
  [column: string]: unknown;
}

describe('Gephi and yEd: GEXF and GraphML as NetworkX reads them', () => {
  let service: RunningService;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'jumelage-gephi-'));
  let read: { gexf: Record<string, GexfNode>; graphml: Record<string, GraphmlNode>; gexfEdges: number; graphmlEdges: number };
  let api: UndirectedGraph;

  async function exported(query: string): Promise<Uint8Array> {
    for (let i = 0; i < 600; i++) {
      const res = await fetch(`${service.url}/api/export?${query}`);
      if (res.status === 200) return new Uint8Array(await res.arrayBuffer());
      expect(res.status).toBe(202);
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`export ${query} did not finish`);
  }

  beforeAll(async () => {
    await loadFixture();
    service = await startTestService();
    const python = requirePython('networkx');
    const gexf = path.join(tmp, 'graph.gexf');
    const graphml = path.join(tmp, 'graph.graphml');
    fs.writeFileSync(gexf, await exported('format=gexf'));
    fs.writeFileSync(graphml, await exported('format=graphml'));
    read = JSON.parse(execFileSync(python, ['-c', READ, gexf, graphml], { encoding: 'utf8', maxBuffer: 64 << 20 })) as typeof read;
    api = UndirectedGraph.from((await (await fetch(`${service.url}/api/graph`)).json()) as SerializedGraph);
  });
  afterAll(async () => {
    await service?.stop();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('labels every node with its name in both files', () => {
    expect(Object.keys(read.graphml).sort()).toEqual(api.nodes().sort());
    expect(Object.keys(read.gexf).sort()).toEqual(api.nodes().sort());
    expect([read.gexfEdges, read.graphmlEdges]).toEqual([api.size, api.size]);
    api.forEachNode((node, attr) => {
      expect([node, read.graphml[node]!.label]).toEqual([node, attr.name]);
      expect([node, read.gexf[node]!.label]).toEqual([node, attr.name]);
      expect([node, read.graphml[node]!.name]).toEqual([node, attr.name]);
    });
    expect(read.graphml[TRICKY_ID]!.label).toBe(TRICKY_NAME);
  });

  it("places nodes on the map under Gephi's keys, as the GEXF's viz does", () => {
    const placed = api.filterNodes((_n, a) => typeof a.lat === 'number' && typeof a.lon === 'number');
    expect(placed.length).toBeGreaterThan(api.order / 2);
    for (const node of api.nodes()) {
      const g = read.graphml[node]!;
      const x = read.gexf[node]!;
      if (placed.includes(node)) {
        const attr = api.getNodeAttributes(node);
        // Web Mercator ×10, north up: x from the longitude, y growing northwards
        expect(g.x, node).toBeCloseTo((attr.lon as number) * 10, 2);
        expect(g.x, node).toBeCloseTo(x.position!.x, 2);
        expect(g.y, node).toBeCloseTo(x.position!.y, 2);
      } else {
        expect([node, g.x, g.y, x.position]).toEqual([node, null, null, null]);
      }
      expect([node, g.size]).toEqual([node, x.size]);
      expect([node, { r: g.r, g: g.g, b: g.b }]).toEqual([node, { r: x.color.r, g: x.color.g, b: x.color.b }]);
      expect([node, g.types]).toMatchObject([node, { x: g.x === null ? 'NoneType' : 'float', r: 'int' }]);
      // places without a partnership are data, not network: no results
      expect([node, g.types.pagerank]).toEqual([node, api.degree(node) > 0 ? 'float' : 'NoneType']);
    }
    // north is up: Flensburg (de-01001000) lies north of the tricky French town
    expect(read.graphml['de-01001000']!.y!).toBeGreaterThan(read.graphml[TRICKY_ID]!.y!);
    // sized by degree, coloured by side: a West German town is blue, a place in France too (west bloc)
    const flensburg = read.graphml['de-01001000']!;
    expect({ r: flensburg.r, g: flensburg.g, b: flensburg.b }).toEqual({ r: 0, g: 114, b: 178 });
    const hub = api.nodes().reduce((a, b) => (api.degree(a) >= api.degree(b) ? a : b));
    const leaf = api.nodes().find((n) => api.degree(n) === 1)!;
    expect(read.graphml[hub]!.size).toBeGreaterThan(read.graphml[leaf]!.size);
  });

  it('keeps the attributes and the analysis results as columns in both files', () => {
    api.forEachNode((node, attr) => {
      for (const file of [read.gexf[node]!, read.graphml[node]!]) {
        expect([node, file.country, file.lat, file.lon]).toEqual([node, attr.country ?? null, attr.lat ?? null, attr.lon ?? null]);
        if (api.degree(node) > 0) {
          expect([node, typeof file.pagerank, typeof file.community]).toEqual([node, 'number', 'number']);
          expect([node, file.degree]).toEqual([node, api.degree(node)]);
        }
      }
      expect(read.graphml[node]!.pagerank).toBe(read.gexf[node]!.pagerank);
    });
  });
});
