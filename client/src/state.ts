/**
 * The UI state: one typed object, changed with `set`, observed with `subscribe` or `watch`.
 * The graph's attributes hold data only; everything a user chooses or points at lives here and
 * reaches the drawing through sigma's reducers (features/draw.ts).
 */
import { NO_FILTERS, type Filters } from '../../contract/filters.ts';
import { LANGUAGES, type Language } from '../../contract/languages.ts';
import type { CommunityAlgorithm, Divide, Measure } from '../../contract/vocabularies.ts';
import { MEASURES } from '../../contract/vocabularies.ts';
import type { RegionFigure } from '../../charts/choropleth.ts';

/** The interface's language, which the report is also asked for. */
export type Lang = Language;
export type LayoutMode = 'geo' | 'force';
/** 'community' colours by Louvain's communities, 'leiden' by Leiden's. */
export type ColorMode = 'germany' | 'bloc' | 'country' | 'community' | 'leiden';
/** 'degree' is counted in the browser over the visible graph; the others come from the API ('core': the k-core number). */
export type SizeMode = Measure | 'core';
/** How far around the selected town its neighbourhood reaches (GET /api/ego/:id?radius=). */
export type EgoRadius = 1 | 2 | 3;
export type PanelId = 'town' | 'eastwest' | 'communities' | 'regions' | 'rankings' | 'growth';
/** What the stage shows: the network (sigma), or the choropleth of German regions (features/region-map.ts). */
export type MapMode = 'network' | 'regions';
/** The levels the regions map draws (the boundaries of GET /api/regions/geometry). */
export type MapLevel = 'state' | 'district';

export const LANGS: readonly Lang[] = LANGUAGES;
export const LAYOUTS: readonly LayoutMode[] = ['geo', 'force'];
export const COLOR_MODES: readonly ColorMode[] = ['germany', 'bloc', 'country', 'community', 'leiden'];
export const SIZE_MODES: readonly SizeMode[] = [...MEASURES, 'core'];
export const EGO_RADII: readonly EgoRadius[] = [1, 2, 3];
export const PANELS: readonly PanelId[] = ['town', 'eastwest', 'communities', 'regions', 'rankings', 'growth'];
export const MAP_MODES: readonly MapMode[] = ['network', 'regions'];
export const MAP_LEVELS: readonly MapLevel[] = ['state', 'district'];

/** The API's filters (contract/filters.ts, the one filter rule), and one of the page's own. */
export interface ClientFilters extends Filters {
  /**
   * Show the places without a partnership (the layer of unpartnered municipalities; off by
   * default). Not an API filter: /api/graph always includes them, the analyses never do.
   */
  readonly unpartnered: boolean;
}

export const NO_CLIENT_FILTERS: ClientFilters = { ...NO_FILTERS, unpartnered: false };

export interface AppState {
  readonly lang: Lang;
  readonly layout: LayoutMode;
  readonly color: ColorMode;
  readonly size: SizeMode;
  /** The east-west view (which divide): null when off. */
  readonly divide: Divide | null;
  readonly filters: ClientFilters;
  readonly selected: string | null;
  readonly hovered: string | null;
  readonly community: string | null;
  /**
   * Show the chosen community alone (everything else hidden). A display option of the page, not a
   * filter: the API's filter rule (contract/filters.ts) and the analyses do not change.
   */
  readonly communityOnly: boolean;
  readonly panel: PanelId;
  /** The year slider's play button is running. */
  readonly playing: boolean;
  /** "How are they connected?": the town the shortest paths from the selected one lead to (null: none asked). */
  readonly pathTo: string | null;
  /** The selected town's neighbourhood shown alone, this many partnerships deep (null: off). */
  readonly ego: EgoRadius | null;
  /** Phones: the controls' drawer is open (features/screen.ts). */
  readonly drawer: boolean;
  /** Phones: the panels' bottom sheet is open; tablets: the panels lie over the map. */
  readonly sheet: boolean;
  /** The legend is open (collapsed to its button by default on phones). */
  readonly legend: boolean;
  /** The network, or the regions map in its place. */
  readonly map: MapMode;
  /** The regions map's level. */
  readonly regionLevel: MapLevel;
  /** The figure the regions map is coloured by; null: observed/expected where the rows have it, else per municipality. */
  readonly figure: RegionFigure | null;
  /** The German state (DE-BY) or district (5-digit key) open in the regions panel. */
  readonly region: string | null;
  /**
   * The zoomed-out map shows flows between countries (German states) in place of the single
   * partnerships. Not chosen but seen: features/flows.ts sets it from the camera and the selection.
   */
  readonly overview: boolean;
  /** The force layout shows the community graph: one circle per community, ties between them by count. */
  readonly communityGraph: boolean;
  /** Communities of the community graph opened in place, their towns shown (ids as the API gives them). */
  readonly expanded: readonly string[];
}

/** Whose communities the page shows: Leiden's in the Leiden colour mode, else Louvain's (the suite's). */
export function communityAlgorithm(state: Pick<AppState, 'color'>): CommunityAlgorithm {
  return state.color === 'leiden' ? 'leiden' : 'louvain';
}

/** The colour modes that colour by communities. */
export function coloursCommunities(color: ColorMode): boolean {
  return color === 'community' || color === 'leiden';
}

export function defaultState(lang: Lang): AppState {
  return {
    lang,
    layout: 'geo',
    color: 'germany',
    size: 'degree',
    divide: null,
    filters: NO_CLIENT_FILTERS,
    selected: null,
    hovered: null,
    community: null,
    communityOnly: false,
    panel: 'town',
    playing: false,
    pathTo: null,
    ego: null,
    drawer: false,
    sheet: false,
    legend: true,
    map: 'network',
    regionLevel: 'state',
    figure: null,
    region: null,
    overview: false,
    communityGraph: false,
    expanded: [],
  };
}

export type Listener<S> = (state: S, previous: S) => void;

export class Store<S extends object> {
  #state: S;
  readonly #listeners = new Set<Listener<S>>();

  constructor(initial: S) {
    this.#state = initial;
  }

  get(): S {
    return this.#state;
  }

  /** Shallow merge; listeners run only when a value changed (compared with ===). */
  set(patch: Partial<S>): void {
    const previous = this.#state;
    const changed = (Object.keys(patch) as Array<keyof S>).some((key) => patch[key] !== previous[key]);
    if (!changed) return;
    this.#state = { ...previous, ...patch };
    for (const listener of [...this.#listeners]) listener(this.#state, previous);
  }

  subscribe(listener: Listener<S>): () => void {
    this.#listeners.add(listener);
    return () => void this.#listeners.delete(listener);
  }

  /** Calls `listener` when `select(state)` changes (===, or `equal`). */
  watch<T>(select: (state: S) => T, listener: (value: T, state: S) => void, equal: (a: T, b: T) => boolean = Object.is): () => void {
    return this.subscribe((state, previous) => {
      const value = select(state);
      if (!equal(value, select(previous))) listener(value, state);
    });
  }
}

export type AppStore = Store<AppState>;

/** Equality of two lists item by item (for `Store.watch` of several values at once). */
export function sameItems(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}
