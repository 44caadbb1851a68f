/**
 * Country outlines behind the map layout: Natural Earth 1:50m from the world-atlas package,
 * bundled with the client (no map tiles from the internet), projected with the same Web Mercator
 * as the towns (d3-geo, which also clips at the antimeridian and the poles) into one Path2D in
 * graph coordinates. After every sigma render the path is drawn on a canvas layer under the
 * edges with the affine map from graph to viewport, so it follows the camera.
 */
import { geoMercator, geoPath } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlasUrl from 'world-atlas/countries-50m.json?url';
import type { Renderer } from '../context.ts';
import type { Feature } from '../context.ts';
import { resetLayer } from '../canvas-layer.ts';
import { LAND } from '../palettes.ts';
import { drawingResolution } from '../programs.ts';

const LAYER = 'countries';
const BORDER = '#C9C4B8';

export interface Outlines {
  land: Path2D;
  borders: Path2D;
}

let outlines: Promise<Outlines> | null = null;

/** d3-geo draws into anything canvas-like; a Path2D lacks only beginPath, which it never needs. */
function geoContext(path: Path2D) {
  return {
    beginPath: () => undefined,
    moveTo: (x: number, y: number) => path.moveTo(x, y),
    lineTo: (x: number, y: number) => path.lineTo(x, y),
    arc: (x: number, y: number, r: number, a0: number, a1: number) => path.arc(x, y, r, a0, a1),
    closePath: () => path.closePath(),
  };
}

/** Loaded once per page; the export of a PNG draws the same paths. */
export function loadOutlines(): Promise<Outlines> {
  outlines ??= fetch(atlasUrl)
    .then((res) => {
      if (!res.ok) throw new Error(`country outlines: ${res.status}`);
      return res.json() as Promise<Topology<{ countries: GeometryCollection }>>;
    })
    .then((topology) => {
      // Same formula as mercator() in contract/map-positions.ts: radians, y pointing north.
      const projection = geoMercator().scale(1).translate([0, 0]).reflectY(true).precision(0);
      const land = new Path2D();
      geoPath(projection, geoContext(land))(feature(topology, topology.objects.countries));
      const borders = new Path2D();
      geoPath(projection, geoContext(borders))(mesh(topology, topology.objects.countries, (a, b) => a !== b));
      return { land, borders };
    });
  return outlines;
}

/** Draws the outlines on `ctx` for the renderer's current camera. */
export function drawOutlines(
  renderer: Pick<Renderer, 'graphToViewport'>,
  context: CanvasRenderingContext2D,
  paths: Outlines,
  pixelRatio: number,
): void {
  const o = renderer.graphToViewport({ x: 0, y: 0 });
  const ex = renderer.graphToViewport({ x: 1, y: 0 });
  const ey = renderer.graphToViewport({ x: 0, y: 1 });
  const a = ex.x - o.x;
  const b = ex.y - o.y;
  const c = ey.x - o.x;
  const d = ey.y - o.y;
  const scale = Math.hypot(a, b) || 1;
  context.save();
  context.setTransform(a * pixelRatio, b * pixelRatio, c * pixelRatio, d * pixelRatio, o.x * pixelRatio, o.y * pixelRatio);
  context.fillStyle = LAND;
  context.fill(paths.land);
  context.lineWidth = 0.8 / scale;
  context.strokeStyle = BORDER;
  context.stroke(paths.borders);
  context.restore();
}

export const setupCountryOutlines: Feature = (ctx) => {
  const { renderer, store } = ctx;
  // a plain canvas (sigma sizes its style; its pixel size is set here on each draw)
  const canvas = renderer.createCanvas(LAYER, { beforeLayer: 'edges' });
  canvas.classList.add('outlines');
  const context = canvas.getContext('2d')!;
  let paths: Outlines | null = null;
  let killed = false;

  const draw = () => {
    const { pixelRatio } = resetLayer(renderer, canvas, context, drawingResolution(renderer));
    // `canvas.outlines[data-drawn]`: the map is there to be looked at (the browser tests wait for it)
    canvas.dataset.drawn = String(paths !== null && store.get().layout === 'geo');
    if (!paths || store.get().layout !== 'geo') return;
    drawOutlines(renderer, context, paths, pixelRatio);
  };

  loadOutlines().then(
    (loaded) => {
      if (killed) return;
      paths = loaded;
      draw();
    },
    () => {
      // the map is a backdrop: without it the towns are still drawn where they are
    },
  );
  renderer.on('afterRender', draw);
  const unwatch = store.watch(
    (s) => s.layout,
    (layout) => {
      canvas.classList.toggle('hidden', layout !== 'geo');
      draw();
    },
  );
  canvas.classList.toggle('hidden', store.get().layout !== 'geo');
  return () => {
    killed = true;
    unwatch();
    renderer.off('afterRender', draw);
    renderer.killLayer(LAYER);
  };
};
