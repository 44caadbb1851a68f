/**
 * Loads the analysis data the drawing needs from the API, for the current filters: one
 * GET /api/metrics answer gives every town's centrality (or core number) of the size mode, its rank and its
 * community (size by centrality, colour by community, the chosen community); the community
 * profiles come from /api/communities (their order names the colours), the brokers from the
 * east-west analysis. Filter changes are followed after a short pause, and not while the year
 * slider plays (every year would be a new computation on the server).
 */
import type { MetricsTable } from '../../../contract/api/analyses.ts';
import { filterQuery, filtersKey } from '../../../contract/filters.ts';
import type { CommunityAlgorithm } from '../../../contract/vocabularies.ts';
import { apiUrl, getJson, type Progress } from '../api.ts';
import type { Feature, NodeMetrics } from '../context.ts';
import { ENDPOINTS } from '../endpoints.ts';
import { communityAlgorithm, coloursCommunities, type ClientFilters, type SizeMode } from '../state.ts';

const DEBOUNCE_MS = 400;
/** Community profiles asked for: the panel lists this many, the colours take the largest. */
const COMMUNITY_PROFILES = 50;

/** The columns of one /api/metrics answer as maps by town. */
async function loadMetrics(
  size: SizeMode,
  algorithm: CommunityAlgorithm,
  filters: ClientFilters,
  onProgress: (p: Progress) => void,
): Promise<NodeMetrics> {
  // every answer has the core numbers: for that size mode, the cheapest centrality comes along
  const measures = size === 'core' ? 'degree' : size;
  const url = apiUrl(ENDPOINTS.metrics, { measures, algorithm, ...filterQuery(filters) });
  const table = await getJson<MetricsTable>(url, { onProgress });
  const column = size === 'core' ? table.coreNumber : (table.measures[size] ?? []);
  const rankColumn = size === 'core' ? [] : (table.ranks[size] ?? []);
  const values = new Map<string, number>();
  const ranks = new Map<string, number>();
  const community = new Map<string, number>();
  let min = Infinity;
  let max = -Infinity;
  table.nodes.forEach((node, i) => {
    const value = column[i];
    if (value !== undefined) {
      values.set(node, value);
      if (value < min) min = value;
      if (value > max) max = value;
    }
    const rank = rankColumn[i];
    if (rank !== undefined) ranks.set(node, rank);
    const c = table.community[i];
    if (c !== undefined) community.set(node, c);
  });
  return {
    filters: filtersKey(filters),
    measure: size,
    values,
    ranks,
    min: Number.isFinite(min) ? min : 0,
    max: Number.isFinite(max) ? max : 0,
    algorithm: table.algorithm,
    community,
  };
}

export const setupAnalyticsSync: Feature = (ctx) => {
  const { store, analytics } = ctx;
  let timer: number | undefined;

  const sync = () => {
    const state = store.get();
    const { filters } = state;
    // no partnership type at all: nothing to ask the API about
    if (filters.types !== null && filters.types.length === 0) return;
    const query = ctx.filterQuery(filters);
    const key = filtersKey(filters);

    const algorithm = communityAlgorithm(state);
    const communities = coloursCommunities(state.color) || state.community !== null || (state.communityGraph && state.layout === 'force');
    if (state.size !== 'degree' || communities) {
      const size = state.size;
      analytics.metrics.load(`${size}|${algorithm}|${key}`, (onProgress) => loadMetrics(size, algorithm, filters, onProgress));
    }
    if (communities || state.panel === 'communities') {
      analytics.communities.load(`${algorithm}|${key}`, (onProgress) =>
        ctx.cache.get(apiUrl(ENDPOINTS.communities, { ...query, algorithm, limit: COMMUNITY_PROFILES }), onProgress),
      );
    }
    if (state.divide !== null || state.panel === 'eastwest') {
      const level = state.divide ?? 'germany';
      analytics.eastWest.load(`${level}|${key}`, (onProgress) => getJson(apiUrl(ENDPOINTS.eastWest, { level, ...query }), { onProgress }));
    }
  };

  sync();
  const unsubscribe = store.subscribe((s, p) => {
    if (s.playing) return;
    if (s.filters !== p.filters) {
      window.clearTimeout(timer);
      timer = window.setTimeout(sync, DEBOUNCE_MS);
    } else if (
      s.size !== p.size ||
      s.color !== p.color ||
      s.divide !== p.divide ||
      s.panel !== p.panel ||
      s.community !== p.community ||
      s.communityGraph !== p.communityGraph ||
      s.layout !== p.layout ||
      s.playing !== p.playing
    ) {
      sync();
    }
  });
  return () => {
    window.clearTimeout(timer);
    unsubscribe();
  };
};
