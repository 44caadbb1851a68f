/** What every feature receives: the graph, the renderer, the state, the analyses loaded from the API. */
import type Sigma from 'sigma';
import type { Communities, EastWestAnswer, Recommendation } from '../../contract/api/analyses.ts';
import type { EgoAnswer, Paths } from '../../contract/api/paths.ts';
import { filterQuery } from '../../contract/filters.ts';
import type { CommunityAlgorithm } from '../../contract/vocabularies.ts';
import { JsonCache } from './api.ts';
import type { GraphMeta } from './graph-data.ts';
import { translate, type Translate } from './i18n/index.ts';
import { Resource } from './resource.ts';
import type { AppStore, ClientFilters, Lang, SizeMode } from './state.ts';
import type { NetworkAttributes, TieAttributes, TownAttributes, TownGraph } from './types.ts';
import { computeView, type View } from './view.ts';

export type Renderer = Sigma<TownAttributes, TieAttributes, NetworkAttributes>;

/** One answer of GET /api/metrics, by town: a centrality with its ranks, each town's community and core number. */
export interface NodeMetrics {
  /** The filters it is for (`filtersKey`). */
  filters: string;
  /** The size mode whose values these are (a centrality, or 'core': the k-core number). */
  measure: SizeMode;
  values: ReadonlyMap<string, number>;
  ranks: ReadonlyMap<string, number>;
  min: number;
  max: number;
  /** Whose communities `community` holds. */
  algorithm: CommunityAlgorithm;
  community: ReadonlyMap<string, number>;
}

export interface AnalyticsResources {
  /** Every town's centrality of the size mode, its rank and its community, for the current filters. */
  readonly metrics: Resource<NodeMetrics>;
  /** The community profiles (GET /api/communities), largest first. */
  readonly communities: Resource<Communities>;
  /** The API's east-west analysis (brokers, summary, per year, per region) for one divide. */
  readonly eastWest: Resource<EastWestAnswer>;
  /** The shortest paths from the selected town to `pathTo` (GET /api/paths). */
  readonly paths: Resource<Paths>;
  /** The selected town's neighbourhood (GET /api/ego/:id). */
  readonly ego: Resource<EgoAnswer>;
  /** The selected town's recommended partners for the current filters (GET /api/recommendations/:id), keyed `id|filters`. */
  readonly recommendations: Resource<readonly Recommendation[]>;
}

export interface AppContext {
  readonly graph: TownGraph;
  readonly renderer: Renderer;
  readonly store: AppStore;
  readonly meta: GraphMeta;
  readonly analytics: AnalyticsResources;
  readonly cache: JsonCache;
  /** The browser's language (the URL leaves `lang` out when it is this one). */
  readonly defaultLang: Lang;
  /** The visible graph under the current filters (recomputed when they change). */
  view(): View;
  t: Translate;
  /** The query parameters of the current filters, for the analysis endpoints. */
  filterQuery(filters?: ClientFilters): Record<string, string>;
}

/** A feature sets itself up and returns its teardown. */
export type Feature = (ctx: AppContext) => () => void;

export function createContext(parts: Pick<AppContext, 'graph' | 'renderer' | 'store' | 'meta' | 'defaultLang'>): AppContext {
  let cached: View | null = null;
  return {
    ...parts,
    analytics: {
      metrics: new Resource(),
      communities: new Resource(),
      eastWest: new Resource(),
      paths: new Resource(),
      ego: new Resource(),
      recommendations: new Resource(),
    },
    cache: new JsonCache(),
    view() {
      const filters = parts.store.get().filters;
      if (!cached || cached.filters !== filters) cached = computeView(parts.graph, filters);
      return cached;
    },
    t: (key, params) => translate(parts.store.get().lang, key, params),
    filterQuery: (filters = parts.store.get().filters) => filterQuery(filters),
  };
}
