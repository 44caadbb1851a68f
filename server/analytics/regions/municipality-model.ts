/**
 * The count model of German municipalities' partnerships (count-model.ts) fitted over every
 * directory municipality of a view: y = the place's partnerships in the view, on log population;
 * a Poisson mean, with quasi-Poisson standard errors when the overdispersion test (NB2 against
 * Poisson) says so (count-model.ts, chooseFamily). Its fitted means are the `expected` of the
 * regions' rows. Beside it, the same family with an East indicator (the AGS state is one of the
 * five new states; Berlin is not East) reports the East/West effect as a rate ratio, so that the
 * model behind `expected` carries no East/West term and an eastern deficit shows in the ratios.
 *
 * Directory municipalities are the places with an 8-digit AGS; those with a population of 0 or
 * none known are not fitted and get no expected value (the default dataset loads only populated
 * ones, so this concerns imported or edited places).
 */
import type { AbstractGraph } from 'graphology-types';
import type { CountModel } from '../../../contract/api/regions.ts';
import { germanySide } from '../../domain/classify.ts';
import { chooseFamily, fitGlm, pearsonDispersionOf, scaled, Z95, type GlmFit } from './count-model.ts';

/** Fewer fitted municipalities than this, or none partnered: no model (and no expected values). */
export const MIN_FITTED = 20;

export interface MunicipalityModel {
  model: CountModel | null;
  /** Fitted mean partnerships per fitted place id. */
  expected: ReadonlyMap<string, number>;
}

/** The 8-digit AGS of a German directory municipality, else null. */
export function agsOf(attr: Record<string, unknown>): string | null {
  return attr.country === 'DE' && typeof attr.ags === 'string' && /^\d{8}$/.test(attr.ags) ? attr.ags : null;
}

const coefficients = (fit: GlmFit, terms: string[]) =>
  fit.coefficients.map((estimate, k) => {
    const standardError = fit.standardErrors[k]!;
    return { term: terms[k]!, estimate, standardError, low: estimate - Z95 * standardError, high: estimate + Z95 * standardError };
  });

/** What the fit reads of one directory municipality: its id, population (null: none known) and partnerships. */
export interface MunicipalityRow {
  id: string;
  ags: string;
  population: number | null;
  partnerships: number;
}

/** The view's directory municipalities (8-digit AGS), with their partnerships in the view: the fit's input, cheap to post to a worker. */
export function municipalityRows(graph: AbstractGraph): MunicipalityRow[] {
  const rows: MunicipalityRow[] = [];
  graph.forEachNode((node, attr) => {
    const ags = agsOf(attr);
    if (ags === null) return;
    const population = typeof attr.population === 'number' ? attr.population : null;
    rows.push({ id: node, ags, population, partnerships: graph.degree(node) });
  });
  return rows;
}

export function fitMunicipalityModel(rows: readonly MunicipalityRow[]): MunicipalityModel {
  const ids: string[] = [];
  const x: number[][] = [];
  const xEast: number[][] = [];
  const y: number[] = [];
  let excluded = 0;
  for (const { id, ags, population, partnerships } of rows) {
    if (population === null || !(population > 0)) {
      excluded += 1;
      continue;
    }
    const east = germanySide({ country: 'DE', ags, admin1: null }) === 'east' ? 1 : 0;
    ids.push(id);
    x.push([1, Math.log(population)]);
    xEast.push([1, Math.log(population), east]);
    y.push(partnerships);
  }
  const empty = { model: null, expected: new Map<string, number>() };
  if (ids.length < MIN_FITTED || !y.some((v) => v > 0)) return empty;
  const choice = chooseFamily({ x, y });
  const fit = choice.fit;
  const hasBothSides = xEast.some((r) => r[2] === 1) && xEast.some((r) => r[2] === 0);
  const eastPoisson = hasBothSides ? fitGlm({ x: xEast, y }) : null;
  const eastScale = eastPoisson && choice.overdispersed ? pearsonDispersionOf({ x: xEast, y }, eastPoisson.mu) : 1;
  const eastFit = eastPoisson && scaled(eastPoisson, eastScale);
  const family = choice.overdispersed ? 'quasi-poisson' : 'poisson';
  const east = eastFit ? coefficients(eastFit, ['intercept', 'log(population)', 'east']) : null;
  const eastTerm = east?.[2];
  const model: CountModel = {
    family,
    link: 'log',
    formula: 'partnerships ~ 1 + log(population)',
    n: ids.length,
    excluded,
    scale: choice.scale,
    alpha: choice.nb?.alpha ?? null,
    pearsonDispersion: choice.pearsonDispersion,
    overdispersionTest: {
      ...choice.test,
      text: `Likelihood ratio of NB2 (α = ${choice.nb?.alpha?.toPrecision(4) ?? '0'}, maximum likelihood) against Poisson, α = 0 on the boundary (½χ²₀ + ½χ²₁): ${choice.overdispersed ? 'overdispersed, so standard errors are quasi-Poisson (× √Pearson dispersion)' : 'no overdispersion at the 5 % level'}.`,
    },
    coefficients: coefficients(fit, ['intercept', 'log(population)']),
    eastWest:
      east && eastTerm && eastFit
        ? {
            formula: 'partnerships ~ 1 + log(population) + east',
            scale: eastScale,
            coefficients: east,
            rateRatio: Math.exp(eastTerm.estimate),
            rateRatioLow: Math.exp(eastTerm.low),
            rateRatioHigh: Math.exp(eastTerm.high),
          }
        : null,
    text: `${family === 'quasi-poisson' ? 'Quasi-Poisson' : 'Poisson'} GLM with log link of each German municipality's partnerships on log population, over the ${ids.length} directory municipalities with a population (${excluded} without one left out); fitted by IRLS (McCullagh & Nelder 1989), equal to statsmodels' GLM. Its fitted means add up to the observed total, so a ratio compares a region with Germany as a whole at its municipalities' sizes.${choice.overdispersed ? ' NB2 fits the counts better (the test), but its fitted means do not add up to the observed total; the Poisson mean is consistent whatever the variance, and the standard errors carry the overdispersion.' : ''}`,
  };
  return { model, expected: new Map(ids.map((id, i) => [id, fit.mu[i]!])) };
}
