/**
 * The languages Jumelage speaks: the client's interface and the report (`GET /api/report?lang=`,
 * `npm run report -- --lang`). English is the reference; every text has a German translation.
 */
export const LANGUAGES = ['en', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];
