/**
 * The weights of the four parts of a recommended partner's score (server/analytics/recommend/
 * recommendations.ts computes it; the client explains it). A module without zod, so that the
 * client can import the values.
 */
export const RECOMMENDATION_WEIGHTS = { proximity: 0.5, geography: 0.2, size: 0.15, crossing: 0.15 } as const;
