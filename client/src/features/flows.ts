/**
 * Overview first, details on demand: while the map is zoomed out, the partnerships are drawn as
 * flows between countries (between states inside Germany), aggregated by client/src/flows.ts from
 * the partnerships the drawing would show (drawn.ts's `tieShown`), on a canvas layer above the
 * towns and below their names. Zooming in, choosing a town or switching to the force layout
 * brings the single partnerships back: this feature sets the state's `overview`, and programs.ts
 * leaves the partnerships' lines out while it is on.
 *
 * "Zoomed out" is the span of the map across the screen's shorter side, in radians of Web
 * Mercator (FLOW_SPAN in client/src/flows.ts): the camera's ratio times the graph's extent, so that
 * the threshold means the same whether or not places without coordinates widen the graph (their
 * ring) and on every screen. It lies between the opening view of the network (Europe or the world)
 * and a view of Germany and its neighbours, three wheel steps further in.
 *
 * Each flow is a quadratic Bézier curve from its larger group to its smaller one, bent to the
 * right of that direction by a fixed share of its length, so that the flows leaving one place
 * fan out to the same side and two flows between nearby places do not lie on each other. Width
 * grows with the square root of the count (a circle for the partnerships within a group has the
 * width a line of that count would have); lines are translucent, so that where they overlap the
 * picture darkens rather than hides; those mostly across the divide the colour mode shows are
 * drawn in the cross-tie colour. A flow more than half the world wide goes across the map's edge,
 * as on a globe. The aggregation is computed once per change of what it reads (view, chosen
 * community, divide); a frame only projects and draws at most MAX_DRAWN_FLOWS curves.
 *
 * `#graph[data-flows]` says how many flows are drawn, or "off"; `data-flows-ties` how many
 * partnerships they (and the groups' circles) stand for; `data-flows-span` the span that decides;
 * `data-edges-drawn` how many partnerships sigma draws as lines: for whoever looks at the picture
 * without reading its pixels (the browser tests).
 */
import type { Point } from '../../../contract/map-positions.ts';
import { resetLayer, showLayer } from '../canvas-layer.ts';
import type { AppContext, Feature, Renderer } from '../context.ts';
import {
  aggregateFlows,
  crossesDivide,
  drawnFlows,
  flowDivide,
  FLOW_SPAN,
  UNKNOWN_GROUP,
  type Flow,
  type FlowGroup,
  type FlowSummary,
} from '../flows.ts';
import { CROSS_TIE, FLOW } from '../palettes.ts';
import { regionName } from '../regions.ts';
import { colorModel } from '../drawing-model.ts';
import { coloursCommunities, sameItems } from '../state.ts';
import { communityGrouping, communityName, setupCommunityGraphClicks, wantsCommunityGraph } from './community-graph.ts';
import { chosenCommunity, drawingVersion, openTie, tieShown } from './drawn.ts';
import { cameraMoving, drawingResolution, linesLeftOut } from '../programs.ts';

const LAYER = 'flows';
const MIN_WIDTH = 0.6;
const MAX_WIDTH = 12;
/** How far a curve bends to its right, as a share of its length. */
const BEND = 0.2;
const LINE_ALPHA = 0.4;
/** Flows across the divide are few and short (inside Germany): drawn almost opaque. */
const CROSS_ALPHA = 0.85;
/** The groups named, the largest by partnerships (fewer where names would overlap). */
const GROUP_NAMES = 16;
/** A community's circle in the force layout's community graph: from this radius (px) for the largest down to the smallest. */
const MAX_COMMUNITY_RADIUS = 36;
const MIN_COMMUNITY_RADIUS = 3;
/** The font of the groups' names (features/labels.ts draws them). */
export const GROUP_FONT = '600 12px system-ui, sans-serif';

/** The flows of the partnerships drawn now, and the inputs they were aggregated from. */
export interface ShownFlows {
  inputs: readonly unknown[];
  summary: FlowSummary;
  drawn: Flow[];
}

/** The circles drawn, on screen (for a click on one: community-graph.ts). */
type Circles = Array<{ key: string; x: number; y: number; radius: number }>;

/** How many radians of the map the screen's shorter side spans at the renderer's camera. */
function span(ctx: AppContext): number {
  const o = ctx.renderer.graphToViewport({ x: 0, y: 0 });
  const e = ctx.renderer.graphToViewport({ x: 1, y: 0 });
  const { width, height } = ctx.renderer.getDimensions();
  return Math.min(width, height) / (Math.hypot(e.x - o.x, e.y - o.y) || 1);
}

