/**
 * GraphML (http://graphml.graphdrawing.org/specification.html) for yEd, Gephi, NetworkX and
 * igraph. graphology-graphml only reads GraphML, so this writes it: one <key> per field of
 * fields.ts with its attr.type (lists as "|"-joined strings), graph-level data with the dataset
 * version, the filters, what was left out, the analysis options and the credits, which also
 * open the file as a comment and stand in the graph's <desc>.
 *
 * Gephi's GraphML importer turns the node keys named `label`, `x`, `y`, `size`, `r`, `g` and `b`
 * into the node's label, position, size and colour rather than columns (ImporterGraphML.java), so
 * those are written beside the data, as viz.ts draws them (GEXF's viz alike): the file opens in
 * Gephi labelled, laid out on the map and coloured by side. `name` stays a column of its own.
 */
import type { Attributes } from 'graphology-types';
import { describeDataset, describeFilters, type ExportGraph } from './export-graph.ts';
import { EDGE_FIELDS, flatValue, NODE_DATA_FIELDS, NODE_METRIC_FIELDS, type Field, type FieldType } from './fields.ts';
import { vizOf } from './viz.ts';
import { commentText, escapeXml } from './xml.ts';

const GRAPHML_TYPE: Record<FieldType, string> = { string: 'string', list: 'string', integer: 'long', double: 'double', boolean: 'boolean' };

interface Key {
  id: string;
  field: Field;
}

const keysFor = (prefix: string, fields: readonly Field[]): Key[] => fields.map((field) => ({ id: `${prefix}_${field.name}`, field }));

function present(keys: Key[], each: (visit: (attr: Attributes) => void) => void): Key[] {
  const used = new Set<string>();
  each((attr) => {
    for (const k of keys) if (!used.has(k.id) && flatValue(k.field, attr[k.field.name]) !== null) used.add(k.id);
  });
  return keys.filter((k) => used.has(k.id));
}

function data(keys: Key[], attr: Attributes, indent: string): string {
  let out = '';
  for (const k of keys) {
    const v = flatValue(k.field, attr[k.field.name]);
    if (v !== null) out += `${indent}<data key="${k.id}">${escapeXml(String(v))}</data>\n`;
  }
  return out;
}

/** Gephi's node keys (id = attr.name, which its importer matches on) and their GraphML types. */
const GEPHI_KEYS = [
  ['label', 'string'],
  ['x', 'float'],
  ['y', 'float'],
  ['size', 'float'],
  ['r', 'int'],
  ['g', 'int'],
  ['b', 'int'],
] as const;
type GephiKey = (typeof GEPHI_KEYS)[number][0];

function gephiData(label: string, attr: Attributes, degree: number): Partial<Record<GephiKey, string | number>> {
  const viz = vizOf(attr, degree);
  return { label, ...viz.position, size: viz.size, ...viz.colour };
}

export function writeGraphml({ graph, meta }: ExportGraph): string {
  const nodeKeys = present(keysFor('n', [...NODE_DATA_FIELDS, ...NODE_METRIC_FIELDS]), (visit) => graph.forEachNode((_n, a) => visit(a)));
  const gephi = new Map<string, Partial<Record<GephiKey, string | number>>>();
  graph.forEachNode((node, attr) => gephi.set(node, gephiData(String(attr.name ?? node), attr, graph.degree(node))));
  const gephiKeys = GEPHI_KEYS.filter(([id]) => [...gephi.values()].some((d) => d[id] !== undefined));
  const edgeKeys = present(keysFor('e', EDGE_FIELDS), (visit) => graph.forEachEdge((_e, a) => visit(a)));
  const graphData: [string, string, string][] = [
    meta.file !== undefined ? ['g_file', 'file', meta.file] : ['g_datasetVersion', 'datasetVersion', String(meta.datasetVersion)],
    ...(meta.updatedAt ? [['g_updatedAt', 'updatedAt', meta.updatedAt] as [string, string, string]] : []),
    ['g_filters', 'filters', JSON.stringify(meta.filters)],
    ['g_leftOut', 'leftOut', JSON.stringify(meta.leftOut)],
    ...(meta.analysis ? [['g_analysis', 'analysis', JSON.stringify(meta.analysis)] as [string, string, string]] : []),
    ['g_credits', 'credits', meta.credits.text],
    ['g_generator', 'generator', meta.generator],
  ];
  const description = `Town twinning partnerships, ${describeDataset(meta)}; filters: ${describeFilters(meta.filters)}. ${meta.credits.text}`;
  const parts: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    `<!-- ${commentText(description)} -->\n`,
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n',
  ];
  for (const [id, name] of graphData) parts.push(`  <key id="${id}" for="graph" attr.name="${name}" attr.type="string"/>\n`);
  for (const [id, type] of gephiKeys) parts.push(`  <key id="${id}" for="node" attr.name="${id}" attr.type="${type}"/>\n`);
  for (const [keys, domain] of [
    [nodeKeys, 'node'],
    [edgeKeys, 'edge'],
  ] as const) {
    for (const k of keys) {
      parts.push(
        `  <key id="${k.id}" for="${domain}" attr.name="${k.field.name}" attr.type="${GRAPHML_TYPE[k.field.type]}"><desc>${escapeXml(k.field.description)}</desc></key>\n`,
      );
    }
  }
  parts.push('  <graph id="jumelage" edgedefault="undirected">\n', `    <desc>${escapeXml(description)}</desc>\n`);
  for (const [id, , value] of graphData) parts.push(`    <data key="${id}">${escapeXml(value)}</data>\n`);
  graph.forEachNode((node, attr) => {
    const drawn = gephi.get(node)!;
    let viz = '';
    for (const [id] of gephiKeys) if (drawn[id] !== undefined) viz += `      <data key="${id}">${escapeXml(String(drawn[id]))}</data>\n`;
    parts.push(`    <node id="${escapeXml(node)}">\n${viz}${data(nodeKeys, attr, '      ')}    </node>\n`);
  });
  graph.forEachEdge((edge, attr, source, target) => {
    parts.push(
      `    <edge id="${escapeXml(edge)}" source="${escapeXml(source)}" target="${escapeXml(target)}">\n${data(edgeKeys, attr, '      ')}    </edge>\n`,
    );
  });
  parts.push('  </graph>\n</graphml>\n');
  return parts.join('');
}
