/**
 * What colour and size mean at this moment: the scheme of the colour mode and the measure of the
 * size mode, falling back to East/West and to partnerships in view while an analysis is loading
 * or has failed. The drawing (features/draw.ts) and the legend read the same model, so the legend
 * always says what the picture shows.
 */
import { interpolateRgb } from 'd3-interpolate';
import type { AppContext } from './context.ts';
import type { LoadState } from './resource.ts';
import { blocScheme, communityScheme, countryScheme, EDGE_INK, germanyScheme, LAND, type ColorScheme } from './palettes.ts';
import { coloursCommunities, communityAlgorithm, type ColorMode, type SizeMode } from './state.ts';
import type { Divide } from '../../contract/vocabularies.ts';

export type Fallback = 'loading' | 'error' | null;

export interface ColorModel {
  requested: ColorMode;
  scheme: ColorScheme;
  /** The side colouring follows the east-west view's divide (East/West Germany shown as blocs, or back). */
  followsDivide: boolean;
  fallback: Fallback;
  /** How far the analysis the fallback waits for has come (0..1), when known. */
  progress: number | null;
  colorOf(node: string): string;
}

export interface SizeModel {
  requested: SizeMode;
  /** The measure the sizes show. */
  shown: SizeMode;
  fallback: Fallback;
  progress: number | null;
  min: number;
  max: number;
  sizeOf(node: string): number;
}

export const MIN_SIZE = 1.5;
const MAX_SIZE = 14;

/** Why the analyses in `states` cannot be drawn yet, and how far the one loading has come. */
function waitingFor(...states: LoadState<unknown>[]): { fallback: Fallback; progress: number | null } {
  if (states.some((s) => s.status === 'error')) return { fallback: 'error', progress: null };
  for (const s of states) {
    if (s.status === 'loading' && typeof s.progress?.fraction === 'number') return { fallback: 'loading', progress: s.progress.fraction };
  }
  return { fallback: 'loading', progress: null };
}

/**
 * Each town's community, for the community profiles loaded: from the newest /api/metrics answer
 * for the same filters and algorithm (of whichever measure: the communities are the same). Null
 * until both are there.
 */
export function communityMembership(ctx: AppContext): ReadonlyMap<string, number> | null {
  const metrics = ctx.analytics.metrics.last;
  const { communities } = ctx.analytics;
  const algorithm = communityAlgorithm(ctx.store.get());
  if (!metrics || !communities.data || metrics.algorithm !== algorithm) return null;
  return communities.key === `${algorithm}|${metrics.filters}` ? metrics.community : null;
}

let colorMemo: { inputs: unknown[]; model: ColorModel } | null = null;

/**
 * The side colouring of the divide shown: while the east-west view shows Europe's blocs, the
 * East/West-Germany colouring (every place abroad grey) becomes the blocs', so that the colours and
 * the cross ties speak of the same divide (the legend says so). The bloc colouring stays under the
 * inner-German divide: German places take their East/West side as their bloc, so it already
 * shows that divide. Other colour modes stay.
 */
export function sideColoring(color: ColorMode, divide: Divide | null): ColorMode {
  return color === 'germany' && divide === 'europe' ? 'bloc' : color;
}

export function colorModel(ctx: AppContext): ColorModel {
  const { color: requested, divide, community } = ctx.store.get();
  const { communities, metrics } = ctx.analytics;
  const inputs = [ctx.graph, requested, divide, community, communities.state, metrics.state];
  if (colorMemo && colorMemo.inputs.every((v, i) => v === inputs[i])) return colorMemo.model;

  const color = sideColoring(requested, divide);
  let scheme: ColorScheme;
  let waiting: ReturnType<typeof waitingFor> = { fallback: null, progress: null };
  const membership = coloursCommunities(color) ? communityMembership(ctx) : null;
  if (color === 'bloc') scheme = blocScheme();
  else if (color === 'country') scheme = countryScheme(ctx.meta.countries);
  else if (coloursCommunities(color) && membership && communities.data)
    scheme = communityScheme(communities.data.communities, membership, color === 'leiden' ? 'leiden' : 'community', community);
  else {
    scheme = germanyScheme();
    if (coloursCommunities(color)) waiting = waitingFor(communities.state, metrics.state);
  }
  const palette = new Map(scheme.categories.map((c) => [c.key, c.color]));
  const colors = new Map<string, string>();
  ctx.graph.forEachNode((node, attr) => colors.set(node, palette.get(scheme.categoryOf(node, attr)) ?? '#999999'));
  const model: ColorModel = {
    requested,
    scheme,
    followsDivide: color !== requested,
    ...waiting,
    colorOf: (node) => colors.get(node) ?? '#999999',
  };
  colorMemo = { inputs, model };
  return model;
}

