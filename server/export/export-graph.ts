/**
 * The graph every exporter writes: a copy of the filtered view (the shared cached graph is never
 * changed) whose nodes carry the data model's attributes and, when asked, the analysis results
 * of the full suite for the same filters and options, and whose graph attributes say what it is:
 * dataset version, filters, what was left out, the analysis options, the credits.
 */
import { isCross } from '../../contract/sides.ts';
import { UndirectedGraph } from 'graphology';
import type { AbstractGraph, Attributes } from 'graphology-types';
import type { Suite } from '../analytics/suite/full-suite.ts';
import { filterQuery, type Filters, type LeftOut } from '../../contract/filters.ts';
import type { AnalysisOptions } from '../../contract/api/query.ts';
import type { Language } from '../../contract/languages.ts';
import type { Credits } from './credits.ts';
import { blocName, exportText, typeName } from './export-words.ts';
import { EDGE_FIELDS, NODE_DATA_FIELDS } from './fields.ts';

export interface ExportMeta {
  datasetVersion: number;
  /** A file analysed without a database (`npm run analyze -- --out`): named instead of the dataset version. */
  file?: string;
  updatedAt: string | null;
  filters: Filters;
  leftOut: LeftOut;
  /** The options of the analyses whose results the nodes carry; null without metrics. */
  analysis: AnalysisOptions | null;
  credits: Credits;
  /** e.g. "Jumelage 0.1.0" */
  generator: string;
}

export interface ExportGraph {
  graph: UndirectedGraph;
  meta: ExportMeta;
}

function pickFields(attr: Attributes, names: readonly { name: string }[]): Attributes {
  const out: Attributes = {};
  for (const { name } of names) {
    const v = attr[name];
    if (v !== undefined && v !== null) out[name] = Array.isArray(v) ? [...v] : v;
  }
  return out;
}

/** `suite` (with its node index) adds the per-node analysis results. */
export function buildExportGraph(
  view: AbstractGraph,
  meta: ExportMeta,
  analysed?: { suite: Suite; index: Map<string, number> },
): ExportGraph {
  const graph = new UndirectedGraph({ allowSelfLoops: false });
  const finite = (v: number | undefined) => (v !== undefined && Number.isFinite(v) ? v : null);
  const networkName = new Map<string, string>();
  for (const n of (view.getAttribute('networks') as { id: string; name: string }[] | undefined) ?? []) networkName.set(n.id, n.name);
  view.forEachNode((node, attr) => {
    // the networks' names travel with their ids, so that an importer can rebuild them
    const out = pickFields(
      { ...attr, networkNames: Array.isArray(attr.networks) ? attr.networks.map((id: string) => networkName.get(id) ?? id) : undefined },
      NODE_DATA_FIELDS,
    );
    const i = analysed?.index.get(node);
    // a place without a partnership is data, not part of the network analysed: no metrics
    if (analysed && i === undefined && view.degree(node) === 0) Object.assign(out, { degree: 0 });
    else if (analysed) {
      const s = analysed.suite;
      if (i === undefined) throw new Error(`export: node ${node} is not in the suite's result`);
      Object.assign(out, {
        degree: view.degree(node),
        degreeCentrality: finite(s.centrality.degree[i]),
        betweenness: finite(s.centrality.betweenness[i]),
        closeness: finite(s.centrality.closeness[i]),
        harmonic: finite(s.centrality.harmonic[i]),
        pagerank: finite(s.centrality.pagerank[i]),
        eigenvector: finite(s.centrality.eigenvector[i]),
        clustering: finite(s.structure.clustering[i]),
        component: s.structure.component[i] ?? null,
        coreNumber: s.structure.coreNumber[i] ?? null,
        community: s.communities.membership[i] ?? null,
        brokerGermany: finite(s.eastwest.germany.brokers[i]),
        brokerEurope: finite(s.eastwest.europe.brokers[i]),
      });
      for (const k of Object.keys(out)) if (out[k] === null) delete out[k];
    }
    graph.addNode(node, out);
  });
  view.forEachEdge((edge, attr, source, target, sa, ta) => {
    const out = pickFields(attr, EDGE_FIELDS);
    out.crossGermany = isCross(sa, ta, 'germany');
    out.crossEurope = isCross(sa, ta, 'europe');
    graph.addUndirectedEdgeWithKey(edge, source, target, out);
  });
  graph.replaceAttributes({
    name: 'Jumelage: town twinning partnerships',
    datasetVersion: meta.datasetVersion,
    updatedAt: meta.updatedAt,
    filters: meta.filters,
    leftOut: meta.leftOut,
    analysis: meta.analysis,
    credits: meta.credits,
    generator: meta.generator,
  });
  return { graph, meta };
}

/** What the graph is of: "dataset version 12 of <date>", or "the file x.gexf". */
export function describeDataset(meta: ExportMeta): string {
  if (meta.file !== undefined) return `the file ${meta.file}`;
  return `dataset version ${meta.datasetVersion}${meta.updatedAt ? ` of ${meta.updatedAt}` : ''}`;
}

/**
 * A short human description of the filters, e.g. "types partnership; founded 1950–1990; countries
 * DE, FR" (English, as every export writes it), or in German for the German report.
 */
export function describeFilters(f: Filters, lang: Language = 'en'): string {
  const parts: string[] = [];
  if (f.types) parts.push(exportText(lang, 'filters.types', { types: f.types.map((t) => typeName(t, lang)).join(', ') }));
  if (f.from !== null || f.to !== null)
    parts.push(exportText(lang, f.includeUndated ? 'filters.yearsAndUndated' : 'filters.years', { from: f.from ?? '…', to: f.to ?? '…' }));
  if (f.countries.length > 0) parts.push(exportText(lang, 'filters.countries', { countries: f.countries.join(', ') }));
  if (f.blocs.length > 0) parts.push(exportText(lang, 'filters.blocs', { blocs: f.blocs.map((b) => blocName(b, lang)).join(', ') }));
  if (f.minDegree > 0) parts.push(exportText(lang, 'filters.minDegree', { n: f.minDegree }));
  return parts.length > 0 ? parts.join('; ') : exportText(lang, 'filters.none');
}

/** The filters as a query string (for reproduction notes); commas left readable. */
export function filtersQuery(f: Filters): string {
  return new URLSearchParams(filterQuery(f)).toString().replace(/%2C/gi, ',');
}

/** `jumelage-v12-from1950-to1990-DE-FR` style base names: ASCII, no spaces, at most 100 chars. */
export function fileBase(prefix: string, version: number, f: Filters): string {
  const bits = [
    f.types?.join('-'),
    f.from !== null ? `from${f.from}` : null,
    f.to !== null ? `to${f.to}` : null,
    f.includeUndated ? 'undated' : null,
    f.countries.join('-'),
    f.blocs.join('-'),
    f.minDegree ? `min${f.minDegree}` : null,
  ].filter((b): b is string => Boolean(b));
  return [prefix, `v${version}`, ...bits]
    .join('-')
    .replace(/[^A-Za-z0-9._-]/g, '')
    .slice(0, 100);
}
