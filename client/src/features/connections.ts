/**
 * "How are these two towns connected?" and "what lies around this town?": loads the shortest paths
 * from the selected town to `pathTo` (GET /api/paths) and the selected town's neighbourhood
 * (GET /api/ego/:id) for the current filters, and says what the drawing brings forward: the places
 * and partnerships along the paths, or those of the neighbourhood. The town panel asks and tells
 * (town-connections.ts); the reducers (draw.ts), the focus layer and the legend read `highlightOf`.
 * Both belong to the selected town: choosing another one clears them.
 */
import type { EgoAnswer, Paths } from '../../../contract/api/paths.ts';
import { filterQuery, filtersKey } from '../../../contract/filters.ts';
import { apiUrl } from '../api.ts';
import { fitNodes } from '../camera.ts';
import type { AppContext, Feature } from '../context.ts';
import { ENDPOINTS } from '../endpoints.ts';
import type { AppState } from '../state.ts';

/** Paths listed (the API counts them all). */
const PATH_LIMIT = 10;
/** Places of a neighbourhood drawn at most (the API says when it cut). */
export const EGO_MAX = 2000;

export interface Highlight {
  kind: 'paths' | 'ego';
  /** The places brought forward, and those of them that are always named. */
  nodes: ReadonlySet<string>;
  named: ReadonlySet<string>;
  /** The partnerships brought forward (ids of the page's graph). */
  edges: ReadonlySet<string>;
}

/** The query of GET /api/paths: its places are `from` and `to`, so the founding years are `since` and `until`. */
function pathsQuery(state: AppState, from: string, to: string): Record<string, string | number> {
  const { from: since, to: until, ...filters } = filterQuery(state.filters);
  return { from, to, limit: PATH_LIMIT, ...filters, ...(since ? { since } : {}), ...(until ? { until } : {}) };
}

export const pathsKey = (s: AppState) => `${s.selected}|${s.pathTo}|${filtersKey(s.filters)}`;
export const egoKey = (s: AppState) => `${s.selected}|${s.ego}|${filtersKey(s.filters)}`;

/** The partnerships of the page's graph between consecutive places of each path. */
function pathEdges(ctx: AppContext, paths: Paths['paths']): Set<string> {
  const edges = new Set<string>();
  const view = ctx.view();
  for (const path of paths) {
    for (let i = 1; i < path.length; i++) {
      const [a, b] = [path[i - 1]!.id, path[i]!.id];
      if (!ctx.graph.hasNode(a) || !ctx.graph.hasNode(b)) continue;
      ctx.graph.forEachEdge(a, b, (edge) => {
        if (view.edges.has(edge)) edges.add(edge);
      });
    }
  }
  return edges;
}

let memo: { answer: Paths | EgoAnswer; highlight: Highlight } | null = null;

/** What the drawing brings forward now: the paths asked for, else the neighbourhood, once loaded. */
export function highlightOf(ctx: AppContext): Highlight | null {
  const state = ctx.store.get();
  if (state.selected === null) return null;
  const { paths, ego } = ctx.analytics;
  let answer: Paths | EgoAnswer | null = null;
  if (state.pathTo !== null && paths.key === pathsKey(state)) answer = paths.data;
  else if (state.pathTo === null && state.ego !== null && ego.key === egoKey(state)) answer = ego.data;
  if (answer === null) return null;
  if (memo?.answer === answer) return memo.highlight;
  let highlight: Highlight;
  if ('paths' in answer) {
    const nodes = new Set(answer.paths.flat().map((p) => p.id));
    highlight = { kind: 'paths', nodes, named: nodes, edges: pathEdges(ctx, answer.paths) };
  } else {
    const nodes = new Set(answer.nodes.map((n) => n.key));
    const edges = new Set(answer.edges.map((e) => e.key).filter((key): key is string => key !== undefined && ctx.graph.hasEdge(key)));
    highlight = { kind: 'ego', nodes, named: new Set([answer.attributes.center]), edges };
  }
  memo = { answer, highlight };
  return highlight;
}

export const setupConnections: Feature = (ctx) => {
  const { store, analytics } = ctx;

  const sync = () => {
    const state = store.get();
    const { selected, pathTo, ego } = state;
    if (selected === null || state.playing) return;
    if (pathTo !== null) {
      analytics.paths.load(pathsKey(state), () => ctx.cache.get<Paths>(apiUrl(ENDPOINTS.paths, pathsQuery(state, selected, pathTo))));
    } else if (ego !== null) {
      const query = { id: selected, radius: ego, max: EGO_MAX, ...filterQuery(state.filters) };
      analytics.ego.load(egoKey(state), () => ctx.cache.get<EgoAnswer>(apiUrl(ENDPOINTS.ego, query)));
    }
  };

  /** Frames what came forward, once per answer. */
  let framed: unknown = null;
  const frame = () => {
    const highlight = highlightOf(ctx);
    const answer = memo?.answer;
    if (!highlight || answer === framed) return;
    framed = answer;
    fitNodes(ctx, highlight.nodes, 600);
  };

  sync();
  const unsubscribe = [
    store.subscribe((s, p) => {
      if (s.selected !== p.selected && (s.pathTo !== null || s.ego !== null)) {
        store.set({ pathTo: null, ego: null });
        return;
      }
      if (s.selected !== p.selected || s.pathTo !== p.pathTo || s.ego !== p.ego || s.filters !== p.filters || s.playing !== p.playing)
        sync();
    }),
    analytics.paths.subscribe(frame, { progress: false }),
    analytics.ego.subscribe(frame, { progress: false }),
  ];
  return () => {
    for (const u of unsubscribe) u();
  };
};