let memo: ShownFlows | null = null;
let placedMemo: { graph: AppContext['graph']; placed: Map<string, Point> } | null = null;

/** Map positions of the towns with coordinates (those on the ring around the map place no group). */
function placedTowns(ctx: AppContext): Map<string, Point> {
  if (placedMemo?.graph !== ctx.graph) {
    const placed = new Map<string, Point>();
    ctx.graph.forEachNode((node, attr) => {
      const p = ctx.meta.geo.get(node);
      if (p && typeof attr.lat === 'number' && typeof attr.lon === 'number') placed.set(node, p);
    });
    placedMemo = { graph: ctx.graph, placed };
  }
  return placedMemo.placed;
}

/** The flows of the partnerships drawn now, aggregated again only when what they depend on changed. */
function currentFlows(ctx: AppContext): ShownFlows {
  const state = ctx.store.get();
  const view = ctx.view();
  const community = chosenCommunity(ctx, state.community);
  const divide = flowDivide(state);
  const grouping = communityGrouping(ctx);
  const inputs = [ctx.graph, view, community, divide, grouping, grouping ? drawingVersion(ctx) : null];
  if (!memo || memo.inputs.some((v, i) => v !== inputs[i])) {
    const placed = placedTowns(ctx);
    const position = grouping
      ? (node: string) => {
          const a = ctx.graph.getNodeAttributes(node);
          return { x: a.x, y: a.y };
        }
      : (node: string) => placed.get(node);
    // in the community graph, the partnerships between open communities' towns are drawn by sigma
    const shown = (edge: string) => tieShown(ctx.graph, view, community, edge) && !(grouping && openTie(grouping, edge));
    const summary = aggregateFlows(ctx.graph, shown, {
      position,
      divide,
      ...(grouping ? { group: (node: string) => grouping.group(node) } : {}),
    });
    memo = { inputs, summary, drawn: drawnFlows(summary) };
  }
  return memo;
}

type Project = (key: string) => Point;

/** The flows as curves, largest first, so that the thin lines lie on top of the wide ones. */
function drawLines(
  context: CanvasRenderingContext2D,
  flows: readonly Flow[],
  divide: FlowSummary['divide'],
  at: Project,
  width: (count: number) => number,
  world: number,
): void {
  const curve = (a: Point, b: Point) => {
    const [dx, dy] = [b.x - a.x, b.y - a.y];
    // the right of the direction a → b on screen (y points down)
    const control = { x: (a.x + b.x) / 2 - dy * BEND, y: (a.y + b.y) / 2 + dx * BEND };
    context.moveTo(a.x, a.y);
    context.quadraticCurveTo(control.x, control.y, b.x, b.y);
  };
  context.lineCap = 'round';
  for (const flow of flows) {
    const a = at(flow.from);
    const b = at(flow.to);
    const cross = divide !== null && crossesDivide(flow);
    context.strokeStyle = cross ? CROSS_TIE : FLOW;
    context.globalAlpha = cross ? CROSS_ALPHA : LINE_ALPHA;
    context.lineWidth = width(flow.count);
    context.beginPath();
    // more than half the world apart, a flow goes the short way, across the map's edge (the
    // antimeridian): from each end towards the other's copy a world's width away, as on a globe
    if (Math.abs(b.x - a.x) <= world / 2) curve(a, b);
    else {
      const shift = b.x > a.x ? -world : world;
      curve(a, { x: b.x + shift, y: b.y });
      curve({ x: a.x - shift, y: a.y }, b);
    }
    context.stroke();
  }
}

/** A group's circle: as wide as a line of its inner partnerships, a dot without any. */
function circleRadius(group: FlowGroup, width: (count: number) => number): number {
  return group.internal > 0 ? width(group.internal) / 2 + 1 : 2;
}

/** A circle per group, filled white (or in the colour `fill` gives), with a slate ring. */
function drawCircles(
  context: CanvasRenderingContext2D,
  groups: readonly FlowGroup[],
  at: Project,
  radius: (group: FlowGroup) => number,
  fill: (group: FlowGroup) => string,
): void {
  context.strokeStyle = FLOW;
  context.lineWidth = 1;
  for (const group of groups) {
    const p = at(group.key);
    context.fillStyle = fill(group);
    context.globalAlpha = 0.8;
    context.beginPath();
    context.arc(p.x, p.y, radius(group), 0, 2 * Math.PI);
    context.fill();
    context.globalAlpha = 1;
    context.stroke();
  }
}

