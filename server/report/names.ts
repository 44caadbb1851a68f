/** Readable names for codes in the report: countries (in the report's language), German states, places. */
import countries from 'i18n-iso-countries';
import type { Language } from '../../contract/languages.ts';
import type { RegionLevel } from '../../contract/vocabularies.ts';
import type { SuiteView } from '../analytics/suite/suite-view.ts';
import { GERMAN_STATES } from '../../contract/german-states.ts';

const STATES = GERMAN_STATES;

/** Where the package's short English alias reads oddly in a table. */
const SHORT: Record<string, string> = { GB: 'United Kingdom', KR: 'South Korea', KP: 'North Korea', NL: 'Netherlands', TW: 'Taiwan' };

/** German names from the runtime's CLDR data (Russland, Südkorea, Nordmazedonien), as the client names countries. */
const GERMAN = new Intl.DisplayNames(['de'], { type: 'region', fallback: 'none' });

/**
 * English: the short name (Russia, China, North Macedonia), else the official one, else the code.
 * German: CLDR's name, else the code.
 */
export function countryName(code: string | null | undefined, lang: Language = 'en'): string {
  if (!code) return lang === 'de' ? 'unbekannt' : 'unknown';
  if (lang === 'de') {
    try {
      return GERMAN.of(code.toUpperCase()) ?? code;
    } catch {
      return code;
    }
  }
  return SHORT[code] ?? countries.getName(code, 'en', { select: 'alias' }) ?? countries.getName(code, 'en') ?? code;
}

/** A region's name: a country's in the language, a German state's in German (its own name), a district by its key. */
export function regionName(level: RegionLevel, code: string, lang: Language = 'en'): string {
  if (level === 'country') return countryName(code, lang);
  if (level === 'state') return STATES[code] ?? code;
  return code;
}

/** A node's name and country code, as the API shows them. */
export function place(view: SuiteView, id: string): { name: string; country: string | null } {
  const a = view.graph.getNodeAttributes(id);
  return { name: String(a.name ?? id), country: typeof a.country === 'string' ? a.country : null };
}
