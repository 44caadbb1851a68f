/**
 * sigma's programs as the map uses them (client/src/programs.ts): only the towns on screen drawn,
 * through an index buffer; the towns' picking pass left out while the camera moves and drawn again
 * at rest, and the towns drawn at half resolution meanwhile; the partnerships' lines and rectangles drawing nothing while the overview's flows stand
 * for them; the layers of lines and of hovered towns hidden in the frames that draw nothing on
 * them. What is tested is what they draw: sigma's own drawing (the parent's `render`) is replaced
 * by a recorder, WebGL by a recorder of the calls, and the WebGL constants that sigma reads when
 * it is imported, which Node lacks, are given as zeros.
 */
import type { RenderParams } from 'sigma/types';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

type Programs = typeof import('../../client/src/programs.ts');
type Rendering = typeof import('sigma/rendering');
type Utils = typeof import('sigma/utils');
let programs: Programs;
let rendering: Rendering;
let utils: Utils;

beforeAll(async () => {
  // a class, so that a recorder made from its prototype is a WebGL 2 context to `instanceof`
  const constants = new Proxy(class {}, { get: (target, key) => (key in target ? Reflect.get(target, key) : 0) });
  vi.stubGlobal('WebGLRenderingContext', constants);
  vi.stubGlobal('WebGL2RenderingContext', constants);
  rendering = await import('sigma/rendering');
  utils = await import('sigma/utils');
  programs = await import('../../client/src/programs.ts');
});
afterEach(() => {
  vi.restoreAllMocks();
});

/** A canvas as far as the programs touch it: its style and its size in pixels. */
const canvas = () => ({ style: { display: '' }, width: 0, height: 0 });

/** A renderer as far as the programs ask it: its graph, camera, mouse, canvases and events. */
function rendererIn(
  motion: { animated: boolean; wheel: number; dragged: number; dragging?: boolean; touching?: boolean },
  graph: object = {},
) {
  const handlers = new Map<string, () => void>();
  return {
    canvases: { edges: canvas(), hovers: canvas(), hoverNodes: canvas(), nodes: canvas() },
    getGraph: () => graph,
    getCamera: () => ({ isAnimated: () => motion.animated }),
    // sigma's captors: `isMoving` while the mouse or a finger drags the map, until `dragTimeout` after the last move
    getMouseCaptor: () => ({ isMoving: motion.dragging ?? false, draggedEvents: motion.dragged, currentWheelDirection: motion.wheel }),
    getTouchCaptor: () => ({ isMoving: motion.touching ?? false }),
    getCanvases() {
      return this.canvases;
    },
    on: (event: string, handler: () => void) => handlers.set(event, handler),
    off: (event: string) => handlers.delete(event),
    emit: (event: string) => handlers.get(event)?.(),
  };
}

/** sigma's point buffer (x, y, size, colour, id per town) of towns given as [x, y, size]. */
const pointsOf = (towns: [number, number, number][]) => new Float32Array(towns.flatMap(([x, y, size]) => [x, y, size, 0, 0]));

/** Render parameters for a 100 × 50 pixel view whose matrix scales by `scale` and moves by (dx, dy). */
function paramsOf(scale = 1, dx = 0, dy = 0, sizeRatio = 1) {
  return { width: 100, height: 50, sizeRatio, matrix: new Float32Array([scale, 0, 0, 0, scale, 0, dx, dy, 1]) } as unknown as Parameters<
    typeof programs.townsOnScreen
  >[2];
}

/** A program of `Class` without WebGL: only the fields its `render` reads. */
function programOf<T>(Class: { prototype: T }, fields: Record<string, unknown>): T {
  return Object.assign(Object.create(Class.prototype as object) as object, fields) as T;
}

/** The map's town program on `renderer`'s layer of towns, its buffer one town at the centre; `fields` add to it. */
const oneTownProgram = (renderer: ReturnType<typeof rendererIn>, fields: Record<string, unknown> = {}) =>
  programOf(programs.TownPointProgram, {
    renderer,
    normalProgram: { gl: { canvas: renderer.canvases.nodes } },
    array: pointsOf([[0, 0, 3]]),
    verticesCount: 1,
    drawn: new Uint32Array(0),
    ...fields,
  });

