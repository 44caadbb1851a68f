/**
 * A picture of the network: every place with coordinates at its longitude and latitude, every
 * partnership between two such places as a great-circle arc, as SVG (vector paths and real text,
 * no screenshot). Two panels: the world (Natural Earth projection, fitted to the places) and
 * Europe (Lambert azimuthal equal-area centred at 10° E 52° N, as ETRS89-LAEA). Country outlines:
 * Natural Earth via the world-atlas package (public domain). Places are coloured by their side of
 * Europe's old divide (Okabe–Ito, as the client; German places by East/West Germany, Berlin
 * purple) and sized by their number of partnerships; cross ties are drawn in green above the rest.
 * Edges and points are merged into a few paths, so that 26,000 ties stay a small file.
 */
import { isCross } from '../../../contract/sides.ts';
import { BLOCS, type Bloc } from '../../../contract/vocabularies.ts';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { geoAzimuthalEqualArea, geoNaturalEarth1, geoPath, type ExtendedFeature, type GeoProjection, type GeoSphere } from 'd3-geo';
import type { AbstractGraph, Attributes } from 'graphology-types';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { html, trusted, type SafeHtml } from '../html.ts';

const W = 680;
const require = createRequire(import.meta.url);
const atlases = new Map<string, GeoJSON.FeatureCollection>();

function countries(resolution: '110m' | '50m'): GeoJSON.FeatureCollection {
  let fc = atlases.get(resolution);
  if (!fc) {
    const topology = JSON.parse(fs.readFileSync(require.resolve(`world-atlas/countries-${resolution}.json`), 'utf8')) as Topology<{
      countries: GeometryCollection;
    }>;
    fc = feature(topology, topology.objects.countries) as GeoJSON.FeatureCollection;
    atlases.set(resolution, fc);
  }
  return fc;
}

export const SIDE_COLOURS = { west: '#0072B2', east: '#D55E00', other: '#E69F00', berlin: '#CC79A7', none: '#8C8C8C' } as const;
const CROSS = '#009E73';
const SIZES = [
  { min: 0, r: 1.1 },
  { min: 2, r: 1.6 },
  { min: 4, r: 2.2 },
  { min: 8, r: 3 },
  { min: 16, r: 4 },
  { min: 32, r: 5.2 },
];

type SideKey = keyof typeof SIDE_COLOURS;
/** The colour of a place: its bloc, Berlin apart (on neither side), 'none' when it has no bloc. */
function colourOf(a: Attributes): SideKey {
  if (a.germany === 'berlin') return 'berlin';
  return (BLOCS as readonly unknown[]).includes(a.bloc) ? (a.bloc as Bloc) : 'none';
}
const located = (a: Attributes) =>
  typeof a.lat === 'number' && typeof a.lon === 'number' && Number.isFinite(a.lat) && Number.isFinite(a.lon);
const crossesBlocs = (a: Attributes, b: Attributes) => isCross(a, b, 'europe');

interface Panel {
  projection: GeoProjection;
  height: number;
  atlas: '110m' | '50m';
  labels: number;
}

function worldPanel(points: [number, number][]): Panel {
  const height = 360;
  const projection = geoNaturalEarth1();
  const target: GeoSphere | ExtendedFeature =
    points.length > 1 ? { type: 'Feature', properties: {}, geometry: { type: 'MultiPoint', coordinates: points } } : { type: 'Sphere' };
  projection.fitExtent(
    [
      [10, 10],
      [W - 10, height - 10],
    ],
    target,
  );
  return { projection, height, atlas: '110m', labels: 10 };
}

function europePanel(): Panel {
  const height = 520;
  const projection = geoAzimuthalEqualArea().rotate([-10, -52]);
  const box: GeoJSON.MultiPoint = {
    type: 'MultiPoint',
    coordinates: [
      [-10, 36],
      [32, 36],
      [-10, 64],
      [32, 64],
      [10, 70],
      [10, 35],
    ],
  };
  projection
    .fitExtent(
      [
        [0, 0],
        [W, height],
      ],
      box,
    )
    .clipExtent([
      [0, 0],
      [W, height],
    ]);
  return { projection, height, atlas: '50m', labels: 16 };
}

/** Thinner, fainter marks as the graph grows, so that 17,000 places and 25,000 ties stay legible. */
function marks(graph: AbstractGraph, cross: number) {
  const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
  const plain = graph.size - cross;
  return {
    radius: clamp((2000 / Math.max(1, graph.order)) ** 0.35, 0.45, 1),
    plain: { opacity: clamp(0.22 * Math.sqrt(1000 / Math.max(1, plain)), 0.09, 0.22), width: plain > 5000 ? 0.3 : 0.4 },
    cross: { opacity: clamp(0.55 * Math.sqrt(1000 / Math.max(1, cross)), 0.15, 0.55), width: cross > 2000 ? 0.35 : 0.6 },
  };
}

