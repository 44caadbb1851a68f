/**
 * Colour schemes for the colour modes. Categories that carry meaning (East/West, blocs) use the
 * Okabe–Ito palette; open categories (countries, communities) use Paul Tol's "muted" scheme, nine
 * colours that stay distinct under the common colour-vision deficiencies; the rest is grey.
 */
import { OKABE_ITO } from '../../charts/colours.ts';
import type { ColorMode } from './state.ts';
import type { TownAttributes } from './types.ts';

export { OKABE_ITO };

export const TOL_MUTED = ['#332288', '#88CCEE', '#44AA99', '#117733', '#999933', '#DDCC77', '#CC6677', '#882255', '#AA4499'] as const;
/** The chosen community when it is not among the nine coloured: a tenth colour, apart from Tol's muted ones. */
export const CHOSEN_COMMUNITY = OKABE_ITO.vermillion;

export const REST = '#B4B4B4';
/** Colours are opaque: sigma blends premultiplied colours, so a translucent one would shine white. */
export const FADED_NODE = '#E0E0E0';
export const EDGE = '#C9C9C9';
/** The land of the map (features/country-outlines.ts), and the ink the partnerships are drawn in over it (drawing-model.ts edgeStyle). */
export const LAND = '#E8E6E0';
export const EDGE_INK = '#2F3B4A';
export const EDGE_FOCUS = '#4D4D4D';
export const EDGE_FADED = '#E6E6E6';
/** Cross ties in the east-west view: bluish green, apart from the blue and vermillion of the sides. */
export const CROSS_TIE = OKABE_ITO.green;
/** Flows of the zoomed-out map (features/flows.ts) that do not cross the divide: a dark slate, drawn translucent. */
export const FLOW = '#34495E';

/** A category of a scheme: `label` is an i18n key with params, a country (named in the user's language), or a name given by the API. */
export interface Category {
  key: string;
  color: string;
  label: { key: string; params?: Record<string, string | number> } | { country: string } | { text: string };
}

export interface ColorScheme {
  mode: ColorMode;
  categories: Category[];
  categoryOf(node: string, attr: TownAttributes): string;
  /** A message saying why the scheme differs from the one asked for (e.g. communities missing). */
  fallback?: string;
}

const SIDES: Category[] = [
  { key: 'west', color: OKABE_ITO.blue, label: { key: 'side.west' } },
  { key: 'east', color: OKABE_ITO.vermillion, label: { key: 'side.east' } },
  { key: 'berlin', color: OKABE_ITO.purple, label: { key: 'side.berlin' } },
  { key: 'abroad', color: REST, label: { key: 'side.abroad' } },
];

const BLOC_CATEGORIES: Category[] = [
  { key: 'west', color: OKABE_ITO.blue, label: { key: 'bloc.west' } },
  { key: 'east', color: OKABE_ITO.vermillion, label: { key: 'bloc.east' } },
  { key: 'other', color: OKABE_ITO.orange, label: { key: 'bloc.other' } },
  { key: 'none', color: REST, label: { key: 'bloc.none' } },
];

export function germanyScheme(): ColorScheme {
  return {
    mode: 'germany',
    categories: SIDES,
    categoryOf: (_node, attr) => attr.germany ?? 'abroad',
  };
}

export function blocScheme(): ColorScheme {
  return {
    mode: 'bloc',
    categories: BLOC_CATEGORIES,
    categoryOf: (_node, attr) => attr.bloc ?? 'none',
  };
}

/** The nine countries with the most towns get a colour each; the rest is grey. */
export function countryScheme(countries: ReadonlyArray<{ code: string }>): ColorScheme {
  const top = countries.slice(0, TOL_MUTED.length);
  const coloured = new Set(top.map((c) => c.code));
  return {
    mode: 'country',
    categories: [
      ...top.map((c, i) => ({ key: c.code, color: TOL_MUTED[i]!, label: { country: c.code } })),
      { key: 'rest', color: REST, label: { key: 'legend.otherCountries' } },
    ],
    categoryOf: (_node, attr) => (attr.country && coloured.has(attr.country) ? attr.country : 'rest'),
  };
}

/** The colour of the community at `index` in the API's list (largest first), chosen or not. */
export function communityColor(index: number, chosen: boolean): string {
  return TOL_MUTED[index] ?? (chosen ? CHOSEN_COMMUNITY : REST);
}

/**
 * The nine largest communities (the API lists them largest first) get a colour each, and the
 * chosen one (`chosen`, an id) one more when it is not among them; the rest is grey. Each is
 * labelled with its name (the API's rule), or its number when its profile is not loaded.
 */
export function communityScheme(
  profiles: ReadonlyArray<{ id: number; size: number; name: string }>,
  membership: ReadonlyMap<string, number>,
  mode: 'community' | 'leiden' = 'community',
  chosen: string | null = null,
): ColorScheme {
  const top: Category[] = profiles.slice(0, TOL_MUTED.length).map((c, i) => ({
    key: String(c.id),
    color: TOL_MUTED[i]!,
    label: { text: c.name },
  }));
  if (chosen !== null && !top.some((c) => c.key === chosen) && [...membership.values()].some((c) => String(c) === chosen)) {
    const profile = profiles.find((c) => String(c.id) === chosen);
    top.push({
      key: chosen,
      color: CHOSEN_COMMUNITY,
      label: profile ? { text: profile.name } : { key: 'legend.community', params: { id: chosen } },
    });
  }
  const coloured = new Set(top.map((c) => Number(c.key)));
  return {
    mode,
    categories: [...top, { key: 'rest', color: REST, label: { key: 'legend.otherCommunities' } }],
    categoryOf: (node) => {
      const c = membership.get(node);
      return c !== undefined && coloured.has(c) ? String(c) : 'rest';
    },
  };
}
