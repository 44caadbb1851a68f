/**
 * GEXF 1.3 (https://gexf.net/schema.html) for Gephi and NetworkX. graphology-gexf writes the
 * static graph: meta (creator, description with the credits, keywords, last modified date), the
 * attribute model, nodes with their attributes and viz (position: Web Mercator of lon/lat, x east
 * and y north, ×10; size by degree; colour by side of Europe's old divide), edges with theirs.
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
import { describeFilters, type ExportGraph } from './export-graph.ts';
import { EDGE_FIELDS, flatValue, NODE_DATA_FIELDS, NODE_METRIC_FIELDS, type Field } from './fields.ts';
import { xmlChars } from './xml.ts';

/** Okabe–Ito, as the client: blue west, vermillion east, orange other, purple Berlin, grey unknown. */
const COLOURS: Record<string, string> = {
  west: 'rgb(0,114,178)',
  east: 'rgb(213,94,0)',
  other: 'rgb(230,159,0)',
  berlin: 'rgb(204,121,167)',
  none: 'rgb(180,180,180)',
};

const mercatorY = (lat: number) => (Math.log(Math.tan(Math.PI / 4 + (Math.max(-85, Math.min(85, lat)) * Math.PI) / 360)) * 180) / Math.PI;
const round = (v: number, digits: number) => Math.round(v * 10 ** digits) / 10 ** digits;

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
      `Town twinning partnerships, dataset version ${meta.datasetVersion}${meta.updatedAt ? ` of ${meta.updatedAt}` : ''}; filters: ${describeFilters(meta.filters)}. ` +
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
      const lat = typeof attr.lat === 'number' ? attr.lat : null;
      const lon = typeof attr.lon === 'number' ? attr.lon : null;
      const degree = graph.degree(key);
      const colour = COLOURS[attr.germany === 'berlin' ? 'berlin' : typeof attr.bloc === 'string' ? attr.bloc : 'none'] ?? COLOURS.none!;
      return {
        label: xmlChars(String(attr.name ?? key)),
        attributes: { ...values(attr, NODE_DATA_FIELDS, label), ...values(attr, NODE_METRIC_FIELDS, new Set()) },
        viz: {
          size: round(2 + 2 * Math.sqrt(degree), 2),
          color: colour,
          ...(lat !== null && lon !== null ? { x: round(lon * 10, 3), y: round(mercatorY(lat) * 10, 3) } : {}),
        },
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
