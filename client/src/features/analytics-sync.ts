/**
 * Loads the analysis data the drawing needs from the API, for the current filters: centrality of
 * the size mode, communities (colour by community, communities panel), the east-west analysis
 * (brokers), the members of a selected community. Only endpoints the server lists are requested;
 * the others are marked unavailable. Filter changes are followed after a short pause, and not
 * while the year slider plays (every year would be a new computation on the server).
 */
import { getJson, apiUrl, type Progress } from '../api.ts';
import { readBrokers, readCommunities, readCommunityMembers, readRanking, type CommunityData } from '../analytics-shapes.ts';
import { ENDPOINTS } from '../capabilities.ts';
import type { AppContext, Feature, NodeValues } from '../context.ts';
import type { Divide, SizeMode } from '../state.ts';

const DEBOUNCE_MS = 400;
const MAX_PAGES = 200;

async function allCentrality(
  ctx: AppContext,
  measure: SizeMode,
  query: Record<string, string>,
  onProgress: (p: Progress) => void,
): Promise<NodeValues> {
  const path = ENDPOINTS.centrality;
  const limit = ctx.caps.maximum(path, 'limit') ?? 500;
  const allowed = ctx.caps.queryParams(path);
  const values = new Map<string, number>();
  const givenRanks = new Map<string, number>();
  let offset = 0;
  for (let page = 0; page < MAX_PAGES; page++) {
    const body = await getJson<unknown>(apiUrl(path, { measure, limit, offset, ...query }, allowed), { onProgress });
    const { values: items, total } = readRanking(body, measure);
    for (const item of items) {
      values.set(item.id, item.value);
      if (item.rank !== null) givenRanks.set(item.id, item.rank);
    }
    offset += items.length;
    onProgress({ fraction: total ? Math.min(1, offset / total) : null });
    if (items.length < limit || (total !== null && offset >= total)) break;
  }
  let min = Infinity;
  let max = -Infinity;
  for (const v of values.values()) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const ranks = givenRanks.size ? givenRanks : new Map([...values].sort((a, b) => b[1] - a[1]).map(([id], i) => [id, i + 1] as const));
  return { measure, values, ranks, min: Number.isFinite(min) ? min : 0, max: Number.isFinite(max) ? max : 0 };
}

async function communities(ctx: AppContext, query: Record<string, string>): Promise<CommunityData> {
  // all profiles, so that the largest communities are among them
  const limit = ctx.caps.maximum(ENDPOINTS.communities, 'limit') ?? 1000;
  const data = readCommunities(
    await ctx.cache.get<unknown>(apiUrl(ENDPOINTS.communities, { ...query, limit }, ctx.caps.queryParams(ENDPOINTS.communities))),
  );
  // Without a membership in the list, the members of the coloured (largest) communities are fetched one by one.
  if (data.membership.size === 0 && ctx.caps.has(ENDPOINTS.community)) {
    const allowed = ctx.caps.queryParams(ENDPOINTS.community);
    await Promise.all(
      data.communities.slice(0, 9).map(async (c) => {
        const members = readCommunityMembers(await ctx.cache.get<unknown>(apiUrl(ENDPOINTS.community, { id: c.id, ...query }, allowed)));
        c.members = members;
        for (const m of members) data.membership.set(m, c.id);
      }),
    );
  }
  return data;
}

export const setupAnalyticsSync: Feature = (ctx) => {
  const { store, caps, analytics } = ctx;
  let timer: number | undefined;

  const sync = () => {
    const state = store.get();
    const query = ctx.filterQuery();
    const noTypes = state.filters.types !== null && state.filters.types.length === 0;
    const key = JSON.stringify(query);

    if (state.size === 'degree') analytics.centrality.reset();
    else if (!caps.has(ENDPOINTS.centrality)) analytics.centrality.markUnavailable();
    else if (!noTypes) {
      const measure = state.size;
      analytics.centrality.load(`${measure}|${key}`, (onProgress) => allCentrality(ctx, measure, query, onProgress));
    }

    if (state.color === 'community' || state.panel === 'communities' || state.community !== null) {
      if (!caps.has(ENDPOINTS.communities)) analytics.communities.markUnavailable();
      else if (!noTypes) analytics.communities.load(key, () => communities(ctx, query));
    }

    if (state.divide !== null || state.panel === 'eastwest') {
      const level: Divide = state.divide ?? 'germany';
      if (!caps.has(ENDPOINTS.eastWest)) analytics.eastWest.markUnavailable();
      else if (!noTypes) {
        const url = apiUrl(ENDPOINTS.eastWest, { level, ...query }, caps.queryParams(ENDPOINTS.eastWest));
        analytics.eastWest.load(`${level}|${key}`, async (onProgress) => {
          const raw = (await getJson<Record<string, unknown>>(url, { onProgress })) ?? {};
          return { level, brokers: readBrokers(raw), raw };
        });
      }
    }

    syncCommunityMembers();
  };

  const syncCommunityMembers = () => {
    const id = store.get().community;
    const data = analytics.communities.data;
    if (id === null || !data) {
      analytics.communityMembers.reset();
      return;
    }
    const community = data.communities.find((c) => c.id === id) ?? null;
    analytics.communityMembers.load(`${id}|${analytics.communities.key}`, async () => {
      if (community?.members) return { community, members: new Set(community.members) };
      const fromMap = [...data.membership].filter(([, c]) => c === id).map(([node]) => node);
      if (fromMap.length || !caps.has(ENDPOINTS.community)) return { community, members: new Set(fromMap) };
      const body = await ctx.cache.get<unknown>(
        apiUrl(ENDPOINTS.community, { id, ...ctx.filterQuery() }, caps.queryParams(ENDPOINTS.community)),
      );
      return { community, members: new Set(readCommunityMembers(body)) };
    });
  };

  sync();
  const unsubscribe = [
    store.subscribe((s, p) => {
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
        s.playing !== p.playing
      ) {
        sync();
      }
    }),
    analytics.communities.subscribe(syncCommunityMembers),
  ];
  return () => {
    window.clearTimeout(timer);
    for (const u of unsubscribe) u();
  };
};
