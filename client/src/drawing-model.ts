/**
 * What colour and size mean at this moment: the scheme of the colour mode and the measure of the
 * size mode, falling back to East/West and to partnerships in view while an analysis is loading
 * or missing. The drawing (features/draw.ts) and the legend read the same model, so the legend
 * always says what the picture shows.
 */
import type { AppContext } from './context.ts';
import { blocScheme, communityScheme, countryScheme, germanyScheme, type ColorScheme } from './palettes.ts';
import type { ColorMode, SizeMode } from './state.ts';

export type Fallback = 'loading' | 'unavailable' | 'error' | null;

export interface ColorModel {
  requested: ColorMode;
  scheme: ColorScheme;
  fallback: Fallback;
  colorOf(node: string): string;
}

export interface SizeModel {
  requested: SizeMode;
  /** The measure the sizes show. */
  shown: SizeMode;
  fallback: Fallback;
  min: number;
  max: number;
  sizeOf(node: string): number;
}

export const MIN_SIZE = 1.5;
const MAX_SIZE = 14;

function fallbackOf(status: string): Fallback {
  return status === 'unavailable' ? 'unavailable' : status === 'error' ? 'error' : 'loading';
}

let colorMemo: { inputs: unknown[]; model: ColorModel } | null = null;

export function colorModel(ctx: AppContext): ColorModel {
  const { color } = ctx.store.get();
  const communities = ctx.analytics.communities.state;
  const inputs = [ctx.graph, color, communities];
  if (colorMemo && colorMemo.inputs.every((v, i) => v === inputs[i])) return colorMemo.model;

  let scheme: ColorScheme;
  let fallback: Fallback = null;
  if (color === 'bloc') scheme = blocScheme();
  else if (color === 'country') scheme = countryScheme(ctx.meta.countries);
  else if (color === 'community' && communities.status === 'ready') scheme = communityScheme(communities.data);
  else {
    scheme = germanyScheme();
    if (color === 'community') fallback = fallbackOf(communities.status);
  }
  const palette = new Map(scheme.categories.map((c) => [c.key, c.color]));
  const colors = new Map<string, string>();
  ctx.graph.forEachNode((node, attr) => colors.set(node, palette.get(scheme.categoryOf(node, attr)) ?? '#999999'));
  const model: ColorModel = { requested: color, scheme, fallback, colorOf: (node) => colors.get(node) ?? '#999999' };
  colorMemo = { inputs, model };
  return model;
}

let sizeMemo: { inputs: unknown[]; model: SizeModel } | null = null;

export function sizeModel(ctx: AppContext): SizeModel {
  const { size } = ctx.store.get();
  const view = ctx.view();
  const centrality = ctx.analytics.centrality.state;
  const inputs = [view, size, centrality];
  if (sizeMemo && sizeMemo.inputs.every((v, i) => v === inputs[i])) return sizeMemo.model;

  let model: SizeModel;
  if (size !== 'degree' && centrality.status === 'ready' && centrality.data.measure === size) {
    const { values, min, max } = centrality.data;
    const span = max - min || 1;
    model = {
      requested: size,
      shown: size,
      fallback: null,
      min,
      max,
      sizeOf: (node) => {
        const v = values.get(node);
        return v === undefined ? MIN_SIZE : MIN_SIZE + (MAX_SIZE - MIN_SIZE) * Math.sqrt(Math.max(0, v - min) / span);
      },
    };
  } else {
    // partnerships in view, on an absolute scale so that sizes stay put while the years play
    model = {
      requested: size,
      shown: 'degree',
      fallback: size === 'degree' ? null : fallbackOf(centrality.status),
      min: 0,
      max: view.maxDegree,
      sizeOf: (node) => MIN_SIZE + 1.2 * Math.sqrt(view.degree.get(node) ?? 0),
    };
  }
  sizeMemo = { inputs, model };
  return model;
}
