/**
 * Hover and selection emphasis: the hovered town (else the selected one) and its partners stand
 * out, the rest fades. Drawn on a canvas layer between sigma's labels and its hover layer: a veil
 * over the whole drawing, then the town's visible partnerships, its partners and their names.
 * Sigma draws the town itself on its hover layer above (a halo, labels.ts drawNodeHalo); its name is placed here first. For the selected town (not a hovered one),
 * dashed lines lead to its recommended partners, which are ringed and named.
 *
 * Why not through the reducers like the rest of the state: fading every other town means a reducer
 * pass over all towns and partnerships and a full redraw on each hover; with the Wikipedia list
 * (17,700 towns, 25,900 partnerships) that took 150-300 ms per hover in software-rendered headless
 * Chromium, over the 100 ms target. This layer redraws only the focus (a few milliseconds); the
 * reducers still decide what is visible and how it is coloured, and the layer reads their output.
 */
import { overlays, type Area } from '../camera.ts';
import type { AppContext, Feature } from '../context.ts';
import { resetLayer, showLayer } from '../canvas-layer.ts';
import { describeLabels, drawName, HALO_WIDTH, LabelPlacer, reserveAreas, townFont, type PlacedLabel } from '../labels.ts';
import { CROSS_TIE, EDGE_FOCUS } from '../palettes.ts';
import { crossTies } from '../view.ts';
import { highlightOf } from './connections.ts';
import { recommendedPartners } from './recommended.ts';

const LAYER = 'focus';
const VEIL = 'rgba(244, 246, 248, 0.8)';
/** Past this many partners, only the largest that fit are named. */
const MAX_LABELS = 40;
/** Recommended partners: dashed lines and rings in the colour of the selection's emphasis. */
const RECOMMENDED = '#7A3E9D';

export interface Focus {
  node: string;
  partners: string[];
  edges: string[];
  cross: ReadonlySet<string> | null;
  /** The selected town's recommended partners in view (none for a hovered town). */
  recommended: readonly string[];
}

/**
 * The focus town of the state (hovered, else selected) with its visible partners and ties. While
 * paths or a neighbourhood are drawn, only a hovered town: they are the selected town's emphasis.
 */
export function focusOf(ctx: AppContext): Focus | null {
  const state = ctx.store.get();
  const node = state.hovered ?? (highlightOf(ctx) ? null : state.selected);
  if (node === null || !ctx.graph.hasNode(node)) return null;
  const view = ctx.view();
  const partners: string[] = [];
  const edges: string[] = [];
  if (view.nodes.has(node)) {
    ctx.graph.forEachEdge(node, (edge, _attr, source, target) => {
      if (!view.edges.has(edge)) return;
      edges.push(edge);
      partners.push(source === node ? target : source);
    });
  }
  return {
    node,
    partners,
    edges,
    cross: state.divide ? crossTies(ctx.graph, view, state.divide).crossEdges : null,
    recommended: node === state.selected ? recommendedPartners(ctx) : [],
  };
}

/** Draws the focus for the renderer's camera on a 2D context of the stage's size (times pixelRatio). */
/** What drawing the focus needs of a renderer (the page's, or the temporary one of a PNG export). */
export interface FocusHost {
  getNodeDisplayData(node: string): { x: number; y: number; size: number; color: string; label: string | null } | undefined;
  framedGraphToViewport(coordinates: { x: number; y: number }): { x: number; y: number };
  scaleSize(size?: number): number;
  getSetting(key: 'labelFont' | 'labelSize' | 'labelWeight'): unknown;
}

