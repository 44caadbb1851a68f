/**
 * sigma's WebGL programs as the map uses them.
 *
 * - Towns: sigma's points (`NodePointProgram`), of which only the towns on screen are drawn
 *   (`townsOnScreen`, through an index buffer): sigma draws every town of the buffer, hidden ones
 *   (written as zeros) and those off screen included, and in headless Chromium's software WebGL
 *   (SwiftShader) each point drawn costs about 2 µs of a zoom frame, fragments aside. They are
 *   drawn twice per frame, once as the picture and once into the hidden picking buffer of ids that
 *   hover and click read. While the user wheels or drags the map, the picking pass is left out:
 *   nothing reads the buffer then (a wheel never asks for a town: features/interaction.ts), and it
 *   is about a sixth of a zoom frame at the default dataset's 26,335 towns (`npm run bench --
 *   browser`). A camera flying to a town keeps it: a click during the flight finds its town. The
 *   frame drawn at rest, which draw.ts always asks for after a motion, draws the buffer again.
 * - Resolution: while the user wheels or drags the map, the towns are drawn at half the device's
 *   resolution (`drawingResolution`, which the outlines and the flows follow): the canvas is made
 *   smaller and stretched back by the browser, so that SwiftShader fills, and the page reads back
 *   and blends in, a quarter of the pixels. Chromium's CPU time per zoom frame fell by about a
 *   sixth (README, Benchmarks); the frame at rest after a motion is drawn whole.
 * - Partnerships: sigma's lines and rectangles, which draw nothing while the overview's flows
 *   stand for them (`leaveLinesOut`, set by draw.ts for the graph, so that the temporary renderer
 *   of a PNG export follows it too). The lines stay processed meanwhile, so that the flows giving
 *   way to them on zooming in is a frame like any other, not a reprocessing of every partnership
 *   in the middle of the zoom.
 * - Layers: sigma clears its WebGL layers on every frame, and a shown WebGL canvas that changed is
 *   read back from SwiftShader, waiting for its drawing, then blended into the page. The layer of
 *   lines is shown only in the frames that draw lines (`showLinesLayerWhenDrawn`); the hovered and
 *   highlighted towns are drawn on sigma's 2D hover layer only, shown while there are any, and its
 *   WebGL hover layer never (canvas-layer.ts `showLayer`, which the focus and flows layers use too).
 */
import type { Attributes } from 'graphology-types';
import type Sigma from 'sigma';
import { EdgeLineProgram, EdgeRectangleProgram, NodePointProgram } from 'sigma/rendering';
import type { RenderParams } from 'sigma/types';
import { showLayer } from './canvas-layer.ts';

type ProgramInfo = Parameters<NodePointProgram['drawWebGL']>[1];

/** Whether the camera moves: animated, dragged, or wheeled (sigma's own test, under which `hideEdgesOnMove` applies). */
export function cameraMoving<N extends Attributes, E extends Attributes, G extends Attributes>(renderer: Sigma<N, E, G>): boolean {
  return renderer.getCamera().isAnimated() || userMoving(renderer);
}

/** Whether the user moves the map: wheeling or dragging it. */
export function userMoving<N extends Attributes, E extends Attributes, G extends Attributes>(renderer: Sigma<N, E, G>): boolean {
  const captor = renderer.getMouseCaptor();
  return captor.isMoving || captor.draggedEvents > 0 || captor.currentWheelDirection !== 0;
}

/** The share of the device's resolution at which the towns, outlines and flows are drawn while the user moves the map. */
export const RESOLUTION_IN_MOTION = 0.5;

/**
 * The share of the device's resolution at which the towns, the country outlines and the flows are
 * drawn in this frame: `RESOLUTION_IN_MOTION` while the user wheels the map, or drags it with the
 * mouse or a finger (sigma's captors' `isMoving`, which ends `dragTimeout` after the last move,
 * button or finger still down), whole otherwise, a flight to a town included. Their canvases keep
 * their size on the page, so the browser stretches a frame in motion; draw.ts draws a whole frame
 * as soon as this turns back to whole.
 */
