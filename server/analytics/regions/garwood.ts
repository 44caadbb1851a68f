/**
 * The exact ("Garwood") confidence interval of a Poisson mean from one observed count k:
 * lower = χ²(α/2; 2k)/2 (0 for k = 0), upper = χ²(1 − α/2; 2k + 2)/2, written here as the
 * equivalent Gamma(k, 1) and Gamma(k + 1, 1) quantiles.
 * Garwood, F. (1936). Fiducial limits for the Poisson distribution. Biometrika 28: 437–442;
 * as in Ulm, K. (1990), Am. J. Epidemiol. 131: 373–375, and scipy.stats.chi2.ppf.
 */
import gammaQuantile from '@stdlib/stats-base-dists-gamma-quantile';

export function poissonInterval(k: number, confidence = 0.95): { low: number; high: number } {
  if (!Number.isInteger(k) || k < 0) throw new Error(`analytics/regions/garwood: the count must be an integer ≥ 0, got ${k}`);
  if (!(confidence > 0 && confidence < 1)) throw new Error(`analytics/regions/garwood: confidence must lie in (0, 1), got ${confidence}`);
  const tail = (1 - confidence) / 2;
  return { low: k === 0 ? 0 : gammaQuantile(tail, k, 1), high: gammaQuantile(1 - tail, k + 1, 1) };
}