describe('the programs of the map', () => {
  it("leaves the towns' picking pass out while the map is wheeled or dragged, and draws it in a flight and at rest", () => {
    const picking = { name: 'pick' };
    const seen: unknown[] = [];
    vi.spyOn(rendering.NodePointProgram.prototype, 'render').mockImplementation(function (this: { pickProgram: unknown }) {
      seen.push(this.pickProgram);
    });
    const motion = { animated: true, wheel: 0, dragged: 0 };
    const renderer = rendererIn(motion);
    const program = oneTownProgram(renderer, { pickProgram: picking });
    const params = paramsOf();
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

  it('draws the towns at half resolution while the map is wheeled or dragged, and whole in a flight, a drag held still and at rest', () => {
    const seen: string[] = [];
    vi.spyOn(rendering.NodePointProgram.prototype, 'render').mockImplementation(function (
      this: { normalProgram: { gl: { canvas: { width: number; height: number } } } },
      params: RenderParams,
    ) {
      const { width, height } = this.normalProgram.gl.canvas;
      seen.push(`${width}×${height} drawn at ${params.pixelRatio}`);
    });
    const motion = { animated: true, wheel: 0, dragged: 0, dragging: false, touching: false };
    const renderer = rendererIn(motion);
    const program = oneTownProgram(renderer);
    // a 101 × 50 view on a screen of one device pixel per CSS pixel
    const params = { ...paramsOf(), width: 101, pixelRatio: 1 };
    const states = [
      { animated: true }, // flying to a town
      { animated: true, wheel: -1 }, // wheeled
      { animated: false, wheel: 0, dragged: 3, dragging: true }, // dragged with the mouse
      { dragging: false }, // the button still down, the mouse still
      { dragged: 0, touching: true }, // dragged with a finger
      { touching: false }, // at rest
    ];
    for (const state of states) {
      Object.assign(motion, state);
      program.render(params);
    }
    expect(programs.RESOLUTION_IN_MOTION).toBe(0.5);
    // half of 101 is 50 device pixels: sigma's viewport rounds 50.5 down
    const whole = '101×50 drawn at 1';
    const half = '50×25 drawn at 0.5';
    expect(seen).toEqual([whole, half, half, whole, half, whole]);
  });

  it('draws no partnership while the flows stand for them, and all of them otherwise', () => {
    const drawn: string[] = [];
    vi.spyOn(rendering.EdgeLineProgram.prototype, 'render').mockImplementation(() => drawn.push('line'));
    vi.spyOn(rendering.EdgeRectangleProgram.prototype, 'render').mockImplementation(() => drawn.push('thick'));
    const graph = {};
    const renderer = rendererIn({ animated: false, wheel: 0, dragged: 0 }, graph);
    const flows = { shown: true };
    programs.leaveLinesOut(graph, () => flows.shown);
    const line = programOf(programs.PartnershipLineProgram, { renderer, verticesCount: 2 });
    const thick = programOf(programs.PartnershipRectangleProgram, { renderer, verticesCount: 6 });
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
    const exported = programOf(programs.PartnershipLineProgram, {
      renderer: rendererIn({ animated: false, wheel: 0, dragged: 0 }, graph),
      verticesCount: 2,
    });
    exported.render(params);
    expect(drawn).toEqual(['line', 'thick']);
    expect(programs.linesLeftOut({})).toBe(false);
  });

  it('draws the towns on screen, their discs included, and no hidden one, in the order of the buffer', () => {
    // a disc of size 3 reaches 3 pixels, 0.06 of clip space across 100 pixels and 0.12 across 50
    const points = pointsOf([
      [0, 0, 3], // 0: the centre
      [1.05, 0, 3], // 1: its centre off screen to the right, its disc on
      [1.07, 0, 3], // 2: its disc off screen
      [0, -1.11, 3], // 3: below, its disc on (the view is half as high)
      [0, 1.13, 3], // 4: above, off
      [0.5, 0.5, 0], // 5: hidden (sigma writes zeros)
      [-0.99, 0.99, 1], // 6: a corner
    ]);
    const out = new Uint32Array(7);
    const n = programs.townsOnScreen(points, 7, paramsOf(), out);
    expect([...out.subarray(0, n)]).toEqual([0, 1, 3, 6]);
    // zoomed in twice and moved left: x' = 2x - 1, so only towns with x in [-0.03, 1.03] (and y within ±0.53) are on
    const zoomed = pointsOf([
      [0.5, 0, 3],
      [1.02, 0, 3],
      [1.04, 0, 3],
      [-0.02, 0.52, 3],
      [0.5, 0.6, 3],
    ]);
    expect([...out.subarray(0, programs.townsOnScreen(zoomed, 5, paramsOf(2, -1, 0), out))]).toEqual([0, 1, 3]);
    // zoomed out, a size of 3 is drawn 1.5 pixels wide (size / sizeRatio): 0.03 of clip space, so the town at 1.05 is off
    expect([...out.subarray(0, programs.townsOnScreen(points, 7, paramsOf(1, 0, 0, 2), out))]).toEqual([0, 6]);
  });

  it("agrees with sigma's own camera matrix, turned, on a view wider than high", () => {
    const width = 300;
    const height = 120;
    const matrix = utils.matrixFromCamera({ x: 0.4, y: 0.6, angle: 0.7, ratio: 0.35 }, { width, height }, { width: 200, height: 200 }, 10);
    const params = { width, height, sizeRatio: 1, matrix } as unknown as Parameters<typeof programs.townsOnScreen>[2];
    const towns: [number, number, number][] = [];
    for (let i = 0; i <= 40; i++) for (let j = 0; j <= 40; j++) towns.push([i / 40, j / 40, 1 + ((i + j) % 5)]);
    const out = new Uint32Array(towns.length);
    const drawn = new Set(out.subarray(0, programs.townsOnScreen(pointsOf(towns), towns.length, params, out)));
    // sigma's projection of each town to clip space, and the disc's reach there
    const expected = towns.flatMap(([x, y, size], i) => {
      const clip = utils.multiplyVec2(matrix, { x, y });
      return Math.abs(clip.x) <= 1 + (2 * size) / width && Math.abs(clip.y) <= 1 + (2 * size) / height ? [i] : [];
    });
    expect(expected.length).toBeGreaterThan(100);
    expect(expected.length).toBeLessThan(towns.length - 100);
    expect([...drawn]).toEqual(expected);
  });

  it('sends the towns on screen once a frame and draws them, picture and picking, through the index buffer', () => {
    const calls: string[] = [];
    const record =
      (name: string) =>
      (...args: unknown[]) =>
        calls.push(`${name}(${args.map((a) => (a instanceof Uint32Array ? `[${[...a].join(',')}]` : String(a))).join(', ')})`);
    const gl = Object.assign(Object.create(WebGL2RenderingContext.prototype as object) as object, {
      FRAMEBUFFER: 'FB',
      ELEMENT_ARRAY_BUFFER: 'EAB',
      DYNAMIC_DRAW: 'DD',
      UNSIGNED_INT: 'UINT',
      bindFramebuffer: record('bindFramebuffer'),
      createBuffer: () => 'indices',
      bindBuffer: record('bindBuffer'),
      bufferData: record('bufferData'),
      drawElements: record('drawElements'),
    }) as unknown as WebGL2RenderingContext;
    const renderer = rendererIn({ animated: false, wheel: 0, dragged: 0 });
    const program = programOf(programs.TownPointProgram, {
      renderer,
      normalProgram: { gl: { canvas: renderer.canvases.nodes } },
      array: pointsOf([
        [0, 0, 3],
        [5, 0, 3],
        [0.5, 0, 0],
        [-0.5, 0.2, 2],
      ]),
      verticesCount: 4,
      drawn: new Uint32Array(0),
    });
    vi.spyOn(rendering.NodePointProgram.prototype, 'render').mockImplementation(function (this: typeof program) {
      this.drawWebGL(0 /* POINTS */, { gl, frameBuffer: 'picking' } as never);
      this.drawWebGL(0, { gl, frameBuffer: null } as never);
    });
    program.render(paramsOf());
    expect(calls).toEqual([
      'bindFramebuffer(FB, picking)',
      'bindBuffer(EAB, indices)',
      'bufferData(EAB, [0,3], DD)',
      'drawElements(0, 2, UINT, 0)',
      'bindBuffer(EAB, null)',
      'bindFramebuffer(FB, null)',
      'bindBuffer(EAB, indices)',
      'drawElements(0, 2, UINT, 0)',
      'bindBuffer(EAB, null)',
    ]);
  });

  it("draws the hovered towns on sigma's 2D hover layer only, shown while there are any, and never its WebGL one", () => {
    const webgl: unknown[] = [];
    vi.spyOn(rendering.NodePointProgram.prototype, 'render').mockImplementation(function (this: unknown) {
      webgl.push(this);
    });
    const renderer = rendererIn({ animated: false, wheel: 0, dragged: 0 });
    const { hovers, hoverNodes } = renderer.canvases;
    const hover = programOf(programs.TownPointProgram, {
      renderer,
      normalProgram: { gl: { canvas: hoverNodes } },
      array: pointsOf([]),
      verticesCount: 0,
      drawn: new Uint32Array(0),
    });
    hover.render(paramsOf());
    expect([hovers.style.display, hoverNodes.style.display]).toEqual(['none', 'none']);
    Object.assign(hover, { array: pointsOf([[0, 0, 3]]), verticesCount: 1 });
    hover.render(paramsOf());
    expect([hovers.style.display, hoverNodes.style.display]).toEqual(['', 'none']);
    expect(webgl).toEqual([]);
    // the map's own program draws, and leaves them alone
    const map = oneTownProgram(renderer);
    map.render(paramsOf());
    expect([hovers.style.display, hoverNodes.style.display, renderer.canvases.nodes.style.display]).toEqual(['', 'none', '']);
    expect(webgl).toEqual([map]);
  });

  it("shows the lines' layer only in the frames that draw lines", () => {
    vi.spyOn(rendering.EdgeLineProgram.prototype, 'render').mockImplementation(() => undefined);
    const graph = {};
    const renderer = rendererIn({ animated: false, wheel: 0, dragged: 0 }, graph);
    const flows = { shown: false };
    programs.leaveLinesOut(graph, () => flows.shown);
    const stop = programs.showLinesLayerWhenDrawn(renderer as never);
    const line = programOf(programs.PartnershipLineProgram, { renderer, verticesCount: 2 });
    const frame = (drawLines: boolean) => {
      renderer.emit('beforeRender');
      if (drawLines) line.render({} as never); // sigma skips the edge programs while moving (hideEdgesOnMove)
      renderer.emit('afterRender');
      return renderer.canvases.edges.style.display;
    };
    expect(frame(true)).toBe('');
    expect(frame(false)).toBe('none');
    expect(frame(true)).toBe('');
    flows.shown = true;
    expect(frame(true)).toBe('none');
    stop();
    expect(renderer.canvases.edges.style.display).toBe('');
  });
});
