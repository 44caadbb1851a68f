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

/**
 * What the evaluation measured for these values on the held-out ties of seed 1 (hit rate@10 and
 * MRR), and for the baselines, on the Wikipedia list: the figures the README and the report quote.
 * `npm run bench -- recommend` prints them again and says whether they still hold.
 */
export const RECOMMENDATION_EVALUATION = {
  date: '2026-12-04',
  hiddenTies: 2468,
  ours: { hitRate: 0.1507, mrr: 0.1025 },
  adamicAdar: { hitRate: 0.1185, mrr: 0.0853 },
  commonNeighbours: { hitRate: 0.11, mrr: 0.0801 },
  distance: { hitRate: 0.0427, mrr: 0.0232 },
} as const;
