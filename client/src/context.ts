/** What every feature receives: the graph, the renderer, the state, the API's capabilities. */
import type Sigma from 'sigma';
import type { Broker, Community, CommunityData, Json } from './analytics-shapes.ts';
import { JsonCache, Resource } from './analytics.ts';
import type { Capabilities } from './capabilities.ts';
import type { GraphMeta } from './graph-data.ts';
import { translate, type Translate } from './i18n/index.ts';
import { filterParams, type AppStore, type Divide, type Filters, type Lang } from './state.ts';
import type { NetworkAttributes, TieAttributes, TownAttributes, TownGraph } from './types.ts';
import { computeView, type View } from './view.ts';

export type Renderer = Sigma<TownAttributes, TieAttributes, NetworkAttributes>;

export interface NodeValues {
  measure: string;
  values: Map<string, number>;
  ranks: Map<string, number>;
  min: number;
  max: number;
}

export interface EastWestData {
  level: Divide;
  brokers: Broker[];
  raw: Json;
}

export interface AnalyticsResources {
  /** Centrality of the size mode, for the current filters. */
  readonly centrality: Resource<NodeValues>;
  readonly communities: Resource<CommunityData>;
  /** The API's east-west analysis (brokers, summary, per year, per region) for one divide. */
  readonly eastWest: Resource<EastWestData>;
  /** Members of the community selected in the communities panel. */
  readonly communityMembers: Resource<{ community: Community | null; members: Set<string> }>;
}

export interface AppContext {
  readonly graph: TownGraph;
  readonly renderer: Renderer;
  readonly store: AppStore;
  readonly caps: Capabilities;
  readonly meta: GraphMeta;
  readonly analytics: AnalyticsResources;
  readonly cache: JsonCache;
  /** The browser's language (the URL leaves `lang` out when it is this one). */
  readonly defaultLang: Lang;
  /** The visible graph under the current filters (recomputed when they change). */
  view(): View;
  t: Translate;
  /** The query parameters of the current filters, for the analysis endpoints. */
  filterQuery(filters?: Filters): Record<string, string>;
}

/** A feature sets itself up and returns its teardown. */
export type Feature = (ctx: AppContext) => () => void;

export function createContext(parts: Pick<AppContext, 'graph' | 'renderer' | 'store' | 'caps' | 'meta' | 'defaultLang'>): AppContext {
  let cached: View | null = null;
  return {
    ...parts,
    analytics: {
      centrality: new Resource(),
      communities: new Resource(),
      eastWest: new Resource(),
      communityMembers: new Resource(),
    },
    cache: new JsonCache(),
    view() {
      const filters = parts.store.get().filters;
      if (!cached || cached.filters !== filters) cached = computeView(parts.graph, filters);
      return cached;
    },
    t: (key, params) => translate(parts.store.get().lang, key, params),
    filterQuery: (filters = parts.store.get().filters) => filterParams(filters),
  };
}
