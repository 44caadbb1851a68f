/**
 * GEXF 1.3 (https://gexf.net/schema.html) for Gephi and NetworkX. graphology-gexf writes the
 * static graph: meta (creator, description with the credits, keywords, last modified date), the
 * attribute model, nodes with their attributes and viz (position, size and colour as viz.ts draws
 * them), edges with theirs.
 *
 * It does not write time: the founding year as the edge's `start` (and the end year as `end`), and
 * on <graph> `mode="dynamic"` with `timeformat="integer"`, which Gephi's timeline needs to play
 * the network's growth and NetworkX's read_gexf needs to read `start` at all. That part is added
 * here to the library's output: the writer emits one `<edge id="` per edge in the graph's edge
 * order (ids and values are escaped, so the sequence cannot occur inside a value), and the count is
 * checked. Edges without a founding year have no start: present for the whole timeline.
 */
import type { UndirectedGraph } from 'graphology';
import { write } from 'graphology-gexf';
import type { Attributes } from 'graphology-types';
import { describeDataset, describeFilters, type ExportGraph } from './export-graph.ts';
import { EDGE_FIELDS, flatValue, NODE_DATA_FIELDS, NODE_METRIC_FIELDS, type Field } from './fields.ts';
import { vizOf } from './viz.ts';
import { xmlChars } from './xml.ts';

function values(attr: Attributes, fields: readonly Field[], skip: Set<string>): Attributes {
  const out: Attributes = {};
  for (const f of fields) {
    if (skip.has(f.name)) continue;
    const v = flatValue(f, attr[f.name]);
    if (v !== null) out[f.name] = typeof v === 'string' ? xmlChars(v) : v;
  }
  return out;
}

export function writeGexf({ graph, meta }: ExportGraph): string {
  // graphology-gexf writes scalar graph attributes as <meta> children; only these three are GEXF's.
  const header = graph.copy() as UndirectedGraph;
  header.replaceAttributes({
    ...(meta.updatedAt ? { lastModifiedDate: meta.updatedAt.slice(0, 10) } : {}),
    creator: xmlChars(meta.generator),
    description: xmlChars(
      `Town twinning partnerships, ${describeDataset(meta)}; filters: ${describeFilters(meta.filters)}. ` +
        `Edge start = founding year (timeformat integer). ${meta.credits.text}`,
    ),
    keywords: 'town twinning, Städtepartnerschaften, jumelages, sister cities, east-west',
  });
  const label = new Set(['name']);
  const starts: { start: number | null; end: number | null }[] = [];
  graph.forEachEdge((_e, attr) => {
    starts.push({ start: typeof attr.since === 'number' ? attr.since : null, end: typeof attr.until === 'number' ? attr.until : null });
  });
  const xml = write(header, {
    version: '1.3',
    pedantic: true,
    formatNode: (key, attr) => {
      const viz = vizOf(attr, graph.degree(key));
      const { r, g, b } = viz.colour;
      return {
        label: xmlChars(String(attr.name ?? key)),
        attributes: { ...values(attr, NODE_DATA_FIELDS, label), ...values(attr, NODE_METRIC_FIELDS, new Set()) },
        viz: { size: viz.size, color: `rgb(${r},${g},${b})`, ...viz.position },
      };
    },
    formatEdge: (_key, attr) => ({ attributes: values(attr, EDGE_FIELDS, new Set()) }),
  });

  let graphTags = 0;
  let withTime = xml.replace(/<graph defaultedgetype="/, () => {
    graphTags += 1;
    return '<graph mode="dynamic" timeformat="integer" defaultedgetype="';
  });
  let i = 0;
  withTime = withTime.replace(/<edge id="/g, () => {
    const t = starts[i++];
    return `<edge${t?.start !== null && t?.start !== undefined ? ` start="${t.start}"` : ''}${t?.end !== null && t?.end !== undefined ? ` end="${t.end}"` : ''} id="`;
  });
  if (graphTags !== 1 || i !== starts.length)
    throw new Error(`gexf: expected 1 graph and ${starts.length} edges in graphology-gexf's output, found ${graphTags} and ${i}`);
  return withTime;
}