type FlowHost = Pick<Renderer, 'graphToViewport' | 'getDimensions'>;

/** The flows of now projected for the renderer's camera: screen positions, the width scale, the groups drawn. */
function projectFlows(ctx: AppContext, renderer: FlowHost) {
  const shown = currentFlows(ctx);
  const { summary, drawn } = shown;
  const screen = new Map<string, Point>();
  const at: Project = (key) => {
    let p = screen.get(key);
    if (!p) {
      p = renderer.graphToViewport(summary.groups.get(key)!.anchor!);
      screen.set(key, p);
    }
    return p;
  };
  // one scale for lines and circles: the square root of the count, the largest drawn the widest
  let most = drawn[0]?.count ?? 1;
  for (const group of summary.groups.values()) if (group.anchor && group.internal > most) most = group.internal;
  const width = (count: number) => MIN_WIDTH + (MAX_WIDTH - MIN_WIDTH) * Math.sqrt(count / most);
  const grouping = communityGrouping(ctx);
  // the map wraps around the antimeridian; the force layout does not
  const world = grouping
    ? Infinity
    : Math.abs(renderer.graphToViewport({ x: 2 * Math.PI, y: 0 }).x - renderer.graphToViewport({ x: 0, y: 0 }).x);
  const ends = new Set(drawn.flatMap((f) => [f.from, f.to]));
  let groups = [...summary.groups.values()].filter((g) => g.anchor && (g.internal > 0 || ends.has(g.key)));
  let radius = (group: FlowGroup) => circleRadius(group, width);
  let fill = (_group: FlowGroup) => '#FFFFFF';
  if (grouping) {
    // a circle per community, its area by its towns in view; an open community's towns are drawn by sigma
    groups = [...summary.groups.values()].filter((g) => g.anchor && grouping.members.has(g.key));
    const largest = Math.max(1, ...grouping.members.values());
    radius = (group) => Math.max(MIN_COMMUNITY_RADIUS, MAX_COMMUNITY_RADIUS * Math.sqrt((grouping.members.get(group.key) ?? 0) / largest));
    const color = colorModel(ctx);
    const coloured = coloursCommunities(ctx.store.get().color);
    fill = (group) => (coloured ? color.colorOf(grouping.sample.get(group.key)!) : '#FFFFFF');
  }
  return { shown, at, width, world, groups, radius, fill };
}

/**
 * Draws the flows on `context` (cleared, of the renderer's size times `pixelRatio`) for the
 * camera of `renderer` (the page's, or the PNG export's temporary one); returns what it drew.
 */
export function drawFlows(
  ctx: AppContext,
  renderer: FlowHost,
  context: CanvasRenderingContext2D,
  pixelRatio: number,
): ShownFlows & { circles: Circles } {
  const { shown, at, width, world, groups, radius, fill } = projectFlows(ctx, renderer);
  context.save();
  context.setTransform(pixelRatio, 0, 0, pixelRatio, 0, 0);
  drawLines(context, shown.drawn, shown.summary.divide, at, width, world);
  drawCircles(context, groups, at, radius, fill);
  context.restore();
  return { ...shown, circles: groups.map((g) => ({ key: g.key, ...at(g.key), radius: radius(g) })) };
}

/**
 * The names of the groups drawn, the largest by partnerships first (at most GROUP_NAMES), each
 * above its circle by preference: for the name layer (features/labels.ts), which places them with
 * the towns' names so that none overlaps another.
 */
export function flowNames(ctx: AppContext, renderer: FlowHost): Array<{ key: string; text: string; x: number; y: number; radius: number }> {
  const { at, groups, radius } = projectFlows(ctx, renderer);
  const lang = ctx.store.get().lang;
  const grouping = communityGrouping(ctx);
  if (grouping)
    return groups
      .map((g) => ({ g, members: grouping.members.get(g.key) ?? 0 }))
      .sort((p, q) => q.members - p.members || (p.g.key < q.g.key ? -1 : 1))
      .slice(0, GROUP_NAMES)
      .map(({ g }) => ({
        key: `group:${g.key}`,
        text: communityName(ctx, g.key.slice('community:'.length)),
        ...at(g.key),
        radius: radius(g),
      }));
  return groups
    .filter((g) => g.key !== UNKNOWN_GROUP)
    .sort((p, q) => q.ends - p.ends || (p.key < q.key ? -1 : 1))
    .slice(0, GROUP_NAMES)
    .map((g) => ({ key: `group:${g.key}`, text: regionName(lang, g.key), ...at(g.key), radius: radius(g) }));
}

