/**
 * The weights of the four parts of a recommended partner's score (server/analytics/recommend/
 * recommendations.ts computes it; the client explains it). A module without zod, so that the
 * client can import the values.
 *
 * Fitted by the link-prediction evaluation (server/analytics/recommend/evaluation.ts, issue 16):
 * the grid of step 0.05 that ranks the hidden 10 % of the Wikipedia list's ties (seed 0) best by
 * MRR; reported on seed 1's (`npm run bench -- recommend`). Size similarity did not help predict
 * a tie and got 0; the values before were 0.5, 0.2, 0.15, 0.15.
 */
export const RECOMMENDATION_WEIGHTS = { proximity: 0.5, geography: 0.45, size: 0, crossing: 0.05 } as const;
