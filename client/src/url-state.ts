/**
 * The part of the state a shared link carries: the selected town (with the town its paths lead to
 * and its neighbourhood's radius), the filters (with the API's own
 * parameter names), colour and size modes, layout, east-west view, open panel and language, and
 * the regions map (`map=regions`, `regionLevel`, `figure`, the open `region`).
 * Reading ignores values it does not know, so an old or hand-edited link never breaks the page.
 */
import { NO_FILTERS, filterQuery } from '../../contract/filters.ts';
import { BLOCS, DIVIDES, PARTNERSHIP_TYPES, type Bloc, type PartnershipType } from '../../contract/vocabularies.ts';
import {
  COLOR_MODES,
  EGO_RADII,
  LANGS,
  LAYOUTS,
  MAP_LEVELS,
  MAP_MODES,
  PANELS,
  SIZE_MODES,
  type AppState,
  type ClientFilters,
} from './state.ts';
import { REGION_FIGURES } from '../../charts/choropleth.ts';

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return value !== null && (values as readonly string[]).includes(value) ? (value as T) : undefined;
}

function listOf<T extends string>(values: readonly T[], value: string | null): T[] | undefined {
  if (value === null) return undefined;
  const items = value
    .split(',')
    .map((v) => v.trim())
    .filter((v): v is T => (values as readonly string[]).includes(v));
  return [...new Set(items)];
}

function year(value: string | null): number | null {
  if (value === null || !/^\d{4}$/.test(value)) return null;
  return Number(value);
}

export function filtersFromParams(params: URLSearchParams): ClientFilters {
  const types = listOf<PartnershipType>(PARTNERSHIP_TYPES, params.get('types'));
  const countries = (params.get('countries') ?? '')
    .split(',')
    .map((c) => c.trim().toUpperCase())
    .filter((c) => /^[A-Z]{2}$/.test(c));
  const minDegree = Number(params.get('minDegree') ?? 0);
  let from = year(params.get('from'));
  let to = year(params.get('to'));
  if (from !== null && to !== null && from > to) [from, to] = [to, from];
  return {
    types: types && types.length < PARTNERSHIP_TYPES.length ? types : NO_FILTERS.types,
    from,
    to,
    includeUndated: params.get('includeUndated') === 'true',
    countries: [...new Set(countries)],
    blocs: listOf<Bloc>(BLOCS, params.get('blocs')) ?? [],
    minDegree: Number.isInteger(minDegree) && minDegree > 0 && minDegree < 100_000 ? minDegree : 0,
    unpartnered: params.get('unpartnered') === 'true',
  };
}

export function stateFromUrl(search: string): Partial<AppState> {
  const params = new URLSearchParams(search);
  const state: { -readonly [K in keyof AppState]?: AppState[K] } = { filters: filtersFromParams(params) };
  const lang = oneOf(LANGS, params.get('lang'));
  if (lang) state.lang = lang;
  const layout = oneOf(LAYOUTS, params.get('layout'));
  if (layout) state.layout = layout;
  const color = oneOf(COLOR_MODES, params.get('color'));
  if (color) state.color = color;
  const size = oneOf(SIZE_MODES, params.get('size'));
  if (size) state.size = size;
  const divide = oneOf(DIVIDES, params.get('eastwest'));
  if (divide) state.divide = divide;
  const panel = oneOf(PANELS, params.get('panel'));
  if (panel) state.panel = panel;
  const town = params.get('town');
  if (town) state.selected = town;
  const community = params.get('community');
  if (community) state.community = community;
  if (community && params.get('communityOnly') === 'true') state.communityOnly = true;
  // the paths and the neighbourhood are the selected town's
  const pathTo = params.get('pathTo');
  if (town && pathTo) state.pathTo = pathTo;
  const ego = EGO_RADII.find((r) => String(r) === params.get('ego'));
  if (town && ego) state.ego = ego;
  if (params.get('communityGraph') === 'true') state.communityGraph = true;
  const expanded = params
    .get('expand')
    ?.split(',')
    .filter((id) => /^\d+$/.test(id));
  if (state.communityGraph && expanded?.length) state.expanded = expanded;
  const map = oneOf(MAP_MODES, params.get('map'));
  if (map) state.map = map;
  const regionLevel = oneOf(MAP_LEVELS, params.get('regionLevel'));
  if (regionLevel) state.regionLevel = regionLevel;
  const figure = oneOf(REGION_FIGURES, params.get('figure'));
  if (figure) state.figure = figure;
  const region = params.get('region');
  if (region && /^(DE-[A-Z]{2}|\d{5})$/.test(region)) state.region = region;
  return state;
}

/** The query string for `state`; values at their defaults are left out. `defaultLang` is the browser's. */
export function urlFromState(state: AppState, defaultLang: string): string {
  const params = new URLSearchParams();
  if (state.selected) params.set('town', state.selected);
  for (const [key, value] of Object.entries(filterQuery(state.filters))) params.set(key, value);
  if (state.filters.unpartnered) params.set('unpartnered', 'true');
  // kept even without a year range, so that the checkbox comes back as it was
  if (state.filters.includeUndated) params.set('includeUndated', 'true');
  if (state.layout !== 'geo') params.set('layout', state.layout);
  if (state.color !== 'germany') params.set('color', state.color);
  if (state.size !== 'degree') params.set('size', state.size);
  if (state.divide) params.set('eastwest', state.divide);
  if (state.community) params.set('community', state.community);
  if (state.community && state.communityOnly) params.set('communityOnly', 'true');
  if (state.selected && state.pathTo) params.set('pathTo', state.pathTo);
  if (state.selected && state.ego) params.set('ego', String(state.ego));
  if (state.communityGraph) params.set('communityGraph', 'true');
  if (state.communityGraph && state.expanded.length) params.set('expand', state.expanded.join(','));
  if (state.panel !== 'town') params.set('panel', state.panel);
  if (state.map !== 'network') params.set('map', state.map);
  if (state.regionLevel !== 'state') params.set('regionLevel', state.regionLevel);
  if (state.figure) params.set('figure', state.figure);
  if (state.region) params.set('region', state.region);
  if (state.lang !== defaultLang) params.set('lang', state.lang);
  const query = params.toString().replaceAll('%2C', ',');
  return query ? `?${query}` : '';
}
