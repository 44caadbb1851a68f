/**
 * The UI state: one typed object, changed with `set`, observed with `subscribe` or `watch`.
 * The graph's attributes hold data only; everything a user chooses or points at lives here and
 * reaches the drawing through sigma's reducers (features/draw.ts).
 */
import type { Bloc, CentralityMeasure, PartnershipType } from './types.ts';

export type Lang = 'en' | 'de';
export type LayoutMode = 'geo' | 'force';
export type ColorMode = 'germany' | 'bloc' | 'country' | 'community';
/** 'degree' is counted in the browser over the visible graph; the others come from the API. */
export type SizeMode = CentralityMeasure;
/** Which east-west divide the east-west view shows: inside Germany, or Europe's blocs. */
export type Divide = 'germany' | 'europe';
export type PanelId = 'town' | 'eastwest' | 'communities' | 'regions' | 'rankings';

export const LANGS: readonly Lang[] = ['en', 'de'];
export const LAYOUTS: readonly LayoutMode[] = ['geo', 'force'];
export const COLOR_MODES: readonly ColorMode[] = ['germany', 'bloc', 'country', 'community'];
export const DIVIDES: readonly Divide[] = ['germany', 'europe'];
export const PANELS: readonly PanelId[] = ['town', 'eastwest', 'communities', 'regions', 'rankings'];

/** The same filters as the API's (server/graph/filters.ts), with the same meaning. */
export interface Filters {
  /** null: every type. */
  readonly types: readonly PartnershipType[] | null;
  readonly from: number | null;
  readonly to: number | null;
  readonly includeUndated: boolean;
  readonly countries: readonly string[];
  readonly blocs: readonly Bloc[];
  readonly minDegree: number;
  /**
   * Show the places without a partnership (the layer of unpartnered municipalities; off by
   * default). Not an API filter: /api/graph always includes them, the analyses never do.
   */
  readonly unpartnered: boolean;
}

export const NO_FILTERS: Filters = {
  types: null,
  from: null,
  to: null,
  includeUndated: false,
  countries: [],
  blocs: [],
  minDegree: 0,
  unpartnered: false,
};

export interface AppState {
  readonly lang: Lang;
  readonly layout: LayoutMode;
  readonly color: ColorMode;
  readonly size: SizeMode;
  /** The east-west view: null when off. */
  readonly divide: Divide | null;
  readonly filters: Filters;
  readonly selected: string | null;
  readonly hovered: string | null;
  readonly community: string | null;
  readonly panel: PanelId;
  /** The year slider's play button is running. */
  readonly playing: boolean;
}

export function defaultState(lang: Lang): AppState {
  return {
    lang,
    layout: 'geo',
    color: 'germany',
    size: 'degree',
    divide: null,
    filters: NO_FILTERS,
    selected: null,
    hovered: null,
    community: null,
    panel: 'town',
    playing: false,
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

export function hasFilters(f: Filters): boolean {
  return f.types !== null || f.from !== null || f.to !== null || f.countries.length > 0 || f.blocs.length > 0 || f.minDegree > 0;
}

/** The filters as the API's query parameters (omitting those at their default). */
export function filterParams(f: Filters): Record<string, string> {
  const params: Record<string, string> = {};
  if (f.types !== null) params.types = f.types.join(',');
  if (f.from !== null) params.from = String(f.from);
  if (f.to !== null) params.to = String(f.to);
  if ((f.from !== null || f.to !== null) && f.includeUndated) params.includeUndated = 'true';
  if (f.countries.length) params.countries = f.countries.join(',');
  if (f.blocs.length) params.blocs = f.blocs.join(',');
  if (f.minDegree > 0) params.minDegree = String(f.minDegree);
  return params;
}
