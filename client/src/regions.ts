/** Names of regions in the API's tables: countries by Intl, German states by their ISO 3166-2 code. */
import { countryName } from './i18n/index.ts';
import type { Lang } from './state.ts';
import { GERMAN_STATES } from '../../contract/german-states.ts';

/** "Bayern" for DE-BY, "France" for FR; other values as they are. */
export function regionName(lang: Lang, code: string): string {
  if (GERMAN_STATES[code]) return GERMAN_STATES[code];
  if (/^[A-Z]{2}$/.test(code)) return countryName(lang, code);
  return code;
}
