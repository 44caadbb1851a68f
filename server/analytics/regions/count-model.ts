/**
 * A count model with a log link: Poisson or negative binomial (NB2, variance μ + αμ²) generalised
 * linear model, fitted by iteratively reweighted least squares (Fisher scoring), as
 * McCullagh & Nelder (1989), Generalized Linear Models, 2nd ed., §2.5 and §11.3, and as
 * statsmodels' GLM does (start μ = (y + ȳ)/2; standard errors from the inverse of X'WX with the
 * final weights, scale 1).
 *
 * NB2's α is estimated by maximum likelihood (Lawless 1987, "Negative binomial and mixed Poisson
 * regression", Canad. J. Statist. 15: 209–225): the root of the profile score ∂ℓ/∂α at β̂(α)
 * (by the envelope theorem the profile's derivative), found by the Illinois variant of regula falsi on log α. This is the
 * MLE that statsmodels' discrete `NegativeBinomial` (nb2) estimates jointly; the GLM with that α
 * has the same β. Counts must be integers: Σ_{j<y} log(j + 1/α) stands for
 * log Γ(y + 1/α) − log Γ(1/α).
 *
 * Overdispersion is tested by the likelihood ratio of NB2 against Poisson (H0: α = 0, on the
 * boundary, so the statistic is referred to ½χ²₀ + ½χ²₁; Cameron & Trivedi 2013, Regression
 * Analysis of Count Data, 2nd ed., §3.4); see chooseFamily for what follows from it.
 */
import cdf from '@stdlib/stats-base-dists-chisquare-cdf';

/** z of a two-sided 95 % Wald interval (scipy.stats.norm.ppf(0.975), as statsmodels' conf_int). */
export const Z95 = 1.959963984540054;

export type CountFamily = 'poisson' | 'negative-binomial';

export interface GlmFit {
  family: CountFamily;
  /** NB2 dispersion α (variance μ + αμ²); null for Poisson. */
  alpha: number | null;
  coefficients: number[];
  standardErrors: number[];
  /** Fitted means, one per row. */
  mu: Float64Array;
  logLikelihood: number;
  iterations: number;
}

export interface CountData {
  /** Design matrix, one row per observation (an intercept column included by the caller). */
  x: readonly (readonly number[])[];
  y: readonly number[];
}

const TOL = 1e-13;
const MAX_ITER = 100;

function check(data: CountData): void {
  const p = data.x[0]?.length ?? 0;
  if (data.x.length !== data.y.length || data.x.length <= p || p === 0)
    throw new Error('analytics/regions/count-model: need more rows than columns and one count per row');
  for (const v of data.y)
    if (!Number.isInteger(v) || v < 0) throw new Error(`analytics/regions/count-model: counts must be integers ≥ 0, got ${v}`);
}

/** Solves A b = r for a symmetric positive definite A (Cholesky); also returns A⁻¹. */
function choleskySolve(a: number[][], r: number[]): { b: number[]; inverse: number[][] } {
  const p = r.length;
  const l = a.map(() => new Array<number>(p).fill(0));
  for (let i = 0; i < p; i++)
    for (let j = 0; j <= i; j++) {
      let s = a[i]![j]!;
      for (let k = 0; k < j; k++) s -= l[i]![k]! * l[j]![k]!;
      if (i === j) {
        if (!(s > 0)) throw new Error('analytics/regions/count-model: X′WX is singular (collinear covariates?)');
        l[i]![i] = Math.sqrt(s);
      } else l[i]![j] = s / l[j]![j]!;
    }
  const solve = (rhs: number[]): number[] => {
    const z = new Array<number>(p).fill(0);
    for (let i = 0; i < p; i++) {
      let s = rhs[i]!;
      for (let k = 0; k < i; k++) s -= l[i]![k]! * z[k]!;
      z[i] = s / l[i]![i]!;
    }
    const b = new Array<number>(p).fill(0);
    for (let i = p - 1; i >= 0; i--) {
      let s = z[i]!;
      for (let k = i + 1; k < p; k++) s -= l[k]![i]! * b[k]!;
      b[i] = s / l[i]![i]!;
    }
    return b;
  };
  const inverse = a.map((_, i) => solve(a.map((__, j) => (i === j ? 1 : 0))));
  return { b: solve(r), inverse };
}

