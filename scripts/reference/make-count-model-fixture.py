#!/usr/bin/env python3
"""Reference values for the regions' count model (server/analytics/regions/count-model.ts), computed
with statsmodels.

Writes test/fixtures/analytics/count-model.json: the rows of a data set with real covariates and
drawn counts, and statsmodels' fits of it, so that test/analytics/regions/count-model.test.ts can
check the TypeScript IRLS against them (coefficients and standard errors to 1e-6).

The data: every populated municipality of the Destatis directory (open-data/, records of level 60
with a population above 0 and a position, as the default dataset loads them) with its population
and East flag (AGS state 12-16; Berlin, 11, is not East), and a partnership count drawn from NB2
with log mu = -9 + 0.85 log(population) - 0.4 east and alpha = 2.5 (numpy's default_rng, seed 15),
close to what the default dataset shows. Real covariates keep the design as ill- or
well-conditioned as the service's own; drawn counts keep the fixture independent of the importer.

Fits, as the service makes them:
- Poisson GLM of y on [1, log population] (statsmodels GLM, IRLS, tol 1e-13), and the same with
  quasi-Poisson standard errors (fit(scale='X2'): scale = Pearson chi2 / df_resid), the service's
  model when the counts are overdispersed;
- NB2: alpha by maximum likelihood with statsmodels' discrete NegativeBinomial (loglike_method
  nb2, Newton, tol 1e-13), then the GLM with family NegativeBinomial(alpha) (same beta at the MLE);
  standard errors are the GLM's (expected information at that alpha, scale 1);
- the same two with the East covariate;
- the likelihood-ratio test of NB2 against Poisson and the Pearson dispersion of the Poisson fit.

Rerun:  python3 -m pip install -r requirements.txt && python3 scripts/reference/make-count-model-fixture.py
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import numpy as np
import statsmodels.api as sm
from scipy import stats
from statsmodels.discrete.discrete_model import NegativeBinomial

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "test" / "fixtures" / "analytics" / "count-model.json"
EAST = {"12", "13", "14", "15", "16"}
TOL = 1e-13


def municipalities() -> list[tuple[int, int]]:
    rows = []
    with open(ROOT / "open-data" / "gemeindeverzeichnis-destatis.csv", encoding="utf-8-sig") as f:
        for r in csv.DictReader(f):
            if r["satzart"] != "60" or not r["breitengrad"]:
                continue
            pop = int(r["bevoelkerung"].replace(" ", "") or 0)
            if pop > 0:
                rows.append((pop, 1 if r["land"] in EAST else 0))
    return rows


def glm(y, x, alpha: float | None, scale: str | None = None) -> dict:
    family = sm.families.Poisson() if alpha is None else sm.families.NegativeBinomial(alpha=alpha)
    res = sm.GLM(y, x, family=family).fit(tol=TOL, maxiter=200, scale=scale)
    return {
        "scale": float(res.scale),
        "alpha": alpha,
        "coefficients": res.params.tolist(),
        "standardErrors": res.bse.tolist(),
        "confInt": res.conf_int(0.05).tolist(),
        "logLikelihood": float(res.llf),
    }


def nb2(y, x) -> dict:
    start = np.append(sm.GLM(y, x, family=sm.families.Poisson()).fit().params, 1.0)
    res = NegativeBinomial(y, x, loglike_method="nb2").fit(start_params=start, method="newton", tol=TOL, maxiter=200, disp=0)
    alpha = float(res.params[-1])
    out = glm(y, x, alpha)
    out["discreteCoefficients"] = res.params[:-1].tolist()
    return out


def main() -> None:
    data = municipalities()
    pop = np.array([p for p, _ in data], dtype=float)
    east = np.array([e for _, e in data], dtype=float)
    rng = np.random.default_rng(15)
    mu = np.exp(-9 + 0.85 * np.log(pop) - 0.4 * east)
    alpha = 2.5
    y = rng.negative_binomial(1 / alpha, 1 / (1 + alpha * mu))
    x = sm.add_constant(np.log(pop))
    xe = np.column_stack([x, east])
    poisson = glm(y, x, None)
    nb = nb2(y, x)
    lr = 2 * (nb["logLikelihood"] - poisson["logLikelihood"])
    pres = sm.GLM(y, x, family=sm.families.Poisson()).fit(tol=TOL)
    fixture = {
        "about": "scripts/reference/make-count-model-fixture.py: directory populations and East flags, counts drawn from NB2; statsmodels fits",
        "statsmodels": sm.__version__,
        "rows": [[int(p), int(e), int(c)] for p, e, c in zip(pop, east, y)],
        "poisson": poisson,
        "nb": nb,
        "poissonEast": glm(y, xe, None),
        "quasiPoisson": glm(y, x, None, "X2"),
        "quasiPoissonEast": glm(y, xe, None, "X2"),
        "nbEast": nb2(y, xe),
        "lrTest": {"statistic": lr, "pValue": float(0.5 * stats.chi2.sf(lr, 1))},
        "pearsonDispersion": float(pres.pearson_chi2 / pres.df_resid),
    }
    OUT.write_text(json.dumps(fixture, separators=(",", ":")) + "\n")
    print(f"{OUT}: {len(y)} rows, {int(y.sum())} partnerships, alpha {nb['alpha']:.6g}, LR {lr:.1f}")


if __name__ == "__main__":
    main()