export const setupFlows: Feature = (ctx) => {
  const { renderer, store } = ctx;
  const canvas = renderer.createCanvas(LAYER, { beforeLayer: 'labels' });
  canvas.classList.add('flows');
  const context = canvas.getContext('2d')!;
  const container = renderer.getContainer();

  /** Sets `overview` from the layout, the selection and the camera; true when it changed it. */
  const update = (): boolean => {
    const s = store.get();
    const shown = span(ctx);
    container.dataset.flowsSpan = shown.toFixed(4);
    const zoomedOut = s.layout === 'geo' && s.map === 'network' && s.selected === null && shown > FLOW_SPAN;
    // the force layout's community graph, once the towns' communities are known (community-graph.ts)
    const overview = zoomedOut || (wantsCommunityGraph(s) && communityGrouping(ctx) !== null);
    if (overview === s.overview) return false;
    store.set({ overview });
    return true;
  };

  // `data-edges-drawn`: the partnerships sigma draws as lines, read from what the edge reducer
  // gave; counted when the overview or the view changes (draw.ts has redrawn by the next frame)
  let counted: readonly unknown[] = [];
  const countEdges = () => {
    const view = ctx.view();
    const key = [store.get().overview, view, store.get().community, store.get().expanded, store.get().layout];
    if (key.every((v, i) => v === counted[i])) return;
    counted = key;
    let drawn = 0;
    // the flows stand for the partnerships: their lines are processed but not drawn (programs.ts)
    if (!linesLeftOut(ctx.graph))
      for (const edge of view.edges) {
        const d = renderer.getEdgeDisplayData(edge);
        if (d && !d.hidden) drawn += 1;
      }
    container.dataset.edgesDrawn = String(drawn);
  };

  const draw = () => {
    const before = store.get().overview;
    const changed = update();
    if (!changed) countEdges();
    // A change of the overview found after sigma's drawing is drawn by draw.ts: at once (it renders
    // again), or in the next frame while the map moves, so that this frame keeps the flows (the
    // lines were left out) or leaves them out (the lines were drawn) as sigma's drawing did.
    const overview = changed && cameraMoving(renderer) ? before : store.get().overview;
    const size = resetLayer(renderer, canvas, context, drawingResolution(renderer));
    // zoomed in there is nothing on it: hidden, it is not copied and blended in on every frame
    showLayer(canvas, overview);
    if (!overview) {
      container.dataset.flows = 'off';
      delete container.dataset.flowsTies;
      delete container.dataset.communityGraph;
      delete container.dataset.communityCircles;
      circles = [];
      return;
    }
    const current = drawFlows(ctx, renderer, context, size.pixelRatio);
    circles = current.circles;
    container.dataset.flows = String(current.drawn.length);
    container.dataset.flowsTies = String(current.summary.ties);
    if (store.get().layout === 'force') {
      container.dataset.communityGraph = String(circles.length);
      // the largest circles on screen, for whoever clicks one without reading pixels (the browser test)
      const r = (v: number) => Math.round(v * 10) / 10;
      const largest = [...circles].sort((a, b) => b.radius - a.radius).slice(0, 20);
      container.dataset.communityCircles = JSON.stringify(largest.map((c) => [c.key, r(c.x), r(c.y), r(c.radius)]));
    } else {
      delete container.dataset.communityGraph;
      delete container.dataset.communityCircles;
    }
  };
  let circles: Circles = [];
  const stopClicks = setupCommunityGraphClicks(ctx, () => circles);

  const camera = renderer.getCamera();
  const moved = () => void update();
  camera.on('updated', moved);
  renderer.on('afterRender', draw);
  // the communities' arrival redraws (draw.ts), which updates the overview on the next frame
  const unwatch = store.watch((s) => [s.layout, s.map, s.selected, s.communityGraph], moved, sameItems);
  return () => {
    stopClicks();
    unwatch();
    camera.off('updated', moved);
    renderer.off('afterRender', draw);
    renderer.killLayer(LAYER);
    for (const key of ['flows', 'flowsTies', 'flowsSpan', 'edgesDrawn', 'communityGraph', 'communityCircles'])
      delete container.dataset[key];
    if (store.get().overview) store.set({ overview: false });
  };
};