export function drawFocus(
  renderer: FocusHost,
  context: CanvasRenderingContext2D,
  focus: Focus,
  pixelRatio: number,
  width: number,
  height: number,
  covered: readonly Area[] = [],
): readonly PlacedLabel[] {
  context.save();
  context.setTransform(pixelRatio, 0, 0, pixelRatio, 0, 0);
  context.fillStyle = VEIL;
  context.fillRect(0, 0, width, height);
  const at = (node: string) => {
    const data = renderer.getNodeDisplayData(node);
    return data ? { ...renderer.framedGraphToViewport(data), size: renderer.scaleSize(data.size), color: data.color } : null;
  };
  const center = at(focus.node);
  if (center) {
    context.lineWidth = 1.5;
    focus.edges.forEach((edge, i) => {
      const other = at(focus.partners[i]!);
      if (!other) return;
      context.strokeStyle = focus.cross?.has(edge) ? CROSS_TIE : EDGE_FOCUS;
      context.beginPath();
      context.moveTo(center.x, center.y);
      context.lineTo(other.x, other.y);
      context.stroke();
    });
  }
  const recommended = focus.recommended
    .map((node) => ({ node, p: at(node) }))
    .filter((x): x is { node: string; p: NonNullable<ReturnType<typeof at>> } => x.p !== null);
  if (center && recommended.length) {
    context.strokeStyle = RECOMMENDED;
    context.lineWidth = 1.5;
    context.setLineDash([5, 4]);
    for (const { p } of recommended) {
      context.beginPath();
      context.moveTo(center.x, center.y);
      context.lineTo(p.x, p.y);
      context.stroke();
    }
    context.setLineDash([]);
    context.lineWidth = 2;
    for (const { p } of recommended) {
      context.fillStyle = p.color;
      context.beginPath();
      context.arc(p.x, p.y, Math.max(3, p.size), 0, 2 * Math.PI);
      context.fill();
      context.stroke();
    }
  }
  const partners = focus.partners
    .map((node) => ({ node, p: at(node) }))
    .filter((x): x is { node: string; p: NonNullable<ReturnType<typeof at>> } => x.p !== null);
  for (const { p } of partners) {
    context.fillStyle = p.color;
    context.beginPath();
    context.arc(p.x, p.y, Math.max(2, p.size), 0, 2 * Math.PI);
    context.fill();
    context.strokeStyle = '#ffffff';
    context.lineWidth = 1;
    context.stroke();
  }
  // the names: the town's own first (bold), then its partners, the largest first, then the
  // recommended partners, none over another (client/src/labels.ts)
  const font = townFont(renderer);
  context.font = font;
  const placer = new LabelPlacer({ width, height }, Number(renderer.getSetting('labelSize')) + 2, MAX_LABELS + 1);
  // a disc drawn above the names (sigma's halo, the rings here): as wide as the widest of them
  const discRadius = (p: { size: number }) => Math.max(3, p.size) + HALO_WIDTH;
  const name = (node: string, p: { x: number; y: number; size: number }, bold = false) => {
    const label = renderer.getNodeDisplayData(node)?.label;
    if (!label) return;
    context.font = bold ? townFont(renderer, 'bold') : font;
    const placed = placer.place({
      key: node,
      text: label,
      width: context.measureText(label).width,
      x: p.x,
      y: p.y,
      radius: discRadius(p),
    });
    if (placed) drawName(context, label, placed.x, placed.y);
  };
  // the discs drawn above the names (sigma's hover layer and the rings here) keep their place
  const disc = (p: { x: number; y: number; size: number }) => placer.reserveDisc(p.x, p.y, discRadius(p));
  // no name under the legend or a panel over the map
  reserveAreas(placer, covered);
  if (center) disc(center);
  for (const { p } of recommended) disc(p);
  if (center) name(focus.node, center, true);
  for (const { node, p } of [...[...partners].sort((a, b) => b.p.size - a.p.size), ...recommended]) name(node, p);
  context.restore();
  return placer.placed;
}

export const setupFocus: Feature = (ctx) => {
  const { renderer, store } = ctx;
  const canvas = renderer.createCanvas(LAYER, { beforeLayer: 'hovers' });
  const context = canvas.getContext('2d')!;

  // `#graph[data-focus-labels]`: the names drawn with the focus (labels.ts describeLabels), the town's own first
  const container = renderer.getContainer();
  const draw = () => {
    const { width, height, pixelRatio } = resetLayer(renderer, canvas, context);
    const focus = focusOf(ctx);
    showLayer(canvas, focus !== null);
    if (focus)
      container.dataset.focusLabels = describeLabels(drawFocus(renderer, context, focus, pixelRatio, width, height, overlays(ctx)));
    else delete container.dataset.focusLabels;
  };

  renderer.on('afterRender', draw);
  const unsubscribe = store.subscribe((s, p) => {
    if (s.hovered !== p.hovered || s.selected !== p.selected || s.pathTo !== p.pathTo || s.ego !== p.ego) draw();
  });
  const redraw = [ctx.analytics.paths, ctx.analytics.ego, ctx.analytics.recommendations].map((r) => r.subscribe(draw, { progress: false }));
  return () => {
    unsubscribe();
    for (const u of redraw) u();
    renderer.off('afterRender', draw);
    renderer.killLayer(LAYER);
    delete container.dataset.focusLabels;
  };
};