/** Log-likelihood of counts y under means mu (Poisson when alpha is 0). */
export function logLikelihood(y: readonly number[], mu: Float64Array, alpha: number): number {
  let ll = 0;
  for (let i = 0; i < y.length; i++) {
    const yi = y[i]!;
    const m = mu[i]!;
    let logFact = 0;
    for (let j = 2; j <= yi; j++) logFact += Math.log(j);
    if (alpha === 0) {
      ll += yi * Math.log(m) - m - logFact;
      continue;
    }
    const theta = 1 / alpha;
    let lg = 0;
    for (let j = 0; j < yi; j++) lg += Math.log(j + theta);
    ll += lg - logFact + (yi > 0 ? yi * Math.log(alpha * m) : 0) - (yi + theta) * Math.log1p(alpha * m);
  }
  return ll;
}

/** IRLS for a log-link GLM with variance μ + αμ² (α = 0: Poisson), from `start` (β) if given. */
export function fitGlm(data: CountData, alpha = 0, start?: readonly number[]): GlmFit {
  check(data);
  const { x, y } = data;
  const n = y.length;
  const p = x[0]!.length;
  const mu = new Float64Array(n);
  const eta = new Float64Array(n);
  if (start) {
    for (let i = 0; i < n; i++) {
      let e = 0;
      for (let k = 0; k < p; k++) e += x[i]![k]! * start[k]!;
      eta[i] = e;
      mu[i] = Math.exp(e);
    }
  } else {
    const mean = y.reduce((s, v) => s + v, 0) / n;
    for (let i = 0; i < n; i++) {
      mu[i] = (y[i]! + mean) / 2;
      eta[i] = Math.log(mu[i]!);
    }
  }
  let beta = start ? [...start] : new Array<number>(p).fill(0);
  let inverse: number[][] = [];
  let iterations = 0;
  for (; iterations < MAX_ITER; iterations++) {
    const xtwx = Array.from({ length: p }, () => new Array<number>(p).fill(0));
    const xtwz = new Array<number>(p).fill(0);
    for (let i = 0; i < n; i++) {
      const m = mu[i]!;
      const w = m / (1 + alpha * m);
      const z = eta[i]! + (y[i]! - m) / m;
      const row = x[i]!;
      for (let a = 0; a < p; a++) {
        xtwz[a]! += w * row[a]! * z;
        for (let b = 0; b <= a; b++) xtwx[a]![b]! += w * row[a]! * row[b]!;
      }
    }
    for (let a = 0; a < p; a++) for (let b = a + 1; b < p; b++) xtwx[a]![b] = xtwx[b]![a]!;
    const solved = choleskySolve(xtwx, xtwz);
    inverse = solved.inverse;
    const change = Math.max(...solved.b.map((v, k) => Math.abs(v - beta[k]!) / Math.max(1, Math.abs(v))));
    beta = solved.b;
    for (let i = 0; i < n; i++) {
      let e = 0;
      for (let k = 0; k < p; k++) e += x[i]![k]! * beta[k]!;
      eta[i] = e;
      mu[i] = Math.exp(e);
    }
    if (change < TOL) break;
  }
  return {
    family: alpha === 0 ? 'poisson' : 'negative-binomial',
    alpha: alpha === 0 ? null : alpha,
    coefficients: beta,
    standardErrors: inverse.map((row, k) => Math.sqrt(row[k]!)),
    mu,
    logLikelihood: logLikelihood(y, mu, alpha),
    iterations: iterations + 1,
  };
}

/** ∂ℓ/∂α of NB2 at the fitted means (the profile score). */
function alphaScore(y: readonly number[], mu: Float64Array, alpha: number): number {
  const theta = 1 / alpha;
  let s = 0;
  for (let i = 0; i < y.length; i++) {
    const yi = y[i]!;
    const m = mu[i]!;
    let digammaDiff = 0;
    for (let j = 0; j < yi; j++) digammaDiff += 1 / (j + theta);
    s += (Math.log1p(alpha * m) - digammaDiff) * theta * theta + (yi - m) / (alpha * (1 + alpha * m));
  }
  return s;
}

