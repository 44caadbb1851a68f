/** Names of regions in the API's tables: countries by Intl, German states by their ISO 3166-2 code. */
import { countryName } from './i18n/index.ts';
import type { Lang } from './state.ts';

const GERMAN_STATES: Record<string, string> = {
  'DE-BW': 'Baden-Württemberg',
  'DE-BY': 'Bayern',
  'DE-BE': 'Berlin',
  'DE-BB': 'Brandenburg',
  'DE-HB': 'Bremen',
  'DE-HH': 'Hamburg',
  'DE-HE': 'Hessen',
  'DE-MV': 'Mecklenburg-Vorpommern',
  'DE-NI': 'Niedersachsen',
  'DE-NW': 'Nordrhein-Westfalen',
  'DE-RP': 'Rheinland-Pfalz',
  'DE-SL': 'Saarland',
  'DE-SN': 'Sachsen',
  'DE-ST': 'Sachsen-Anhalt',
  'DE-SH': 'Schleswig-Holstein',
  'DE-TH': 'Thüringen',
};

/** "Bayern" for DE-BY, "France" for FR; other values as they are. */
export function regionName(lang: Lang, code: string): string {
  if (GERMAN_STATES[code]) return GERMAN_STATES[code];
  if (/^[A-Z]{2}$/.test(code)) return countryName(lang, code);
  return code;
}
