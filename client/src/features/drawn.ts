/**
 * What the drawing shows, as the other layers need to know it (features/flows.ts, labels.ts):
 * which partnerships are drawn, the chosen community's towns, and a version that changes with every
 * redraw of the reducers (features/draw.ts) and every move of the towns.
 */
import type { AppContext } from '../context.ts';
import type { View } from '../view.ts';
import { communityMembership } from '../drawing-model.ts';
import { shownInCommunityGraph, type CommunityGrouping } from './community-graph.ts';

/** Bumped by every redraw of the reducers and every move of the towns (a layout, its animation). */
let version = 0;
let watchedGraph: AppContext['graph'] | null = null;

/**
 * Changes whenever what the reducers give may have changed: what is drawn, or where the towns
 * are. Layers that cache something of the drawing per frame (features/labels.ts, flows.ts) key on it.
 */
export function drawingVersion(ctx: AppContext): number {
  if (watchedGraph !== ctx.graph) {
    watchedGraph = ctx.graph;
    const bump = () => void (version += 1);
    ctx.graph.on('eachNodeAttributesUpdated', bump);
    ctx.graph.on('nodeAttributesUpdated', bump);
    version += 1;
  }
  return version;
}

let membersMemo: { membership: ReadonlyMap<string, number>; id: string; members: ReadonlySet<string> } | null = null;

/** The towns of the chosen community, once the towns' communities are known. */
export function chosenCommunity(ctx: AppContext, id: string | null): ReadonlySet<string> | null {
  const membership = id === null ? null : communityMembership(ctx);
  if (id === null || !membership) return null;
  if (membersMemo?.membership !== membership || membersMemo.id !== id) {
    const members = new Set<string>();
    for (const [node, c] of membership) if (String(c) === id) members.add(node);
    membersMemo = { membership, id, members };
  }
  // a community the answer does not have (an old link) highlights nothing
  return membersMemo.members.size > 0 ? membersMemo.members : null;
}

/**
 * Whether a partnership of the view is drawn when nothing is brought forward: with a community
 * chosen, only those inside it. The flows of the zoomed-out map (features/flows.ts) count these.
 */
export function tieShown(graph: AppContext['graph'], view: View, community: ReadonlySet<string> | null, edge: string): boolean {
  if (!view.edges.has(edge)) return false;
  if (!community) return true;
  const [s, t] = graph.extremities(edge);
  return community.has(s) && community.has(t);
}

/** A partnership between two towns of open communities of the community graph. */
export function openTie(grouping: CommunityGrouping, edge: string): boolean {
  const [s, t] = grouping.graph.extremities(edge);
  return shownInCommunityGraph(grouping, s) && shownInCommunityGraph(grouping, t);
}

/** Called by draw.ts at each redraw of the reducers. */
export function drawingChanged(): void {
  version += 1;
}
