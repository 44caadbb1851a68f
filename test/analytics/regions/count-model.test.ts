/**
 * The count model against statsmodels (test/fixtures/analytics/count-model.json, written by
 * scripts/reference/make-count-model-fixture.py): the directory's populations and East flags with
 * drawn counts; Poisson and NB2 GLMs, with and without the East covariate, to 1e-6.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  chooseFamily,
  fitGlm,
  fitNegativeBinomial,
  pearsonDispersionOf,
  scaled,
  type GlmFit,
} from '../../../server/analytics/regions/count-model.ts';

interface Reference {
  alpha: number | null;
  coefficients: number[];
  standardErrors: number[];
  logLikelihood: number;
}
const fixture = JSON.parse(readFileSync(new URL('../../fixtures/analytics/count-model.json', import.meta.url), 'utf8')) as {
  rows: [number, number, number][];
  poisson: Reference;
  nb: Reference;
  poissonEast: Reference;
  quasiPoisson: Reference & { scale: number };
  quasiPoissonEast: Reference & { scale: number };
  nbEast: Reference;
  lrTest: { statistic: number; pValue: number };
  pearsonDispersion: number;
};

const y = fixture.rows.map((r) => r[2]);
const plain = { x: fixture.rows.map((r) => [1, Math.log(r[0])]), y };
const withEast = { x: fixture.rows.map((r) => [1, Math.log(r[0]), r[1]]), y };

function expectSame(fit: GlmFit, ref: Reference): void {
  expect(fit.coefficients).toHaveLength(ref.coefficients.length);
  fit.coefficients.forEach((b, k) => expect(Math.abs(b - ref.coefficients[k]!)).toBeLessThan(1e-6));
  fit.standardErrors.forEach((se, k) => expect(Math.abs(se - ref.standardErrors[k]!)).toBeLessThan(1e-6));
  // statsmodels' llf of a quasi fit divides by the scale; ours is the likelihood of the mean model
  if ((ref as { scale?: number }).scale === 1) expect(Math.abs(fit.logLikelihood - ref.logLikelihood)).toBeLessThan(1e-6);
  if (ref.alpha === null) expect(fit.alpha).toBeNull();
  else expect(Math.abs(fit.alpha! - ref.alpha) / ref.alpha).toBeLessThan(1e-6);
}

describe('count model (IRLS) against statsmodels GLM', () => {
  it('Poisson, log population', () => expectSame(fitGlm(plain), fixture.poisson));
  it('Poisson with the East covariate', () => expectSame(fitGlm(withEast), fixture.poissonEast));
  it('NB2 with α by maximum likelihood, log population', () => expectSame(fitNegativeBinomial(plain)!, fixture.nb));
  it('NB2 with the East covariate', () => expectSame(fitNegativeBinomial(withEast)!, fixture.nbEast));

  it('quasi-Poisson (scale = Pearson χ²/df), with and without the East covariate', () => {
    for (const [data, ref] of [
      [plain, fixture.quasiPoisson],
      [withEast, fixture.quasiPoissonEast],
    ] as const) {
      const poisson = fitGlm(data);
      const scale = pearsonDispersionOf(data, poisson.mu);
      expect(Math.abs(scale - ref.scale)).toBeLessThan(1e-9);
      expectSame(scaled(poisson, scale), ref);
    }
  });

  it('finds overdispersion by the likelihood-ratio test, and then gives quasi-Poisson standard errors', () => {
    const choice = chooseFamily(plain);
    expect(choice.overdispersed).toBe(true);
    expect(choice.fit.family).toBe('poisson');
    expectSame(choice.fit, fixture.quasiPoisson);
    expectSame(choice.nb!, fixture.nb);
    expect(Math.abs(choice.test.statistic - fixture.lrTest.statistic)).toBeLessThan(1e-5);
    expect(Math.abs(choice.pearsonDispersion - fixture.pearsonDispersion)).toBeLessThan(1e-9);
  });

  it('keeps Poisson on equidispersed counts (no root of the α score)', () => {
    const data = { x: [1, 2, 3, 4, 5, 6].map((v) => [1, v]), y: [1, 2, 3, 4, 5, 6] };
    expect(fitNegativeBinomial(data)).toBeNull();
    expect(chooseFamily(data)).toMatchObject({ overdispersed: false, scale: 1 });
  });

  it('refuses counts that are not integers', () => {
    expect(() => fitGlm({ x: [[1], [1]], y: [0.5, 1] })).toThrow(/count-model/);
  });
});
