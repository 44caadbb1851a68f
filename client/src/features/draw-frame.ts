/**
 * What the drawing's reducers read (draw.ts), computed once per redraw rather than once per town:
 * the view, the colour and size models, what is chosen and brought forward, the partnerships'
 * style for how many are on screen; and the counts of partnerships that decide that style and
 * whether the lines are left out while the camera moves.
 */
import { communityGrouping, type CommunityGrouping } from './community-graph.ts';
import type { AppContext } from '../context.ts';
import { colorModel, edgeStyle, sizeModel, type ColorModel, type EdgeStyle, type SizeModel } from '../drawing-model.ts';
import type { AppState } from '../state.ts';
import { crossTies, type View } from '../view.ts';
import { highlightOf, type Highlight } from './connections.ts';
import { chosenCommunity, tieShown } from './drawn.ts';
import { recommendedPartners } from './recommended.ts';

/** Towns of the chosen community named whatever the label grid says: its largest as drawn. */
const COMMUNITY_LABELS = 15;

/** Everything the reducers read, computed once per redraw rather than once per town. */
export interface Frame {
  view: View;
  color: ColorModel;
  size: SizeModel;
  selected: string | null;
  /** Members of the chosen community (the others fade). */
  community: ReadonlySet<string> | null;
  /** Show the chosen community alone. */
  communityOnly: boolean;
  /** The chosen community's largest towns in view, always named. */
  communityLabels: ReadonlySet<string>;
  /** The selected town's recommended partners in view. */
  recommended: ReadonlySet<string>;
  cross: ReadonlySet<string> | null;
  brokers: ReadonlySet<string>;
  /** The paths or the neighbourhood brought forward (the rest fades, other partnerships hide). */
  highlight: Highlight | null;
  /** The zoomed-out map shows flows in place of the partnerships. */
  overview: boolean;
  /** The partnerships' colour and width, for how many are on screen. */
  edges: EdgeStyle;
  /** The force layout's community graph, while shown: only the towns of open communities are drawn. */
  grouping: CommunityGrouping | null;
}

/** The largest members of the community in view, by the size drawn (ties by id). */
function largestMembers(members: ReadonlySet<string>, view: View, size: SizeModel): ReadonlySet<string> {
  const shown = [...members].filter((node) => view.nodes.has(node)).map((node) => ({ node, size: size.sizeOf(node) }));
  shown.sort((a, b) => b.size - a.size || (a.node < b.node ? -1 : 1));
  return new Set(shown.slice(0, COMMUNITY_LABELS).map((m) => m.node));
}

export function frame(ctx: AppContext, state: AppState, edgesOnScreen: number): Frame {
  const view = ctx.view();
  const size = sizeModel(ctx);
  const community = chosenCommunity(ctx, state.community);
  const cross = state.divide ? crossTies(ctx.graph, view, state.divide).crossEdges : null;
  const brokers = new Set<string>();
  const eastWest = ctx.analytics.eastWest.data;
  // inside Germany, the brokers a German council can act on (paths that stay in Germany) are drawn
  if (state.divide && eastWest?.level === state.divide)
    for (const b of (eastWest.innerBrokers ?? eastWest.brokers).slice(0, 10)) brokers.add(b.id);
  const highlight = highlightOf(ctx);
  return {
    view,
    color: colorModel(ctx),
    size,
    selected: state.selected,
    community,
    communityOnly: state.communityOnly && community !== null,
    communityLabels: community ? largestMembers(community, view, size) : new Set(),
    recommended: new Set(highlight ? [] : recommendedPartners(ctx)),
    cross,
    brokers,
    highlight,
    overview: state.overview,
    edges: edgeStyle(edgesOnScreen),
    grouping: state.overview ? communityGrouping(ctx) : null,
  };
}

/**
 * The partnerships drawn as lines with an end on screen: those of the view (inside the chosen
 * community, if any) unless the flows stand for them or paths are brought forward.
 */
export function edgesOnScreen(ctx: AppContext, f: Frame): number {
  if (f.overview || f.highlight) return 0;
  const { renderer, graph } = ctx;
  // the screen as a box in the graph's coordinates, so that a town is tested by its attributes
  // (a shown partnership's towns are shown): no display data copied, no projection per town
  const { width, height } = renderer.getDimensions();
  const corners = [renderer.viewportToGraph({ x: 0, y: 0 }), renderer.viewportToGraph({ x: width, y: height })];
  const [x0, x1] = [Math.min(corners[0]!.x, corners[1]!.x), Math.max(corners[0]!.x, corners[1]!.x)];
  const [y0, y1] = [Math.min(corners[0]!.y, corners[1]!.y), Math.max(corners[0]!.y, corners[1]!.y)];
  const onScreen = (node: string) => {
    const { x, y } = graph.getNodeAttributes(node);
    return x >= x0 && x <= x1 && y >= y0 && y <= y1;
  };
  let drawn = 0;
  for (const edge of f.view.edges) {
    if (!tieShown(graph, f.view, f.community, edge)) continue;
    const [s, t] = graph.extremities(edge);
    if (onScreen(s) || onScreen(t)) drawn += 1;
  }
  return drawn;
}

/**
 * How many partnerships would be drawn as lines, the overview's flows aside: what decides whether
 * they are left out in motion, so that the setting does not change (a full reprocessing in sigma)
 * when zooming crosses from the flows to the lines.
 */
export function linesDrawn(ctx: AppContext, f: Frame): number {
  if (f.highlight) return f.highlight.edges.size;
  if (!f.community) return f.view.edges.size;
  let drawn = 0;
  for (const edge of f.view.edges) if (tieShown(ctx.graph, f.view, f.community, edge)) drawn += 1;
  return drawn;
}
