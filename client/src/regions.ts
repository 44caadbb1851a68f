/**
 * Names of regions in the API's tables (countries by Intl, German states by their ISO 3166-2 code),
 * and what the regions map and the regions panel share: the figure shown and the table's URL.
 */
import type { RegionFigure } from '../../charts/choropleth.ts';
import type { RegionRow } from '../../contract/api/regions.ts';
import { GERMAN_STATES } from '../../contract/german-states.ts';
import type { RegionLevel } from '../../contract/vocabularies.ts';
import { apiUrl } from './api.ts';
import type { AppContext } from './context.ts';
import { ENDPOINTS } from './endpoints.ts';
import { countryName } from './i18n/index.ts';
import type { ClientFilters, Lang } from './state.ts';

/** "Bayern" for DE-BY, "France" for FR; other values as they are. */
export function regionName(lang: Lang, code: string): string {
  if (GERMAN_STATES[code]) return GERMAN_STATES[code];
  if (/^[A-Z]{2}$/.test(code)) return countryName(lang, code);
  return code;
}

/** The figure the map shows: the one chosen, else observed/expected where any row has it, else partnership ends per municipality. */
export function shownFigure(chosen: RegionFigure | null, rows: readonly RegionRow[]): RegionFigure {
  if (chosen) return chosen;
  return rows.some((r) => r.ratio !== null) ? 'ratio' : 'perMunicipality';
}

/** GET /api/regions for a level and the current filters: one URL, so that the map and the panel share one answer (JsonCache). */
export function regionsUrl(ctx: Pick<AppContext, 'filterQuery'>, level: RegionLevel, filters?: ClientFilters): string {
  return apiUrl(ENDPOINTS.regions, { level, ...ctx.filterQuery(filters) });
}