export function drawingResolution<N extends Attributes, E extends Attributes, G extends Attributes>(renderer: Sigma<N, E, G>): number {
  const mouse = renderer.getMouseCaptor();
  const moving = mouse.isMoving || mouse.currentWheelDirection !== 0 || renderer.getTouchCaptor().isMoving;
  return moving ? RESOLUTION_IN_MOTION : 1;
}

/** Floats per town in sigma's point buffer, and where its position and size are (`NodePointProgram`'s attributes). */
const POINT_STRIDE = 5;
const POINT_SIZE_AT = 2;

/**
 * Writes into `out` the buffer offsets of the towns that a frame drawn with `params` shows: not
 * hidden (sigma writes a hidden town as zeros, so its size is 0) and on screen, their disc
 * included. Returns how many. `points` is sigma's point buffer (`POINT_STRIDE` floats per town,
 * in framed graph coordinates); `params.matrix` takes them to clip space.
 */
export function townsOnScreen(points: Float32Array, count: number, params: RenderParams, out: Uint32Array): number {
  const m = params.matrix;
  // a disc of size s has a radius of s / sizeRatio CSS pixels: in clip space, 2 r / width across
  const toClipX = 2 / params.sizeRatio / params.width;
  const toClipY = 2 / params.sizeRatio / params.height;
  let n = 0;
  for (let i = 0; i < count; i++) {
    const at = i * POINT_STRIDE;
    const size = points[at + POINT_SIZE_AT]!;
    if (!(size > 0)) continue;
    const x = points[at]!;
    const y = points[at + 1]!;
    const cx = m[0]! * x + m[3]! * y + m[6]!;
    const cy = m[1]! * x + m[4]! * y + m[7]!;
    if (Math.abs(cx) <= 1 + size * toClipX && Math.abs(cy) <= 1 + size * toClipY) out[n++] = i;
  }
  return n;
}

export class TownPointProgram<
  N extends Attributes = Attributes,
  E extends Attributes = Attributes,
  G extends Attributes = Attributes,
> extends NodePointProgram<N, E, G> {
  /** This frame's towns to draw (`townsOnScreen`), drawn through an index buffer. */
  private drawn = new Uint32Array(0);
  private drawnCount = 0;
  private indices: WebGLBuffer | null = null;
  /** Whether `drawn` is still to be sent to the index buffer (once a frame, for both passes). */
  private drawnToSend = false;

  override render(params: RenderParams): void {
    // as sigma's hover program: the hovered and highlighted towns are drawn, halo and disc, on its
    // 2D hover layer (labels.ts drawNodeHalo), shown while there are any; its WebGL layer stays hidden
    const { hoverNodes, hovers } = this.renderer.getCanvases();
    if (this.normalProgram.gl.canvas === hoverNodes) {
      showLayer(hoverNodes, false);
      showLayer(hovers, this.verticesCount > 0);
      return;
    }
    // sigma sets the viewport from the render parameters' pixel ratio; the canvas is sized to match
    const resolution = drawingResolution(this.renderer);
    if (resolution !== 1) params = { ...params, pixelRatio: params.pixelRatio * resolution };
    const canvas = this.normalProgram.gl.canvas as HTMLCanvasElement;
    // as sigma's viewport: whole pixels, rounded down
    const width = Math.floor(params.width * params.pixelRatio);
    const height = Math.floor(params.height * params.pixelRatio);
    if (canvas.width !== width) canvas.width = width;
    if (canvas.height !== height) canvas.height = height;
    if (this.drawn.length < this.verticesCount) this.drawn = new Uint32Array(this.verticesCount);
    this.drawnCount = townsOnScreen(this.array, this.verticesCount, params, this.drawn);
    this.drawnToSend = true;
    if (this.drawnCount === 0) return;
    if (!userMoving(this.renderer)) {
      super.render(params);
      return;
    }
    const picking = this.pickProgram;
    this.pickProgram = null;
    try {
      super.render(params);
    } finally {
      this.pickProgram = picking;
    }
  }

  override drawWebGL(method: GLenum, info: ProgramInfo): void {
    const { gl, frameBuffer } = info;
    // WebGL 1 draws 32-bit indices only with this extension (sigma asks for WebGL 2 first)
    if (!(gl instanceof WebGL2RenderingContext) && !gl.getExtension('OES_element_index_uint')) {
      super.drawWebGL(method, info);
      return;
    }
    gl.bindFramebuffer(gl.FRAMEBUFFER, frameBuffer);
    this.indices ??= gl.createBuffer();
    gl.bindBuffer(gl.ELEMENT_ARRAY_BUFFER, this.indices);
    if (this.drawnToSend) gl.bufferData(gl.ELEMENT_ARRAY_BUFFER, this.drawn.subarray(0, this.drawnCount), gl.DYNAMIC_DRAW);
    this.drawnToSend = false;
    gl.drawElements(method, this.drawnCount, gl.UNSIGNED_INT, 0);
    gl.bindBuffer(gl.ELEMENT_ARRAY_BUFFER, null);
  }

  override kill(): void {
    if (this.indices) this.normalProgram.gl.deleteBuffer(this.indices);
    this.indices = null;
    super.kill();
  }
}

