/**
 * Country strings → ISO 3166-1 alpha-2 codes.
 *
 * Imported data names countries inconsistently ("Germany", "England, United Kingdom",
 * "Réunion, France", "Georgia" for both the country and the US state, typos such as "Grece").
 * `toIsoCountry` turns such a string into an uppercase ISO 3166-1 alpha-2 code, or `null`
 * when it cannot tell. The rules, applied in this order:
 *
 * 1. Whitespace is trimmed and collapsed; an empty string gives `null`.
 * 2. A string that already is an ISO code (alpha-2 or alpha-3, any case) is returned as alpha-2.
 * 3. "Georgia" alone is ambiguous (country GE or US state). If the caller passes coordinates
 *    in `context` and the longitude is west of 30° W, it is the US state → `US`; otherwise `GE`.
 * 4. The whole string is looked up in the table of special cases below, then in the
 *    maintained English country names of `i18n-iso-countries` (exact, then
 *    diacritics-insensitive), then in the German, English and French names of every code as
 *    `Intl.DisplayNames` gives them ("Frankreich", "Tschechien", "Royaume-Uni"), folded.
 * 5. A string with commas ("Réunion, France", "Brandenburg, Germany", "England, United Kingdom")
 *    is split; each part is tried with rules 2–4 from the first (most specific) to the last
 *    (the sovereign state), and the first part that resolves wins. So an overseas territory
 *    with its own ISO code keeps it (Réunion → RE, Åland Islands → AX), while a region
 *    without one falls back to its state (Brandenburg, Germany → DE; Azores, Portugal → PT).
 * 6. Nothing matched → `null` (the caller should report the string, not guess).
 */
import { fold } from '../../contract/names.ts';
import countries from 'i18n-iso-countries';

/** The check of a code itself is the contract's, shared with the API's bodies. */
export { isIsoAlpha2 } from '../../contract/countries.ts';

/** Optional hints about the place the country string belongs to. */
export interface CountryContext {
  /** Latitude of the place, decimal degrees (WGS84). */
  lat?: number | null;
  /** Longitude of the place, decimal degrees (WGS84). */
  lon?: number | null;
}

/**
 * Special cases, keyed by the lower-cased, whitespace-collapsed string.
 * Every entry says why it is needed; the library covers everything else.
 */
const SPECIAL_CASES: ReadonlyMap<string, string> = new Map([
  // Constituent countries of the United Kingdom have no ISO 3166-1 code of their own.
  ['england', 'GB'],
  ['scotland', 'GB'],
  ['wales', 'GB'],
  ['northern ireland', 'GB'],
  ['great britain', 'GB'],
  ['uk', 'GB'], // common abbreviation; ISO uses GB
  // Wikipedia article titles that disambiguate the country Georgia from the US state.
  ['georgia country', 'GE'],
  ['georgia u s state', 'US'],
  // Wikipedia's article title for the state Ireland (the library knows only "Ireland").
  ['republic of ireland', 'IE'],
  // Short names the library lacks (it has only the long official forms).
  ['moldova', 'MD'], // library: "Moldova, Republic of"
  ['laos', 'LA'], // library: "Lao People's Democratic Republic"
  ['syria', 'SY'], // library: "Syrian Arab Republic"
  ['brunei', 'BN'], // library: "Brunei Darussalam"
  ['micronesia', 'FM'], // library: "Micronesia, Federated States of"
  ['federated states of micronesia', 'FM'],
  ['falkland islands', 'FK'], // library: "Falkland Islands (Malvinas)"
  ['vatican city', 'VA'], // library: "Holy See (Vatican City State)"
  ['sao tome and principe', 'ST'], // accents stripped before lookup; library spells it differently
  // Former or alternative names still found in lists.
  ['moldavia', 'MD'], // historical name of Moldova
  ['east timor', 'TL'], // former English name of Timor-Leste
  ['macedonia', 'MK'], // name before 2019 of North Macedonia
  ['swaziland', 'SZ'], // name before 2018 of Eswatini
  ['burma', 'MM'], // alternative name of Myanmar
  ['surinam', 'SR'], // older spelling of Suriname
  ['bosnia and hercegovina', 'BA'], // variant spelling of Herzegovina
  // Territories without an ISO 3166-1 code of their own, mapped to the code that covers them.
  ['west bank', 'PS'], // ISO 3166-1 PS covers the West Bank and Gaza
  ['northern cyprus', 'CY'], // not recognised by ISO 3166; de jure part of Cyprus
  // Typos and foreign spellings seen in scraped lists.
  ['grece', 'GR'], // typo of Greece
  ['kazakhstah', 'KZ'], // typo of Kazakhstan
  ['madagaskar', 'MG'], // German spelling of Madagascar
  ['island', 'IS'], // German/Nordic name of Iceland
  ['in italy', 'IT'], // prose fragment left in a country column
  // Short forms in German and French registries that Intl.DisplayNames does not give.
  ['usa', 'US'],
  ['vereinigte staaten von amerika', 'US'],
  ['grossbritannien', 'GB'],
  ['tschech republik', 'CZ'], // "Tschech. Republik"
  ['tschechische republik', 'CZ'],
  ['republique tcheque', 'CZ'],
  ['slowakische republik', 'SK'],
  ['russische foderation', 'RU'],
  ['turkei', 'TR'],
  ['holland', 'NL'],
  ['weissrussland', 'BY'],
]);

/** German, English and French names of every code (Intl.DisplayNames), by their folded form. */
let displayNames: Map<string, string> | null = null;
function displayNameIndex(): Map<string, string> {
  if (displayNames) return displayNames;
  displayNames = new Map();
  const codes = Object.keys(countries.getAlpha2Codes());
  for (const locale of ['de', 'en', 'fr']) {
    const names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
    for (const code of codes) {
      const name = names.of(code);
      if (name && !displayNames.has(fold(name))) displayNames.set(fold(name), code);
    }
  }
  return displayNames;
}

const ALPHA2 = /^[A-Za-z]{2}$/;
const ALPHA3 = /^[A-Za-z]{3}$/;

function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Rules 2–4 for one part of the string. */
function resolvePart(part: string, context: CountryContext | undefined): string | null {
  const s = collapse(part);
  if (s === '') return null;
  if (ALPHA2.test(s) && countries.isValid(s.toUpperCase())) return s.toUpperCase();
  if (ALPHA3.test(s)) {
    const a2 = countries.alpha3ToAlpha2(s.toUpperCase());
    if (a2) return a2;
  }
  const key = fold(s);
  if (key === 'georgia') {
    // The US state and the country share the name; the country lies east of 40° E.
    const lon = context?.lon;
    return typeof lon === 'number' && Number.isFinite(lon) && lon < -30 ? 'US' : 'GE';
  }
  const special = SPECIAL_CASES.get(key);
  if (special) return special;
  return countries.getAlpha2Code(s, 'en') ?? countries.getSimpleAlpha2Code(s, 'en') ?? displayNameIndex().get(key) ?? null;
}

/**
 * Map a free-text country string to an ISO 3166-1 alpha-2 code (uppercase), or `null`.
 * See the module comment for the rules.
 */
export function toIsoCountry(raw: string, context?: CountryContext): string | null {
  const whole = collapse(raw);
  if (whole === '') return null;
  const direct = resolvePart(whole, context);
  if (direct) return direct;
  if (!whole.includes(',')) return null;
  for (const part of whole.split(',')) {
    const code = resolvePart(part, context);
    if (code) return code;
  }
  return null;
}
