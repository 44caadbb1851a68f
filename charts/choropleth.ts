/**
 * A choropleth of German states or districts as plain SVG, for the client's "Regions" map and the
 * report alike: the boundaries (TopoJSON of GET /api/regions/geometry) projected to the size asked,
 * one `<path data-region>` per region filled by the class of the chosen figure, the under-connected
 * regions hatched and outlined, and a legend of the classes. Pure: data and labels in, escaped
 * markup out (the caller passes its words and its number format, so the module speaks no language).
 *
 * Method, and where it comes from:
 * - Projection: Albers' conic equal-area with standard parallels 48.5° and 53.5° N around 10.5° E
 *   (Snyder 1987, "Map Projections: A Working Manual", USGS PP 1395, ch. 14), fitted to the size with
 *   d3-geo's `fitSize`. A choropleth compares areas of colour, so the areas must be true
 *   (Slocum et al. 2009, "Thematic Cartography and Geovisualization", 3rd ed., ch. 14).
 * - Classes of a figure: quantiles (about as many regions in each class), which Brewer & Pickle
 *   (2002, "Evaluation of methods for classifying epidemiological data on choropleth maps in
 *   series", Annals of the AAG 92(4):662–681) found the most accurate for readers; the breaks are
 *   rounded to two significant digits. When ties leave fewer than five classes, equal steps of
 *   1, 2 or 5 × 10^k ("nice" breaks) are used instead if they give more.
 * - Observed/expected (`ratio` and its limits): a diverging scheme centred at 1, with breaks
 *   symmetric on the log scale (1/f₂, 1/f₁, 1, f₁, f₂), the factors picked from a fixed ladder so that
 *   nine regions in ten lie inside the outer breaks.
 * - Colours: ColorBrewer (Brewer, Hatchard & Harrower 2003, "ColorBrewer in Print", Cartography and
 *   Geographic Information Science 30(1):5–32; colorbrewer2.org, Apache-2.0 licence): sequential
 *   YlGnBu and diverging RdBu, both marked colour-blind safe there. Regions without a value are a
 *   neutral grey with their own legend entry; under-connected ones are hatched and outlined, so that
 *   the flag reads without colour.
 */
import { geoConicEqualArea, geoPath, geoArea, type GeoPermissibleObjects } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { RegionGeometry, RegionRow } from '../contract/api/regions.ts';
import { niceStep, r1 } from './axes.ts';
import { html, trusted, type SafeHtml } from './markup.ts';

type NumericKey = { [K in keyof RegionRow]: RegionRow[K] extends number | null ? K : never }[keyof RegionRow];

/** The figures a map may be coloured by: every numeric column of the rows but the rank (an order, not a quantity). */
export const REGION_FIGURES = [
  'ratio',
  'expected',
  'observed',
  'partnerships',
  'perMunicipality',
  'per100k',
  'partneredShare',
  'crossShare',
  'crossTies',
  'municipalities',
  'partnered',
  'population',
  'ratioLow',
  'ratioHigh',
] as const satisfies readonly Exclude<NumericKey, 'rank'>[];
export type RegionFigure = (typeof REGION_FIGURES)[number];

/** Figures read against 1 (observed/expected): coloured by the diverging scheme. */
const CENTRED: ReadonlySet<RegionFigure> = new Set(['ratio', 'ratioLow', 'ratioHigh']);

/** ColorBrewer YlGnBu, by number of classes (3 to 7). */
const YL_GN_BU: Record<number, readonly string[]> = {
  3: ['#edf8b1', '#7fcdbb', '#2c7fb8'],
  4: ['#ffffcc', '#a1dab4', '#41b6c4', '#225ea8'],
  5: ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'],
  6: ['#ffffcc', '#c7e9b4', '#7fcdbb', '#41b6c4', '#2c7fb8', '#253494'],
  7: ['#ffffcc', '#c7e9b4', '#7fcdbb', '#41b6c4', '#1d91c0', '#225ea8', '#0c2c84'],
};
/** ColorBrewer RdBu, 6 classes: red below 1, blue above. */
const RD_BU_6 = ['#b2182b', '#ef8a62', '#fddbc7', '#d1e5f0', '#67a9cf', '#2166ac'] as const;
export const NO_VALUE = '#cccccc';
const INK = '#1d1d1d';
/** (f₁, f₂) of the diverging breaks, narrowest first. */
const RATIO_LADDER: readonly (readonly [number, number])[] = [
  [1.1, 1.25],
  [1.25, 1.5],
  [1.25, 2],
  [1.5, 3],
  [2, 5],
  [3, 10],
];
const MIN_CLASSES = 5;

