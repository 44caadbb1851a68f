/**
 * Municipalities: search by name or alias (insensitive to case and diacritics, German umlaut
 * transliterations included), and one municipality with its partners. Reads the in-memory graph
 * of the current dataset version.
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import type { DataLayer } from '../db/data-layer.ts';
import type { AnalysisService } from './analysis.service.ts';
import { foldName, nameForms } from '../domain/names.ts';
import { AppError } from '../errors.ts';

interface IndexEntry {
  id: string;
  forms: string[];
}
const indexes = new WeakMap<AbstractGraph, IndexEntry[]>();

function searchIndex(graph: AbstractGraph): IndexEntry[] {
  let index = indexes.get(graph);
  if (!index) {
    index = graph.mapNodes((id, a) => ({
      id,
      forms: [a.name as string, ...((a.aliases as string[] | undefined) ?? [])].flatMap(nameForms),
    }));
    indexes.set(graph, index);
  }
  return index;
}

export interface MunicipalitySummary {
  id: string;
  name: string;
  aliases: string[];
  country: string | null;
  admin1: string | null;
  germany: string | null;
  bloc: string | null;
  partnerships: number;
}

function summary(graph: AbstractGraph, id: string, a: Attributes): MunicipalitySummary {
  return {
    id,
    name: a.name as string,
    aliases: (a.aliases as string[] | undefined) ?? [],
    country: (a.country as string | undefined) ?? null,
    admin1: (a.admin1 as string | undefined) ?? null,
    germany: (a.germany as string | undefined) ?? null,
    bloc: (a.bloc as string | undefined) ?? null,
    partnerships: graph.degree(id),
  };
}

export interface SearchQuery {
  q?: string | undefined;
  country?: string | undefined;
  limit: number;
  offset: number;
}

/** Ranked: exact name, then prefix, then substring; ties by number of partnerships, then name. */
export async function searchMunicipalities(data: DataLayer, query: SearchQuery) {
  await data.ensureReady();
  const { version, graph } = await data.graphs.get();
  const q = query.q ? foldName(query.q) : '';
  const hits: { id: string; rank: number }[] = [];
  for (const { id, forms } of searchIndex(graph)) {
    if (query.country && graph.getNodeAttribute(id, 'country') !== query.country) continue;
    let rank = q ? 3 : 2;
    if (q) {
      for (const f of forms) {
        if (f === q) rank = Math.min(rank, 0);
        else if (f.startsWith(q)) rank = Math.min(rank, 1);
        else if (f.includes(q)) rank = Math.min(rank, 2);
      }
      if (rank === 3) continue;
    }
    hits.push({ id, rank });
  }
  hits.sort(
    (x, y) =>
      x.rank - y.rank ||
      graph.degree(y.id) - graph.degree(x.id) ||
      String(graph.getNodeAttribute(x.id, 'name')).localeCompare(String(graph.getNodeAttribute(y.id, 'name'))),
  );
  const page = hits.slice(query.offset, query.offset + query.limit);
  return {
    version,
    total: hits.length,
    limit: query.limit,
    offset: query.offset,
    items: page.map(({ id }) => summary(graph, id, graph.getNodeAttributes(id))),
  };
}

const DEFAULTS = { resolution: 1, seed: 0, betweenness: 'exact', k: 500 } as const;
const MEASURES = ['degree', 'betweenness', 'closeness', 'harmonic', 'pagerank', 'eigenvector'] as const;

/** The municipality's centralities with their ranks (1 = highest), and its community. */
async function metricsOf(analysis: AnalysisService, id: string) {
  const outcome = await analysis.suite({}, DEFAULTS, 1000);
  if (outcome.state === 'running') return { metrics: null, metricsJob: outcome.job.id };
  const { suite, index } = outcome.value;
  const i = index.get(id);
  if (i === undefined) return { metrics: null };
  const metrics: Record<string, { value: number; rank: number }> = {};
  for (const m of MEASURES) {
    const values = suite.centrality[m];
    const value = values[i]!;
    let rank = 1;
    for (const v of values) if (v > value) rank += 1;
    metrics[m] = { value, rank };
  }
  return { metrics: { ...metrics, community: suite.communities.membership[i]!, of: suite.nodes.length } };
}

export async function getMunicipality(data: DataLayer, id: string, analysis?: AnalysisService) {
  await data.ensureReady();
  const { version, graph } = await data.graphs.get();
  if (!graph.hasNode(id)) throw new AppError('not-found', `No municipality with id ${JSON.stringify(id)}.`);
  const attributes = graph.getNodeAttributes(id);
  const partners = graph.mapEdges(id, (_edge, e, source, target) => {
    const other = source === id ? target : source;
    const o = graph.getNodeAttributes(other);
    return {
      id: other,
      name: o.name as string,
      country: (o.country as string | undefined) ?? null,
      type: e.type as string,
      since: (e.since as number | undefined) ?? null,
      until: (e.until as number | undefined) ?? null,
      sources: (e.sources as string[] | undefined) ?? [],
    };
  });
  partners.sort((a, b) => (a.since ?? 9999) - (b.since ?? 9999) || a.name.localeCompare(b.name));
  const extra = analysis ? { ...(await metricsOf(analysis, id)), recommendations: (await analysis.recommendations({}, id, 5)).value } : {};
  return { version, municipality: { id, ...attributes, partnerships: partners.length }, partners, ...extra };
}
