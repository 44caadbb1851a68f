/**
 * The force layout's community graph: one circle per community (its area by its towns in view), the
 * partnerships between two communities as one line (wider for more, as the map's flows), each
 * community named; a click on a circle opens that community in place: its towns appear at their
 * force positions, their partnerships to the other communities run to those circles. "Fold all"
 * closes them again. Whose communities: Louvain's, Leiden's in the Leiden colour mode (the
 * colouring's), from the /api/metrics answer the page already has.
 *
 * It is the flows' machinery with another grouping (features/flows.ts draws it and sets the
 * state's `overview` while it is shown; draw.ts hides the towns of the closed communities and
 * every single partnership meanwhile). Shown when the force layout is on, "communities as nodes"
 * is checked, no town is chosen (a chosen town shows its own partnerships, as on the map) and the
 * towns' communities are known.
 *
 * `#graph[data-community-graph]` says how many communities are drawn as circles (absent when the
 * community graph is not shown), `data-expanded` which are open.
 */
import type { AppContext } from '../context.ts';
import { communityMembership } from '../drawing-model.ts';
import type { AppState } from '../state.ts';

/** The key of a community's group, and of an open community's town (its own group). */
export const communityKey = (id: number | string) => `community:${id}`;
export const townKey = (node: string) => `town:${node}`;

/** Whether the state asks for the community graph (the communities may still be loading). */
export function wantsCommunityGraph(state: Pick<AppState, 'layout' | 'communityGraph' | 'selected' | 'map'>): boolean {
  return state.layout === 'force' && state.communityGraph && state.selected === null && state.map === 'network';
}

export interface CommunityGrouping {
  graph: AppContext['graph'];
  membership: ReadonlyMap<string, number>;
  expanded: ReadonlySet<string>;
  /** A town's group: its community's, or its own when its community is open. */
  group(node: string): string;
  /** Towns in view per community (by group key). */
  members: ReadonlyMap<string, number>;
  /** A town in view of each community (by group key), whose colour the circle takes. */
  sample: ReadonlyMap<string, string>;
}

let memo: { membership: ReadonlyMap<string, number>; expanded: readonly string[]; view: unknown; grouping: CommunityGrouping } | null =
  null;

/** The grouping of the community graph, when it is asked for and the towns' communities are known. */
export function communityGrouping(ctx: AppContext): CommunityGrouping | null {
  const state = ctx.store.get();
  if (!wantsCommunityGraph(state)) return null;
  const membership = communityMembership(ctx);
  if (!membership) return null;
  const view = ctx.view();
  if (memo?.grouping.graph !== ctx.graph || memo.membership !== membership || memo.expanded !== state.expanded || memo.view !== view) {
    const expanded = new Set(state.expanded);
    const members = new Map<string, number>();
    const sample = new Map<string, string>();
    for (const node of view.nodes) {
      const c = membership.get(node);
      if (c === undefined) continue;
      const key = communityKey(c);
      members.set(key, (members.get(key) ?? 0) + 1);
      if (!sample.has(key)) sample.set(key, node);
    }
    const group = (node: string) => {
      const c = membership.get(node);
      if (c === undefined) return townKey(node);
      return expanded.has(String(c)) ? townKey(node) : communityKey(c);
    };
    memo = { membership, expanded: state.expanded, view, grouping: { graph: ctx.graph, membership, expanded, group, members, sample } };
  }
  return memo.grouping;
}

/** Whether a town is drawn under the community graph: only those of the open communities. */
export function shownInCommunityGraph(grouping: CommunityGrouping, node: string): boolean {
  const c = grouping.membership.get(node);
  return c === undefined || grouping.expanded.has(String(c));
}

/** A community's name as the API gives it (`/api/communities`), else its number. */
export function communityName(ctx: AppContext, id: string): string {
  const known = ctx.analytics.communities.data?.communities.find((c) => String(c.id) === id);
  return known?.name ?? ctx.t('communityGraph.unnamed', { id });
}

/**
 * Opens the community whose circle is under a click on the stage (the circles as features/flows.ts
 * last drew them, `circles`), and says what is open on #graph.
 */
export function setupCommunityGraphClicks(
  ctx: AppContext,
  circles: () => ReadonlyArray<{ key: string; x: number; y: number; radius: number }>,
): () => void {
  const { renderer, store } = ctx;
  const container = renderer.getContainer();
  const onClick = ({ event }: { event: { x: number; y: number } }) => {
    if (!store.get().overview || store.get().layout !== 'force') return;
    // of the circles under the pointer, the one whose centre is nearest: a small community drawn over a
    // large one is reached at its own centre, the large one at its centre
    const distance = (c: { x: number; y: number }) => Math.hypot(c.x - event.x, c.y - event.y);
    const hit = circles()
      .filter((c) => c.key.startsWith('community:') && distance(c) <= Math.max(c.radius, 6))
      .sort((a, b) => distance(a) - distance(b) || a.radius - b.radius)[0];
    if (!hit) return;
    const id = hit.key.slice('community:'.length);
    if (!store.get().expanded.includes(id)) store.set({ expanded: [...store.get().expanded, id] });
  };
  renderer.on('clickStage', onClick);
  const describe = () => {
    const { expanded, communityGraph } = store.get();
    if (communityGraph && expanded.length) container.dataset.expanded = expanded.join(' ');
    else delete container.dataset.expanded;
  };
  describe();
  const unsubscribe = store.subscribe((s, p) => {
    if (s.expanded !== p.expanded || s.communityGraph !== p.communityGraph) describe();
    // switched off, or another colouring (perhaps another algorithm's communities): nothing stays open
    if ((s.color !== p.color || !s.communityGraph) && s.expanded.length) store.set({ expanded: [] });
  });
  return () => {
    renderer.off('clickStage', onClick);
    unsubscribe();
    delete container.dataset.expanded;
  };
}
