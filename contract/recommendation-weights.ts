/**
 * The weights of the four parts of a recommended partner's score and the distance scale of its
 * geography part (server/analytics/recommend/recommendations.ts computes it; the client explains
 * it). A module without zod, so that the client can import the values.
 *
 * Fitted by the link-prediction evaluation (server/analytics/recommend/evaluation.ts, issue 16):
 * the grid of step 0.05 over the weights, for each distance scale of 25–5000 km, that ranks the
 * hidden 10 % of the Wikipedia list's ties (seed 0) best by MRR; reported on seed 1's
 * (`npm run bench -- recommend`, which prints these values when they are still the fitted ones).
 */
export const RECOMMENDATION_WEIGHTS = { proximity: 0.35, geography: 0.2, size: 0.45, crossing: 0 } as const;

/** Geography is 1 / (1 + d / DISTANCE_SCALE_KM): 1 next door, ½ at this distance (km). */
export const DISTANCE_SCALE_KM = 300;