export interface Classes {
  kind: 'sequential' | 'diverging';
  method: 'quantile' | 'nice' | 'ratio';
  /** Ascending; class i holds breaks[i-1] ≤ value < breaks[i] (class 0: below breaks[0]). */
  breaks: number[];
  /** One per class (breaks.length + 1). */
  colours: string[];
  /** Values in each class. */
  counts: number[];
  /** Values that are null or not finite. */
  missing: number;
}

const finite = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v);
const twoDigits = (v: number) => (v === 0 ? 0 : Number(v.toPrecision(2)));

/** The q-quantile by linear interpolation between order statistics of sorted values. */
function quantileOf(sorted: readonly number[], q: number): number {
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

/** Strictly increasing breaks strictly inside (min, max]: a break at or below the minimum would leave its class empty. */
function inside(breaks: number[], min: number, max: number): number[] {
  return [...new Set(breaks)].filter((b) => b > min && b <= max).sort((a, b) => a - b);
}

function quantileBreaks(sorted: readonly number[], k: number): number[] {
  return inside(
    Array.from({ length: k - 1 }, (_, j) => twoDigits(quantileOf(sorted, (j + 1) / k))),
    sorted[0]!,
    sorted.at(-1)!,
  );
}

function niceBreaks(min: number, max: number, k: number): number[] {
  if (!(max > min)) return [];
  const step = niceStep(max - min, k);
  const out: number[] = [];
  for (let b = Math.floor(min / step) * step + step; b <= max + step * 1e-9 && out.length < 7; b += step) out.push(twoDigits(b));
  return inside(out, min, max);
}

function ratioBreaks(values: readonly number[]): number[] {
  const spread = values.filter((v) => v > 0).map((v) => Math.abs(Math.log(v)));
  const reach =
    spread.length > 0
      ? quantileOf(
          [...spread].sort((a, b) => a - b),
          0.9,
        )
      : Math.log(2);
  const [f1, f2] = RATIO_LADDER.find(([, f]) => Math.log(f) >= reach) ?? RATIO_LADDER.at(-1)!;
  return [twoDigits(1 / f2), twoDigits(1 / f1), 1, f1, f2];
}

/** The index of the class of `value` (null for no value). Monotone: a larger value never gets a lower class. */
export function classOf(classes: Pick<Classes, 'breaks'>, value: number | null | undefined): number | null {
  if (!finite(value)) return null;
  let lo = 0;
  let hi = classes.breaks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (value < classes.breaks[mid]!) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * The classes of a figure's values: quantiles (or nice breaks) with YlGnBu, or for observed/expected
 * the log-symmetric breaks around 1 with RdBu. `k` is the number of quantile classes (5 to 7).
 */
export function classify(values: readonly (number | null | undefined)[], figure: RegionFigure, k = MIN_CLASSES): Classes {
  if (!Number.isInteger(k) || k < 5 || k > 7) throw new Error(`charts/choropleth: k is 5, 6 or 7 classes, not ${k}`);
  const present = values.filter(finite);
  const missing = values.length - present.length;
  let kind: Classes['kind'] = 'sequential';
  let method: Classes['method'] = 'quantile';
  let breaks: number[];
  if (CENTRED.has(figure)) {
    kind = 'diverging';
    method = 'ratio';
    breaks = ratioBreaks(present);
  } else if (present.length === 0) {
    breaks = [];
  } else {
    const sorted = [...present].sort((a, b) => a - b);
    breaks = quantileBreaks(sorted, k);
    if (breaks.length < MIN_CLASSES - 1) {
      const nice = niceBreaks(sorted[0]!, sorted.at(-1)!, k);
      if (nice.length > breaks.length) {
        breaks = nice;
        method = 'nice';
      }
    }
  }
  const n = breaks.length + 1;
  const colours = kind === 'diverging' ? [...RD_BU_6] : n >= 3 ? [...YL_GN_BU[n]!] : YL_GN_BU[3]!.slice(3 - n);
  const counts = new Array<number>(n).fill(0);
  for (const v of present) counts[classOf({ breaks }, v)!]! += 1;
  return { kind, method, breaks, colours, counts, missing };
}

/** The words and number formats of the caller (the client's language, the report's). */
export interface ChoroplethLabels {
  /** The map's accessible name. */
  title: string;
  /** The figure's name: the legend's heading. */
  figure: string;
  noValue: string;
  underConnected: string;
  format: (value: number) => string;
  /** The legend's counts of regions (default: digits alone). */
  formatCount?: (count: number) => string;
}

export interface ChoroplethInput {
  geometry: RegionGeometry;
  rows: readonly RegionRow[];
  figure: RegionFigure;
  width: number;
  height: number;
  labels: ChoroplethLabels;
  /** Prefix of the ids inside the markup (the hatching pattern): unique per document. */
  id: string;
  /** A `<title>` per region (a hover text where no script runs, as in the report). */
  titles?: boolean;
  /** Boundaries drawn over the regions as thin lines (the states over the districts). */
  outline?: RegionGeometry;
  /** The classes to use (default: `classify` of the rows' values of the figure). */
  classes?: Classes;
}

export interface Choropleth {
  svg: SafeHtml;
  legend: SafeHtml;
  classes: Classes;
  /** Paths drawn: one per geometry of the topology. */
  regions: number;
  /** Rows whose region has no boundary (none when the geometry covers the level). */
  unmapped: string[];
}

type Shape = GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon, { name: string }>;

function collection(topology: RegionGeometry): GeometryCollection<{ name: string }> {
  const object = Object.values(topology.objects)[0];
  if (!object) throw new Error('charts/choropleth: the topology has no object');
  return object as unknown as GeometryCollection<{ name: string }>;
}

/**
 * d3-geo reads a polygon's exterior ring clockwise; a ring that simplification left counter-clockwise
 * (a sliver of Bayreuth's in the VG250 districts) would cover the rest of the sphere. Such a polygon
 * (area above a hemisphere) has its rings reversed.
 */
function rewound(shape: Shape): Shape {
  const fix = (rings: GeoJSON.Position[][]) =>
    geoArea({ type: 'Polygon', coordinates: rings }) > 2 * Math.PI ? rings.map((ring) => [...ring].reverse()) : rings;
  const g = shape.geometry;
  const geometry: Shape['geometry'] =
    g.type === 'Polygon'
      ? { type: 'Polygon', coordinates: fix(g.coordinates) }
      : { type: 'MultiPolygon', coordinates: g.coordinates.map(fix) };
  return { ...shape, geometry };
}

const valueText = (v: number | null) => (v === null ? '' : String(v));

export function choropleth(input: ChoroplethInput): Choropleth {
  const { geometry, rows, figure, width, height, labels, id } = input;
  if (!(width > 0 && height > 0)) throw new Error(`charts/choropleth: a size above 0 is needed, not ${width}×${height}`);
  const topology = geometry as unknown as Topology;
  const shapes = (feature(topology, collection(geometry)) as GeoJSON.FeatureCollection).features.map((f) => rewound(f as Shape));
  const byRegion = new Map(rows.map((r) => [r.region, r]));
  const value = (r: RegionRow | undefined): number | null => {
    const v = r?.[figure];
    return finite(v) ? v : null;
  };
  const classes = input.classes ?? classify(rows.map(value), figure);
  const all: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: shapes };
  const projection = geoConicEqualArea()
    .parallels([48.5, 53.5])
    .rotate([-10.5, 0])
    .fitSize([width, height], all as GeoPermissibleObjects);
  const path = geoPath(projection).digits(1);
  const thin = shapes.length > 100 ? 0.3 : 0.7;
  const hatch = `${id}-hatch`;

  const drawn = shapes.map((shape) => {
    const key = String(shape.id);
    const row = byRegion.get(key);
    const v = value(row);
    const c = classOf(classes, v);
    const name = row?.name ?? shape.properties.name;
    const under = row?.underConnected === true;
    const d = trusted(path(shape as GeoPermissibleObjects) ?? '');
    const title = input.titles
      ? html`<title>${name}: ${v === null ? labels.noValue : labels.format(v)}${under ? html` (${labels.underConnected})` : ''}</title>`
      : '';
    return {
      under,
      c,
      d,
      markup: html`<path class="region${c === null ? ' no-value' : ''}" data-region="${key}" data-name="${name}" data-value="${valueText(v)}" data-class="${c ?? ''}"${under ? html` data-under="true"` : ''} fill="${c === null ? NO_VALUE : classes.colours[c]!}" d="${d}">${title}</path>`,
    };
  });
  const outline = input.outline
    ? trusted(path(mesh(input.outline as unknown as Topology, collection(input.outline)) as GeoPermissibleObjects) ?? '')
    : null;
  const flagged = drawn.filter((p) => p.under);
  const svg = html`<svg xmlns="http://www.w3.org/2000/svg" class="choropleth" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${labels.title}" data-figure="${figure}" data-regions="${shapes.length}">
<defs>${hatchPattern(hatch)}</defs>
<g class="regions" stroke="#ffffff" stroke-width="${thin}" stroke-linejoin="round">${drawn.map((p) => p.markup)}</g>
${outline ? html`<path class="outline" d="${outline}" fill="none" stroke="#555555" stroke-width="0.9" stroke-linejoin="round" pointer-events="none"/>` : ''}
<g class="under" fill="url(#${hatch})" stroke="${INK}" stroke-width="1.6" stroke-linejoin="round" pointer-events="none">${flagged.map((p) => html`<path d="${p.d}"/>`)}</g>
</svg>`;
  const unmapped = rows.map((r) => r.region).filter((r) => !shapes.some((s) => String(s.id) === r));
  const noValue = drawn.filter((p) => p.c === null).length;
  return { svg, legend: legend(classes, labels, `${id}-legend`, flagged.length, noValue), classes, regions: shapes.length, unmapped };
}

function hatchPattern(patternId: string): SafeHtml {
  return html`<pattern id="${patternId}" patternUnits="userSpaceOnUse" width="5" height="5" patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="5" stroke="${INK}" stroke-width="1.3"/></pattern>`;
}

/** The classes' labels: "< a", "a – b", …, "≥ z" (one class alone: every value). */
export function classLabels(classes: Pick<Classes, 'breaks'>, format: (v: number) => string): string[] {
  const b = classes.breaks;
  if (b.length === 0) return ['–'];
  return [`< ${format(b[0]!)}`, ...b.slice(1).map((x, i) => `${format(b[i]!)} – ${format(x)}`), `≥ ${format(b.at(-1)!)}`];
}

/**
 * The legend as its own SVG: the figure, a swatch per class with its range and count, the regions
 * without a value (`noValue`, default the classes' missing values), the under-connected ones.
 */
export function legend(
  classes: Classes,
  labels: ChoroplethLabels,
  id: string,
  underConnected: number,
  noValue = classes.missing,
): SafeHtml {
  const row = 17;
  const top = 18;
  // wide enough for the heading (11 px, bold: about 6.8 px a character), a German one included
  const width = Math.max(230, Math.ceil(labels.figure.length * 6.8));
  const hasValues = classes.counts.some((n) => n > 0);
  const texts = hasValues ? classLabels(classes, labels.format) : [];
  const count = labels.formatCount ?? String;
  const entries: SafeHtml[] = texts.map(
    (text, i) =>
      html`<g class="class" data-class="${i}"><rect x="0" y="${top + i * row}" width="14" height="12" fill="${classes.colours[i]!}" stroke="#999999" stroke-width="0.5"/><text x="20" y="${top + i * row + 10}">${text} <tspan class="count">(${count(classes.counts[i]!)})</tspan></text></g>`,
  );
  const extra: SafeHtml[] = [];
  let y = top + texts.length * row + (texts.length > 0 ? 4 : 0);
  if (noValue > 0 || !hasValues) {
    extra.push(
      html`<g class="no-value"><rect x="0" y="${y}" width="14" height="12" fill="${NO_VALUE}" stroke="#999999" stroke-width="0.5"/><text x="20" y="${y + 10}">${labels.noValue} <tspan class="count">(${count(noValue)})</tspan></text></g>`,
    );
    y += row;
  }
  extra.push(
    html`<g class="under-connected"><rect x="1" y="${y + 1}" width="12" height="10" fill="url(#${id}-hatch)" stroke="${INK}" stroke-width="1.6"/><text x="20" y="${y + 10}">${labels.underConnected} <tspan class="count">(${count(underConnected)})</tspan></text></g>`,
  );
  y += row;
  return html`<svg xmlns="http://www.w3.org/2000/svg" class="choropleth-legend" viewBox="0 0 ${width} ${r1(y)}" width="${width}" height="${r1(y)}" font-size="11" fill="#333333" role="img" aria-label="${labels.figure}" data-kind="${classes.kind}" data-method="${classes.method}">
<defs>${hatchPattern(`${id}-hatch`)}</defs>
<text class="heading" x="0" y="11" font-weight="600">${labels.figure}</text>
${entries}${extra}
</svg>`;
}
