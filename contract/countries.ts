/** The one check of an ISO 3166-1 alpha-2 code, for the API's bodies and the seeds alike. */
import countries from 'i18n-iso-countries';

/**
 * True if `code` is an uppercase ISO 3166-1 alpha-2 code known to the library.
 * (The library also knows XK, the user-assigned code commonly used for Kosovo.)
 */
export function isIsoAlpha2(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && countries.isValid(code);
}
