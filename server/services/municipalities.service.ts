/**
 * Municipalities: search by name or alias (insensitive to case and diacritics, German umlaut
 * transliterations included: contract/names.ts), and one municipality with its partners. Reads
 * the in-memory graph of the current dataset version. An id made by an older slug rule
 * (`de-st-ingbert`) finds the place it names today (`currentId`).
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import type {
  Municipalities,
  Municipality,
  MunicipalityMetrics,
  MunicipalitySearch,
  MunicipalitySummary,
} from '../../contract/api/municipalities.ts';
import type { AnalysisOptions } from '../../contract/api/query.ts';
import { NO_FILTERS } from '../../contract/filters.ts';
import { currentId, fold, searchForms } from '../../contract/names.ts';
import { MEASURES, type Measure } from '../../contract/vocabularies.ts';
import { ranks } from '../analytics/ranking.ts';
import type { Suite } from '../analytics/suite/full-suite.ts';
import type { DataLayer } from '../db/data-layer.ts';
import { AppError } from '../errors.ts';
import type { AnalysisService } from './analysis.service.ts';

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
      forms: [a.name as string, ...((a.aliases as string[] | undefined) ?? [])].flatMap(searchForms),
    }));
    indexes.set(graph, index);
  }
  return index;
}

function summary(graph: AbstractGraph, id: string, a: Attributes): MunicipalitySummary {
  return {
    id,
    name: a.name as string,
    aliases: (a.aliases as string[] | undefined) ?? [],
    country: (a.country as string | undefined) ?? null,
    admin1: (a.admin1 as string | undefined) ?? null,
    germany: (a.germany as MunicipalitySummary['germany'] | undefined) ?? null,
    bloc: (a.bloc as MunicipalitySummary['bloc'] | undefined) ?? null,
    partnerships: graph.degree(id),
  };
}

/** Ranked: exact name, then prefix, then substring; ties by number of partnerships, then name. */
export async function searchMunicipalities(data: DataLayer, query: MunicipalitySearch): Promise<Municipalities> {
  await data.ensureReady();
  const { version, graph } = await data.graphs.get();
  const q = query.q ? fold(query.q) : '';
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

/** The analysis a municipality's page shows: the whole dataset, default options. */
const DEFAULTS: AnalysisOptions = { resolution: 1, seed: 0, betweenness: 'exact', k: 500 };

/** Every place's rank per measure, made once per suite (by the one ranking rule). */
const rankTables = new WeakMap<Suite, Record<Measure, number[]>>();

function rankTable(suite: Suite): Record<Measure, number[]> {
  let table = rankTables.get(suite);
  if (!table) {
    table = Object.fromEntries(MEASURES.map((m) => [m, ranks(suite.centrality[m], suite.nodes)])) as Record<Measure, number[]>;
    rankTables.set(suite, table);
  }
  return table;
}

/**
 * The municipality's centralities with their ranks (1 = highest), and its community; while the
 * analysis runs beyond the service's wait (ANALYSIS_WAIT_MS), null and the job to poll.
 */
async function metricsOf(analysis: AnalysisService, id: string): Promise<Pick<Municipality, 'metrics' | 'metricsJob'>> {
  const outcome = await analysis.suite(NO_FILTERS, DEFAULTS);
  if (outcome.state === 'running') return { metrics: null, metricsJob: outcome.job.id };
  const { suite, index } = outcome.value;
  const i = index.get(id);
  if (i === undefined) return { metrics: null };
  const table = rankTable(suite);
  const values = Object.fromEntries(MEASURES.map((m) => [m, { value: suite.centrality[m][i]!, rank: table[m][i]! }]));
  const community = suite.communities.membership[i]!;
  const communityName = suite.communities.profiles.find((p) => p.id === community)?.name ?? String(community);
  const metrics = { ...values, community, communityName, of: suite.nodes.length } as MunicipalityMetrics;
  return { metrics };
}

/**
 * The id of the place `id` names in `graph`: itself, or the id it has under today's slug rule;
 * else a not-found error (`where` says which graph, e.g. " under these filters").
 */
export function resolveId(graph: AbstractGraph, id: string, where = ''): string {
  if (graph.hasNode(id)) return id;
  const current = currentId(id);
  if (current !== id && graph.hasNode(current)) return current;
  throw new AppError('not-found', `No municipality with id ${JSON.stringify(id)}${where}.`);
}

export async function getMunicipality(data: DataLayer, asked: string, analysis: AnalysisService): Promise<Municipality> {
  await data.ensureReady();
  const { version, graph } = await data.graphs.get();
  const id = resolveId(graph, asked);
  const attributes = graph.getNodeAttributes(id);
  const partners = graph.mapEdges(id, (_edge, e, source, target) => {
    const other = source === id ? target : source;
    const o = graph.getNodeAttributes(other);
    return {
      id: other,
      name: o.name as string,
      country: (o.country as string | undefined) ?? null,
      type: e.type as Municipality['partners'][number]['type'],
      since: (e.since as number | undefined) ?? null,
      until: (e.until as number | undefined) ?? null,
      sources: (e.sources as string[] | undefined) ?? [],
    };
  });
  partners.sort((a, b) => (a.since ?? 9999) - (b.since ?? 9999) || a.name.localeCompare(b.name));
  const metrics = await metricsOf(analysis, id);
  const recommendations = (await analysis.recommendations(NO_FILTERS, id, 5)).value;
  return {
    version,
    municipality: { ...(attributes as Municipality['municipality']), id, partnerships: partners.length },
    partners,
    ...metrics,
    recommendations,
  };
}
