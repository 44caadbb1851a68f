#!/usr/bin/env python3
"""Reference modularities for server/analytics/communities/leiden.ts, from python-igraph's Leiden.

Reads the graphs of the NetworkX fixtures (test/fixtures/analytics/<name>.json, written by
make-fixtures.py: nodes in order, edges as index pairs) and writes test/fixtures/analytics/leiden.json:
per graph, the modularity (resolution 1) of Graph.community_leiden(objective_function="modularity")
for seeds 0..9 (igraph's generator seeded with random.seed(s)), with igraph's default 2 iterations
and until stable (n_iterations=-1), the best of the ten for each, and the count of the best partition.
The existing fixtures are only read, never changed.

Rerun:  python3 -m pip install -r requirements.txt && python3 scripts/reference/make-leiden-fixture.py
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import igraph as ig

FIXTURES = Path(__file__).resolve().parents[2] / "test" / "fixtures" / "analytics"
GRAPHS = ["karate", "florentine", "les-miserables", "path", "star", "components", "generated-2k"]
SEEDS = range(10)


def r12(x: float) -> float:
    return float(f"{float(x):.12g}")


def leiden(g: ig.Graph, n_iterations: int) -> dict:
    runs = []
    for seed in SEEDS:
        random.seed(seed)
        ig.set_random_number_generator(random)
        partition = g.community_leiden(objective_function="modularity", n_iterations=n_iterations)
        runs.append((g.modularity(partition.membership), len(partition)))
    best = max(runs)
    return {"nIterations": n_iterations, "modularity": [r12(q) for q, _ in runs], "best": r12(best[0]), "bestCount": best[1]}


def main() -> None:
    out = {"igraph": ig.__version__, "seeds": list(SEEDS), "resolution": 1, "graphs": {}}
    for name in GRAPHS:
        fixture = json.loads((FIXTURES / f"{name}.json").read_text())
        g = ig.Graph(n=len(fixture["nodes"]), edges=[tuple(e) for e in fixture["edges"]], directed=False)
        out["graphs"][name] = {"default": leiden(g, 2), "untilStable": leiden(g, -1)}
    (FIXTURES / "leiden.json").write_text(json.dumps(out, indent=1) + "\n")


if __name__ == "__main__":
    main()
