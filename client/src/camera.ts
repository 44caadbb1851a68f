/** Moving the view: to a town, to where most towns are, or around a few. */
import type { AppContext } from './context.ts';

/** The town and what is drawn around it when it is chosen: its visible partners and its recommended ones (when loaded). */
export function selectionNodes(ctx: AppContext, node: string): string[] {
  if (!ctx.graph.hasNode(node)) return [];
  const visible = ctx.view().nodes;
  const partners = ctx.graph.neighbors(node).filter((n) => visible.has(n));
  const { recommendations } = ctx.analytics;
  const suggested = recommendations.key?.startsWith(`${node}|`) ? (recommendations.data ?? []).map((r) => r.id) : [];
  return [node, ...partners, ...suggested.filter((id) => ctx.graph.hasNode(id))];
}

/**
 * Frames a chosen town with its partners (and recommended partners): zoomed so that all of them
 * are on screen; a town without any is zoomed to, as close as a quarter of the whole view.
 */
export function flyTo(ctx: AppContext, node: string, duration = 700): void {
  const { renderer } = ctx;
  if (!ctx.graph.hasNode(node)) return;
  const around = selectionNodes(ctx, node);
  if (around.length > 1) return fitNodes(ctx, around, duration);
  const target = renderer.getNodeDisplayData(node);
  if (!target) return;
  const camera = renderer.getCamera();
  const state = { x: target.x, y: target.y, ratio: Math.min(camera.ratio, 0.25) };
  if (duration > 0) void camera.animate(state, { duration, easing: 'quadraticInOut' });
  else camera.setState(state);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0.5;
}

/**
 * Frames where most visible towns are: centred on their median position, wide enough for the
 * three quarters nearest to it, so that a few far-away partners (the seed data is German towns
 * with partners worldwide) do not shrink everything else to a dot.
 */
export function frameTowns(ctx: AppContext, duration = 0): void {
  const { renderer } = ctx;
  const xs: number[] = [];
  const ys: number[] = [];
  for (const node of ctx.view().nodes) {
    const d = renderer.getNodeDisplayData(node);
    if (!d) continue;
    xs.push(d.x);
    ys.push(d.y);
  }
  if (xs.length < 2) return;
  const x = median(xs);
  const y = median(ys);
  const distances = xs.map((px, i) => Math.max(Math.abs(px - x), Math.abs(ys[i]! - y))).sort((a, b) => a - b);
  const reach = distances[Math.floor(distances.length * 0.75)] ?? 0.5;
  const ratio = Math.min(1, Math.max(0.02, reach * 2.4));
  const state = { x, y, ratio, angle: 0 };
  const camera = renderer.getCamera();
  if (duration > 0) void camera.animate(state, { duration });
  else camera.setState(state);
}

/** A rectangle of the map's viewport, in pixels. */
export interface Area {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The overlays shown over the map (the legend; the panels on a tablet; the phone's sheet), as rectangles of its viewport. */
export function overlays(ctx: AppContext): Area[] {
  const container = ctx.renderer.getContainer().getBoundingClientRect();
  const out: Area[] = [];
  for (const id of ['legend', 'panel']) {
    const element = document.getElementById(id);
    if (!element?.checkVisibility()) continue; // hidden or folded (offsetParent is null for a fixed sheet too)
    const r = element.getBoundingClientRect();
    const [left, top, right, bottom] = [r.left - container.left, r.top - container.top, r.right - container.left, r.bottom - container.top];
    if (right <= 0 || left >= container.width || bottom <= 0 || top >= container.height || r.width === 0) continue;
    out.push({ left, top, right, bottom });
  }
  return out;
}

/**
 * The part of the map no overlay covers: the legend (and, on tablets, the panels over the map)
 * take their width off the right, the phone's bottom sheet its height off the bottom.
 */
export function freeArea(ctx: AppContext): Area {
  const container = ctx.renderer.getContainer().getBoundingClientRect();
  const area: Area = { left: 0, top: 0, right: container.width, bottom: container.height };
  for (const { left, top, right } of overlays(ctx)) {
    // on the right (the legend; the panels over a tablet's map, which may cover more than half)
    if (left > container.width / 2 || (right >= container.width - 1 && top <= container.height / 4))
      area.right = Math.min(area.right, left);
    else if (top > container.height / 4) area.bottom = Math.min(area.bottom, top);
  }
  return area;
}

/** Frames every one of `nodes` (the paths between two towns, a neighbourhood), with a margin, in the map's free area. */
export function fitNodes(ctx: AppContext, nodes: Iterable<string>, duration = 0): void {
  const { renderer } = ctx;
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const node of nodes) {
    const d = ctx.graph.hasNode(node) ? renderer.getNodeDisplayData(node) : undefined;
    if (!d) continue;
    [minX, minY, maxX, maxY] = [Math.min(minX, d.x), Math.min(minY, d.y), Math.max(maxX, d.x), Math.max(maxY, d.y)];
  }
  if (!Number.isFinite(minX)) return;
  const span = Math.max(maxX - minX, maxY - minY);
  const whole = { x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio: Math.min(1, Math.max(0.05, span * 1.4)), angle: 0 };
  const state = intoArea(ctx, whole, { minX, minY, maxX, maxY });
  const camera = renderer.getCamera();
  if (duration > 0) void camera.animate(state, { duration, easing: 'quadraticInOut' });
  else camera.setState(state);
}

/**
 * The camera state that shows the box the `whole` state centres in the whole viewport inside the
 * free area instead: zoomed out by how much smaller the area is, and moved so that the box's
 * centre falls on the area's (the conversions are linear, so one step is exact).
 */
function intoArea(
  ctx: AppContext,
  whole: { x: number; y: number; ratio: number; angle: number },
  box: { minX: number; minY: number; maxX: number; maxY: number },
) {
  const { renderer } = ctx;
  const { width, height } = renderer.getDimensions();
  const area = freeArea(ctx);
  const [areaWidth, areaHeight] = [area.right - area.left, area.bottom - area.top];
  if (areaWidth >= width - 1 && areaHeight >= height - 1) return whole;
  if (areaWidth < 40 || areaHeight < 40) return whole; // nothing sensible to fit into
  const shrink = Math.max(width / areaWidth, height / areaHeight);
  const zoomed = { ...whole, ratio: Math.min(1.5, whole.ratio * shrink) };
  const centre = renderer.framedGraphToViewport({ x: (box.minX + box.maxX) / 2, y: (box.minY + box.maxY) / 2 }, { cameraState: zoomed });
  const target = { x: (area.left + area.right) / 2, y: (area.top + area.bottom) / 2 };
  const from = renderer.viewportToFramedGraph(centre, { cameraState: zoomed });
  const to = renderer.viewportToFramedGraph(target, { cameraState: zoomed });
  return { ...zoomed, x: zoomed.x + from.x - to.x, y: zoomed.y + from.y - to.y };
}