function drawPanel(graph: AbstractGraph, panel: Panel, title: string): SafeHtml {
  const { projection, height } = panel;
  projection.precision(1.5);
  const path = geoPath(projection).digits(1);
  const land = path(countries(panel.atlas)) ?? '';
  const plain: [number, number][][] = [];
  const cross: [number, number][][] = [];
  graph.forEachEdge((_e, _a, _s, _t, sa, ta) => {
    if (!located(sa) || !located(ta)) return;
    const line: [number, number][] = [
      [sa.lon as number, sa.lat as number],
      [ta.lon as number, ta.lat as number],
    ];
    (crossesBlocs(sa, ta) ? cross : plain).push(line);
  });
  const m = marks(graph, cross.length);
  const edgePath = (lines: [number, number][][]) => (lines.length ? (path({ type: 'MultiLineString', coordinates: lines }) ?? '') : '');
  const groups = new Map<string, { side: SideKey; r: number; points: [number, number][] }>();
  const nodes: { x: number; y: number; name: string; degree: number }[] = [];
  graph.forEachNode((node, a) => {
    if (!located(a)) return;
    const degree = graph.degree(node);
    const r = [...SIZES].reverse().find((s) => degree >= s.min)!.r * m.radius;
    const side = colourOf(a);
    const key = `${r}|${side}`;
    const g = groups.get(key) ?? { side, r, points: [] };
    g.points.push([a.lon as number, a.lat as number]);
    groups.set(key, g);
    const p = projection([a.lon as number, a.lat as number]);
    if (p && p[0] >= 0 && p[0] <= W && p[1] >= 0 && p[1] <= height) nodes.push({ x: p[0], y: p[1], name: String(a.name ?? node), degree });
  });
  const pointPaths = [...groups.values()]
    .sort((a, b) => a.r - b.r)
    .map(
      (g) =>
        html`<path d="${trusted(path.pointRadius(g.r)({ type: 'MultiPoint', coordinates: g.points }) ?? '')}" fill="${SIDE_COLOURS[g.side]}" stroke="#fff" stroke-width="${(0.3 * m.radius).toFixed(2)}"/>`,
    );
  path.pointRadius(4.5);
  const placed: { x: number; y: number }[] = [];
  const labels: SafeHtml[] = [];
  for (const n of nodes.sort((a, b) => b.degree - a.degree || a.name.localeCompare(b.name))) {
    if (labels.length >= panel.labels) break;
    if (placed.some((p) => Math.abs(p.x - n.x) < 70 && Math.abs(p.y - n.y) < 13)) continue;
    placed.push(n);
    const anchor = n.x > W - 90 ? 'end' : 'start';
    labels.push(
      html`<text x="${Math.round(n.x + (anchor === 'start' ? 5 : -5))}" y="${Math.round(n.y - 4)}" text-anchor="${anchor}">${n.name}</text>`,
    );
  }
  return html`<svg class="map" viewBox="0 0 ${W} ${height}" width="${W}" height="${height}" role="img" xmlns="http://www.w3.org/2000/svg">
<title>${title}</title>
<rect width="${W}" height="${height}" fill="#F4F7FA"/>
<path d="${trusted(land)}" fill="#E8E6E0" stroke="#C9C4B8" stroke-width="0.5"/>
<path d="${trusted(edgePath(plain))}" fill="none" stroke="#5A5A5A" stroke-opacity="${m.plain.opacity.toFixed(3)}" stroke-width="${m.plain.width}"/>
<path d="${trusted(edgePath(cross))}" fill="none" stroke="${CROSS}" stroke-opacity="${m.cross.opacity.toFixed(3)}" stroke-width="${m.cross.width}"/>
${pointPaths}
<g class="map-labels">${labels}</g>
</svg>`;
}

/** The world map is drawn when at least this share of the partnerships drawn has an end beyond Europe. */
export const WORLD_MAP_SHARE = 0.05;

/** Europe as the report frames it, with a margin (its panel below): longitude −25…45, latitude 34…72. */
const inEurope = (a: Attributes) =>
  (a.lon as number) >= -25 && (a.lon as number) <= 45 && (a.lat as number) >= 34 && (a.lat as number) <= 72;

export interface NetworkMap {
  /** null where it would say nothing: fewer than WORLD_MAP_SHARE of the partnerships drawn reach beyond Europe. */
  world: SafeHtml | null;
  /** The share of the partnerships drawn with an end beyond Europe. */
  beyondEurope: number;
  europe: SafeHtml;
  drawn: number;
  unlocated: number;
  edgesDrawn: number;
}

/** `titles`: the panels' accessible names, in the report's language. */
export function networkMap(graph: AbstractGraph, titles: { world: string; europe: string }): NetworkMap {
  const points: [number, number][] = [];
  let unlocated = 0;
  graph.forEachNode((_n, a) => {
    if (located(a)) points.push([a.lon as number, a.lat as number]);
    else unlocated += 1;
  });
  let edgesDrawn = 0;
  let beyond = 0;
  graph.forEachEdge((_e, _a, _s, _t, sa, ta) => {
    if (!located(sa) || !located(ta)) return;
    edgesDrawn += 1;
    if (!inEurope(sa) || !inEurope(ta)) beyond += 1;
  });
  const beyondEurope = edgesDrawn > 0 ? beyond / edgesDrawn : 0;
  return {
    world: beyondEurope >= WORLD_MAP_SHARE ? drawPanel(graph, worldPanel(points), titles.world) : null,
    beyondEurope,
    europe: drawPanel(graph, europePanel(), titles.europe),
    drawn: points.length,
    unlocated,
    edgesDrawn,
  };
}
