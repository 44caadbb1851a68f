/** Readable names for codes in the report: countries (English), German states, places. */
import countries from 'i18n-iso-countries';
import type { RegionLevel } from '../../contract/vocabularies.ts';
import type { SuiteView } from '../analytics/suite/suite-view.ts';
import { GERMAN_STATES } from '../../contract/german-states.ts';

const STATES = GERMAN_STATES;

/** Where the package's short alias reads oddly in a table. */
const SHORT: Record<string, string> = { GB: 'United Kingdom', KR: 'South Korea', KP: 'North Korea', NL: 'Netherlands', TW: 'Taiwan' };

/** The short English name (Russia, China, North Macedonia), else the official one, else the code. */
export function countryName(code: string | null | undefined): string {
  if (!code) return 'unknown';
  return SHORT[code] ?? countries.getName(code, 'en', { select: 'alias' }) ?? countries.getName(code, 'en') ?? code;
}

export function regionName(level: RegionLevel, code: string): string {
  if (level === 'country') return countryName(code);
  if (level === 'state') return STATES[code] ?? code;
  return code;
}

/** A node's name and country code, as the API shows them. */
export function place(view: SuiteView, id: string): { name: string; country: string | null } {
  const a = view.graph.getNodeAttributes(id);
  return { name: String(a.name ?? id), country: typeof a.country === 'string' ? a.country : null };
}
