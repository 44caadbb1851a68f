/**
 * sigma's WebGL programs as the map uses them.
 *
 * - Towns: sigma's points (`NodePointProgram`), drawn twice per frame, once as the picture and
 *   once into the hidden picking buffer of ids that hover and click read. While the user wheels
 *   or drags the map, the picking pass is left out: nothing reads the buffer then (a wheel never
 *   asks for a town: features/interaction.ts), and in headless Chromium's software WebGL the pass
 *   is about a sixth of a zoom frame at the default dataset's 26,335 towns (`npm run bench --
 *   browser`). A camera flying to a town keeps it: a click during the flight finds its town. The
 *   frame drawn at rest, which draw.ts always asks for after a motion, draws the buffer again.
 * - Partnerships: sigma's lines and rectangles, which draw nothing while the overview's flows
 *   stand for them (`leaveLinesOut`, set by draw.ts for the graph, so that the temporary renderer
 *   of a PNG export follows it too). The lines stay processed meanwhile, so that the flows giving
 *   way to them on zooming in is a frame like any other, not a reprocessing of every partnership
 *   in the middle of the zoom.
 */
import type { Attributes } from 'graphology-types';
import type Sigma from 'sigma';
import { EdgeLineProgram, EdgeRectangleProgram, NodePointProgram } from 'sigma/rendering';
import type { RenderParams } from 'sigma/types';

/** Whether the camera moves: animated, dragged, or wheeled (sigma's own test, under which `hideEdgesOnMove` applies). */
export function cameraMoving<N extends Attributes, E extends Attributes, G extends Attributes>(renderer: Sigma<N, E, G>): boolean {
  return renderer.getCamera().isAnimated() || userMoving(renderer);
}

/** Whether the user moves the map: wheeling or dragging it. */
export function userMoving<N extends Attributes, E extends Attributes, G extends Attributes>(renderer: Sigma<N, E, G>): boolean {
  const captor = renderer.getMouseCaptor();
  return captor.isMoving || captor.draggedEvents > 0 || captor.currentWheelDirection !== 0;
}

export class TownPointProgram<
  N extends Attributes = Attributes,
  E extends Attributes = Attributes,
  G extends Attributes = Attributes,
> extends NodePointProgram<N, E, G> {
  override render(params: RenderParams): void {
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

/** sigma's edge program `Base`, drawing nothing while the renderer's lines are left out. */
// a mixin's constructor must take `any[]` (TypeScript's rule for mixin classes)
function unlessLinesLeftOut<C extends new (...args: any[]) => { renderer: { getGraph(): object }; render(params: RenderParams): void }>(
  Base: C,
) {
  return class extends Base {
    override render(params: RenderParams): void {
      if (!linesLeftOut(this.renderer.getGraph())) super.render(params);
    }
  };
}

export const PartnershipLineProgram = unlessLinesLeftOut(EdgeLineProgram);
export const PartnershipRectangleProgram = unlessLinesLeftOut(EdgeRectangleProgram);
