/**
 * The names on the map: the towns', and zoomed out the flows' countries and states, placed by
 * importance with no two overlapping (client/src/labels.ts), on a canvas layer where sigma's own
 * labels would be (those are off, `renderLabels: false` in main.ts: sigma's label grid keeps names
 * apart only roughly, and forced names not at all).
 *
 * Importance: the selected town; the towns brought forward (brokers, recommended partners, the
 * towns named along paths, the largest of the chosen community); the flows' groups, by their
 * partnerships; then every other town by the size it is drawn at (the size mode's measure), ties by
 * id. A town is a candidate when the drawing gives it a name (draw.ts's node reducer: not faded,
 * not hidden) and its disc is at least MIN_LABELLED_SIZE px across, or when it is brought forward.
 * At most one name per NAME_AREA px² of screen, so that a full screen stays readable; on the page,
 * none under the legend or a panel over the map (camera.ts overlays).
 *
 * `#graph[data-labels]` lists the names drawn as JSON `[key, text, minX, minY, maxX, maxY]` (px),
 * for whoever checks the picture without reading its pixels (the browser test of the label boxes).
 */
import { overlays, type Area } from '../camera.ts';
import { resetLayer } from '../canvas-layer.ts';
import type { AppContext, Feature, Renderer } from '../context.ts';
import {
  describeLabels,
  drawName,
  HALO_WIDTH,
  LabelPlacer,
  reserveAreas,
  townFont,
  type LabelRequest,
  type PlacedLabel,
} from '../labels.ts';
import { drawingVersion } from './drawn.ts';
import { flowNames, GROUP_FONT } from './flows.ts';

const LAYER = 'names';
/** A town's name is shown (unless brought forward) when its disc is this wide on screen, in px (radius). */
export const MIN_LABELLED_SIZE = 5;
/** Screen area per name, px². */
export const NAME_AREA = 6000;

interface NameRequest extends LabelRequest {
  font: string;
  /** Drawn in a white frame: the towns the drawing highlights (brokers, recommended partners; the legend says so). */
  framed?: boolean;
}

/** What drawing the names needs of a renderer (the page's, or the temporary one of a PNG export). */
export type LabelHost = Pick<
  Renderer,
  'getNodeDisplayData' | 'framedGraphToViewport' | 'scaleSize' | 'getSetting' | 'getDimensions' | 'graphToViewport'
>;

const widths = new Map<string, number>();
/** The width of `text` in `font`, measured once. */
function measure(context: CanvasRenderingContext2D, font: string, text: string): number {
  const key = `${font}\u0000${text}`;
  let width = widths.get(key);
  if (width === undefined) {
    context.font = font;
    width = context.measureText(text).width;
    widths.set(key, width);
  }
  return width;
}

interface Candidate {
  node: string;
  label: string;
  size: number;
  /** 2 the selected town, 1 brought forward, 0 the others. */
  rank: number;
  highlighted: boolean;
}

let candidatesMemo: { graph: unknown; host: unknown; version: number; candidates: Candidate[]; forward: Candidate[] } | null = null;

/**
 * The towns that may be named, most important first: read from the reducers' output once per
 * drawing (draw.ts drawingVersion), not per frame (a copy of every town's display data per frame
 * was most of a zoom step's time on the full network). Sizes do not change with the camera
 * (zoomToSizeRatioFunction is 1).
 */
function townCandidates(ctx: AppContext, host: LabelHost): Candidate[] {
  const version = drawingVersion(ctx);
  if (candidatesMemo?.graph === ctx.graph && candidatesMemo.host === host && candidatesMemo.version === version)
    return ctx.store.get().overview ? candidatesMemo.forward : candidatesMemo.candidates;
  const candidates: Candidate[] = [];
  ctx.graph.forEachNode((node: string) => {
    const d = host.getNodeDisplayData(node);
    if (!d || d.hidden || !d.label) return;
    const size = host.scaleSize(d.size);
    if (!d.forceLabel && size < MIN_LABELLED_SIZE) return;
    const rank = (d.zIndex ?? 0) >= 3 ? 2 : d.forceLabel ? 1 : 0;
    candidates.push({ node, label: d.label, size, rank, highlighted: d.highlighted === true });
  });
  candidates.sort((a, b) => b.rank - a.rank || b.size - a.size || (a.node < b.node ? -1 : 1));
  // zoomed out, the flows' names of countries and states are the labels: only the towns brought
  // forward are named (the overview coming or going changes no display data: draw.ts)
  const forward = candidates.filter((c) => c.rank > 0);
  candidatesMemo = { graph: ctx.graph, host, version, candidates, forward };
  return ctx.store.get().overview ? forward : candidates;
}