let sizeMemo: { inputs: unknown[]; model: SizeModel } | null = null;

export function sizeModel(ctx: AppContext): SizeModel {
  const { size } = ctx.store.get();
  const view = ctx.view();
  const metrics = ctx.analytics.metrics.state;
  const inputs = [view, size, metrics];
  if (sizeMemo && sizeMemo.inputs.every((v, i) => v === inputs[i])) return sizeMemo.model;

  let model: SizeModel;
  if (size !== 'degree' && metrics.status === 'ready' && metrics.data.measure === size) {
    const { values, min, max } = metrics.data;
    const span = max - min || 1;
    model = {
      requested: size,
      shown: size,
      fallback: null,
      progress: null,
      min,
      max,
      sizeOf: (node) => {
        const v = values.get(node);
        if (v === undefined) return MIN_SIZE;
        // core numbers are few small integers: on an absolute scale, as partnerships, so that a 2-core is not drawn as a hub
        if (size === 'core') return MIN_SIZE + 2 * Math.sqrt(v);
        return MIN_SIZE + (MAX_SIZE - MIN_SIZE) * Math.sqrt(Math.max(0, v - min) / span);
      },
    };
  } else {
    // partnerships in view, on an absolute scale so that sizes stay put while the years play
    model = {
      requested: size,
      shown: 'degree',
      ...(size === 'degree' ? { fallback: null, progress: null } : waitingFor(metrics)),
      min: 0,
      max: view.maxDegree,
      sizeOf: (node) => MIN_SIZE + 1.2 * Math.sqrt(view.degree.get(node) ?? 0),
    };
  }
  sizeMemo = { inputs, model };
  return model;
}

/** At most this many partnerships on screen draw at full strength; more draw lighter and thinner. */
export const FEW_EDGES = 150;

/** How the partnerships are drawn: an opaque colour (sigma shows translucent ones white), a width in pixels, sigma's program. */
export interface EdgeStyle {
  /** How far the colour goes from the land's towards the ink (0..1). */
  strength: number;
  color: string;
  size: number;
  /** `line`: one-pixel lines, the cheapest; `thick`: rectangles as wide as `size`. */
  program: 'line' | 'thick';
}

/**
 * The style of the partnerships for `drawn` of them on screen (an end in view): with k =
 * √(FEW_EDGES / drawn) ≤ 1, strength 0.15 + 0.55·k and width 1 + 1.2·k px, so that a few hundred
 * lines read as lines and twenty thousand as a light haze. Wider than 1.25 px needs the rectangle
 * program; below, one-pixel lines (cheaper) look the same.
 */
export function edgeStyle(drawn: number): EdgeStyle {
  const k = Math.sqrt(FEW_EDGES / Math.max(drawn, FEW_EDGES));
  const strength = 0.15 + 0.55 * k;
  const size = 1 + 1.2 * k;
  return { strength, color: interpolateRgb(LAND, EDGE_INK)(strength), size, program: size >= 1.25 ? 'thick' : 'line' };
}

/**
 * The number of lines above which they are left out while the camera moves (sigma's
 * `hideEdgesOnMove`) and drawn again at rest: in headless Chromium's software WebGL, a frame of the
 * full default dataset's 24,745 lines takes some 90 ms to draw (`npm run bench -- browser`), so that
 * zooming and panning stall; a region's few thousand lines do not.
 */
export const LINES_DRAWN_IN_MOTION = 3000;