/** NB2 with α at its maximum-likelihood value; null when the score never turns positive (no overdispersion). */
export function fitNegativeBinomial(data: CountData): GlmFit | null {
  let start = fitGlm(data).coefficients;
  const scoreAt = (logAlpha: number) => {
    const fit = fitGlm(data, Math.exp(logAlpha), start);
    start = fit.coefficients;
    return alphaScore(data.y, fit.mu, Math.exp(logAlpha));
  };
  // Bracket the root from α = 1 outwards by factors of 10, within [1e-8, 1e4].
  let lo = 0;
  let fLo = scoreAt(lo);
  let hi = lo;
  let fHi = fLo;
  while (fLo <= 0 && lo > Math.log(1e-8)) {
    hi = lo;
    fHi = fLo;
    lo -= Math.LN10;
    fLo = scoreAt(lo);
  }
  while (fHi >= 0 && hi < Math.log(1e4)) {
    lo = hi;
    fLo = fHi;
    hi += Math.LN10;
    fHi = scoreAt(hi);
  }
  if (fLo <= 0 || fHi >= 0) return null;
  // Illinois (modified regula falsi) on the bracket: superlinear, and it never leaves the bracket.
  let side = 0;
  let root = lo;
  for (let i = 0; i < 200 && hi - lo > 1e-13; i++) {
    root = (lo * fHi - hi * fLo) / (fHi - fLo);
    const f = scoreAt(root);
    if (f === 0) break;
    if (f > 0) {
      lo = root;
      fLo = f;
      if (side === 1) fHi /= 2;
      side = 1;
    } else {
      hi = root;
      fHi = f;
      if (side === -1) fLo /= 2;
      side = -1;
    }
    if (Math.abs(hi - lo) < 1e-13 || Math.abs(f) < 1e-10) break;
  }
  return fitGlm(data, Math.exp(root), start);
}

export interface FamilyChoice {
  /** The fit for the mean: Poisson (quasi-likelihood when overdispersed; see chooseFamily). */
  fit: GlmFit;
  /** NB2 by maximum likelihood, null when α's score has no root (no overdispersion). */
  nb: GlmFit | null;
  /** Pearson χ² / (n − p) of the Poisson fit (1 under equidispersion). */
  pearsonDispersion: number;
  /** The likelihood-ratio test of NB2 against Poisson. */
  test: { statistic: number; pValue: number };
  /** True when the test rejects equidispersion at `level`. */
  overdispersed: boolean;
  /** The scale the standard errors are multiplied by √ of: the Pearson dispersion when overdispersed, else 1. */
  scale: number;
}

/**
 * The Poisson fit for the mean, with the overdispersion test: when NB2 fits significantly better,
 * the standard errors are those of quasi-Poisson (scale = Pearson χ²/(n − p), McCullagh & Nelder
 * §4.5.2; statsmodels `fit(scale='X2')`). The Poisson (quasi-)likelihood estimate of a log-linear
 * mean stays consistent whatever the variance (Gourieroux, Monfort & Trognon 1984), and with an
 * intercept its fitted means add up to the observed total, so observed/expected compares a region
 * with Germany as a whole, as an indirectly standardised ratio does.
 */
export function chooseFamily(data: CountData, level = 0.05): FamilyChoice {
  const poisson = fitGlm(data);
  const pearsonDispersion = pearsonDispersionOf(data, poisson.mu);
  const nb = fitNegativeBinomial(data);
  const statistic = nb ? Math.max(0, 2 * (nb.logLikelihood - poisson.logLikelihood)) : 0;
  const pValue = statistic > 0 ? 0.5 * (1 - cdf(statistic, 1)) : 1;
  const overdispersed = nb !== null && pValue < level;
  return {
    fit: scaled(poisson, overdispersed ? pearsonDispersion : 1),
    nb,
    pearsonDispersion,
    test: { statistic, pValue },
    overdispersed,
    scale: overdispersed ? pearsonDispersion : 1,
  };
}

/** Pearson χ² / (n − p) of Poisson means mu. */
export function pearsonDispersionOf(data: CountData, mu: Float64Array): number {
  let pearson = 0;
  for (let i = 0; i < data.y.length; i++) pearson += (data.y[i]! - mu[i]!) ** 2 / mu[i]!;
  return pearson / (data.y.length - data.x[0]!.length);
}

/** A fit whose standard errors are multiplied by √scale (quasi-likelihood). */
export function scaled(fit: GlmFit, scale: number): GlmFit {
  return { ...fit, standardErrors: fit.standardErrors.map((se) => se * Math.sqrt(scale)) };
}