/** The candidates on screen now, with their screen positions (the towns' positions are the graph's). */
function onScreen(ctx: AppContext, host: LabelHost, candidates: readonly Candidate[], width: number, height: number) {
  const out: Array<Candidate & { x: number; y: number }> = [];
  for (const c of candidates) {
    const p = host.graphToViewport(ctx.graph.getNodeAttributes(c.node));
    if (p.x < 0 || p.y < 0 || p.x > width || p.y > height) continue;
    out.push({ ...c, x: p.x, y: p.y });
  }
  return out;
}

/**
 * Places and draws the names for the host's camera on `context` (cleared, of the host's size times
 * `pixelRatio`); returns the names drawn.
 */
export function drawLabels(
  ctx: AppContext,
  host: LabelHost,
  context: CanvasRenderingContext2D,
  pixelRatio: number,
  covered: readonly Area[] = [],
): PlacedLabel<NameRequest>[] {
  const { width, height } = host.getDimensions();
  const fontSize = Number(host.getSetting('labelSize'));
  const placer = new LabelPlacer({ width, height }, fontSize + 2, Math.max(8, Math.floor((width * height) / NAME_AREA)));
  reserveAreas(placer, covered);
  const town = townFont(host);
  const placed: PlacedLabel<NameRequest>[] = [];
  const place = (request: NameRequest) => {
    const label = placer.place(request);
    if (label) placed.push(label);
  };
  const towns = onScreen(ctx, host, townCandidates(ctx, host), width, height);
  const asRequest = (c: Candidate & { x: number; y: number }): NameRequest => ({
    key: c.node,
    text: c.label,
    width: measure(context, town, c.label),
    x: c.x,
    y: c.y,
    radius: c.rank > 0 ? c.size + HALO_WIDTH : c.size,
    font: town,
    framed: c.highlighted,
  });
  // the discs of the towns brought forward are drawn above the names (sigma's hover layer): kept free
  for (const c of towns) {
    if (c.rank === 0) break;
    placer.reserveDisc(c.x, c.y, c.size + HALO_WIDTH);
  }
  let i = 0;
  for (; i < towns.length && towns[i]!.rank > 0; i++) place(asRequest(towns[i]!));
  if (ctx.store.get().overview)
    for (const name of flowNames(ctx, host))
      place({
        ...name,
        width: measure(context, GROUP_FONT, name.text),
        font: GROUP_FONT,
        sides: ['above', 'below', 'right', 'left'],
        near: true,
      });
  for (; i < towns.length && !placer.full; i++) place(asRequest(towns[i]!));

  context.save();
  context.setTransform(pixelRatio, 0, 0, pixelRatio, 0, 0);
  for (const { request, x, y, box } of placed) {
    context.font = request.font;
    if (request.framed) {
      context.save();
      context.fillStyle = '#FFFFFF';
      context.shadowBlur = 6;
      context.shadowColor = 'rgba(0, 0, 0, 0.5)';
      context.fillRect(box.minX - 2, box.minY, box.maxX - box.minX + 4, box.maxY - box.minY);
      context.restore();
    }
    drawName(context, request.text, x, y);
  }
  context.restore();
  return placed;
}

export const setupLabels: Feature = (ctx) => {
  const { renderer } = ctx;
  const canvas = renderer.createCanvas(LAYER, { beforeLayer: 'hovers' });
  canvas.classList.add('names');
  const context = canvas.getContext('2d')!;
  const container = renderer.getContainer();
  const draw = () => {
    const { pixelRatio } = resetLayer(renderer, canvas, context);
    // no name under the legend or a panel over the map
    container.dataset.labels = describeLabels(drawLabels(ctx, renderer, context, pixelRatio, overlays(ctx)));
  };
  renderer.on('afterRender', draw);
  // the legend grows as its sections fill, a panel opens: the names move off them without a new frame
  const overlaysResized = new ResizeObserver(() => draw());
  for (const id of ['legend', 'panel']) {
    const element = document.getElementById(id);
    if (element) overlaysResized.observe(element);
  }
  return () => {
    overlaysResized.disconnect();
    renderer.off('afterRender', draw);
    renderer.killLayer(LAYER);
    delete container.dataset.labels;
  };
};
