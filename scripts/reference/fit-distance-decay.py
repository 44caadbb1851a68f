#!/usr/bin/env python3
"""Reference for the distance-decay fit (server/analytics/distance/power-law-fit.ts), with numpy.

The continuous power law p(d) ~ d^-gamma for d >= d_min by maximum likelihood (Clauset, Shalizi &
Newman 2009, "Power-law distributions in empirical data", SIAM Review 51(4), eqs. 3.1 and 3.2):
gamma = 1 + n / sum(ln(d_i / d_min)), standard error (gamma - 1) / sqrt(n), 95 % interval
gamma +- 1.96 standard errors (the normal quantile from scipy). d_min is the candidate whose fit
has the smallest Kolmogorov-Smirnov distance to the tail; the candidates are the sorted positive
distances at index floor(k (N - 1) / 50), k = 0 .. 45; a tail needs at least 10 distances.

Writes test/fixtures/analytics/distance-decay.json: generated distances (a log-normal body with a
Pareto tail, seeded) and the fit; test/analytics/distance/power-law-fit.test.ts checks the
TypeScript fit against it to 1e-6.

Rerun:  python3 -m pip install -r requirements.txt && python3 scripts/reference/fit-distance-decay.py
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
from scipy.stats import norm

OUT = Path(__file__).resolve().parents[2] / "test" / "fixtures" / "analytics" / "distance-decay.json"
MIN_TAIL = 10
STEPS = 50
MAX_K = 45


def fit(distances: list[float]) -> dict:
    x = np.sort(np.asarray([d for d in distances if d > 0], dtype=float))
    size = len(x)
    best: dict = {"exponent": None, "standardError": None, "interval": None, "dMin": None, "tail": 0, "ks": None}
    previous = math.nan
    for k in range(MAX_K + 1):
        if size == 0:
            break
        d_min = float(x[(k * (size - 1)) // STEPS])
        if d_min == previous:
            continue
        previous = d_min
        start = int(np.searchsorted(x, d_min, side="left"))
        tail = x[start:]
        n = len(tail)
        if n < MIN_TAIL:
            continue
        logs = float(np.sum(np.log(tail / d_min)))
        if logs <= 0:
            continue
        gamma = 1 + n / logs
        model = 1 - (tail / d_min) ** (1 - gamma)
        j = np.arange(n)
        ks = float(max(np.max(np.abs(model - j / n)), np.max(np.abs(model - (j + 1) / n))))
        if best["ks"] is None or ks < best["ks"]:
            se = (gamma - 1) / math.sqrt(n)
            z = float(norm.ppf(0.975))
            best = {"exponent": gamma, "standardError": se, "interval": [gamma - z * se, gamma + z * se], "dMin": d_min, "tail": n, "ks": ks}
    return best


def generated(seed: int = 20) -> list[float]:
    """3,000 lengths in km: three quarters log-normal around 300 km, a quarter Pareto above 800 km (gamma 2.4), a few zeros."""
    rng = np.random.default_rng(seed)
    body = rng.lognormal(mean=math.log(300), sigma=0.9, size=2250)
    tail = 800 * (1 - rng.random(740)) ** (-1 / 1.4)
    values = np.concatenate([body, np.minimum(tail, 20_000), np.zeros(10)])
    rng.shuffle(values)
    return [float(v) for v in values]


def main() -> None:
    distances = generated()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps({"distances": distances, "fit": fit(distances)}) + "\n")
    print(f"wrote {OUT}: {json.dumps(fit(distances))}")


if __name__ == "__main__":
    main()