/** Per graph: whether its partnerships' lines are left out now (the flows drawn instead). */
const linesLeftOutBy = new WeakMap<object, () => boolean>();

/** Leaves the lines of `graph`'s partnerships out of every renderer's picture whenever `when()` says so. */
export function leaveLinesOut(graph: object, when: () => boolean): void {
  linesLeftOutBy.set(graph, when);
}

/** Whether the lines of `graph`'s partnerships are left out now (`leaveLinesOut`). */
export function linesLeftOut(graph: object): boolean {
  return linesLeftOutBy.get(graph)?.() ?? false;
}

/** Per renderer: whether the frame being drawn has drawn lines (`showLinesLayerWhenDrawn`). */
const linesDrawnBy = new WeakMap<object, boolean>();

/** sigma's edge program `Base`, drawing nothing while the renderer's lines are left out. */
// a mixin's constructor must take `any[]` (TypeScript's rule for mixin classes)
function unlessLinesLeftOut<
  C extends new (...args: any[]) => { renderer: { getGraph(): object }; render(params: RenderParams): void; hasNothingToRender(): boolean },
>(Base: C) {
  return class extends Base {
    override render(params: RenderParams): void {
      if (linesLeftOut(this.renderer.getGraph()) || this.hasNothingToRender()) return;
      linesDrawnBy.set(this.renderer, true);
      super.render(params);
    }
  };
}

export const PartnershipLineProgram = unlessLinesLeftOut(EdgeLineProgram);
export const PartnershipRectangleProgram = unlessLinesLeftOut(EdgeRectangleProgram);

/**
 * Shows the renderer's layer of partnership lines only in the frames that draw lines on it: under
 * the flows, and while the camera moves (`hideEdgesOnMove`), sigma still clears it on every
 * frame, and a cleared WebGL canvas is a changed one that the page reads back from the GPU and
 * blends in. Returns the teardown.
 */
export function showLinesLayerWhenDrawn<N extends Attributes, E extends Attributes, G extends Attributes>(
  renderer: Sigma<N, E, G>,
): () => void {
  const layer = renderer.getCanvases().edges;
  const before = () => linesDrawnBy.set(renderer, false);
  const after = () => showLayer(layer, linesDrawnBy.get(renderer) === true);
  renderer.on('beforeRender', before);
  renderer.on('afterRender', after);
  return () => {
    renderer.off('beforeRender', before);
    renderer.off('afterRender', after);
    showLayer(layer, true);
  };
}
