/**
 * sigma's programs as the map uses them (client/src/programs.ts): the towns' picking pass left out
 * while the camera moves and drawn again at rest; the partnerships' lines and rectangles drawing
 * nothing while the overview's flows stand for them. What is tested is when they draw: sigma's own
 * drawing (the parent's `render`) is replaced by a recorder, and the WebGL constants that sigma
 * reads when it is imported, which Node lacks, are given as zeros.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

type Programs = typeof import('../../client/src/programs.ts');
type Rendering = typeof import('sigma/rendering');
let programs: Programs;
let rendering: Rendering;

beforeAll(async () => {
  const constants = new Proxy({}, { get: () => 0 });
  vi.stubGlobal('WebGLRenderingContext', constants);
  vi.stubGlobal('WebGL2RenderingContext', constants);
  rendering = await import('sigma/rendering');
  programs = await import('../../client/src/programs.ts');
});
afterEach(() => {
  vi.restoreAllMocks();
});

/** A renderer as far as the programs ask it: its graph, its camera and its mouse. */
function rendererIn(motion: { animated: boolean; wheel: number; dragged: number }, graph: object = {}) {
  return {
    getGraph: () => graph,
    getCamera: () => ({ isAnimated: () => motion.animated }),
    getMouseCaptor: () => ({ isMoving: false, draggedEvents: motion.dragged, currentWheelDirection: motion.wheel }),
  };
}

/** A program of `Class` without WebGL: only the fields its `render` reads. */
function programOf<T>(Class: { prototype: T }, fields: Record<string, unknown>): T {
  return Object.assign(Object.create(Class.prototype as object) as object, fields) as T;
}

describe('the programs of the map', () => {
  it("leaves the towns' picking pass out while the map is wheeled or dragged, and draws it in a flight and at rest", () => {
    const picking = { name: 'pick' };
    const seen: unknown[] = [];
    vi.spyOn(rendering.NodePointProgram.prototype, 'render').mockImplementation(function (this: { pickProgram: unknown }) {
      seen.push(this.pickProgram);
    });
    const motion = { animated: true, wheel: 0, dragged: 0 };
    const program = programOf(programs.TownPointProgram, { renderer: rendererIn(motion), pickProgram: picking });
    const params = {} as Parameters<typeof program.render>[0];
    program.render(params); // flying to a town: a click meanwhile must find one
    Object.assign(motion, { animated: true, wheel: 1 });
    program.render(params); // wheeled
    Object.assign(motion, { animated: false, wheel: 0, dragged: 2 });
    program.render(params); // dragged
    Object.assign(motion, { dragged: 0 });
    program.render(params); // at rest
    expect(seen).toEqual([picking, null, null, picking]);
    expect(program.pickProgram).toBe(picking);
  });

  it('draws no partnership while the flows stand for them, and all of them otherwise', () => {
    const drawn: string[] = [];
    vi.spyOn(rendering.EdgeLineProgram.prototype, 'render').mockImplementation(() => drawn.push('line'));
    vi.spyOn(rendering.EdgeRectangleProgram.prototype, 'render').mockImplementation(() => drawn.push('thick'));
    const graph = {};
    const renderer = rendererIn({ animated: false, wheel: 0, dragged: 0 }, graph);
    const flows = { shown: true };
    programs.leaveLinesOut(graph, () => flows.shown);
    const line = programOf(programs.PartnershipLineProgram, { renderer });
    const thick = programOf(programs.PartnershipRectangleProgram, { renderer });
    const params = {} as Parameters<typeof line.render>[0];
    line.render(params);
    thick.render(params);
    expect(programs.linesLeftOut(graph)).toBe(true);
    flows.shown = false;
    line.render(params);
    thick.render(params);
    expect(drawn).toEqual(['line', 'thick']);
    expect(programs.linesLeftOut(graph)).toBe(false);
    // another renderer of the same graph (a PNG export's) follows the rule; another graph's draws its lines
    flows.shown = true;
    const exported = programOf(programs.PartnershipLineProgram, { renderer: rendererIn({ animated: false, wheel: 0, dragged: 0 }, graph) });
    exported.render(params);
    expect(drawn).toEqual(['line', 'thick']);
    expect(programs.linesLeftOut({})).toBe(false);
  });
});
