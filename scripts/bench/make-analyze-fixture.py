#!/usr/bin/env python3
"""NetworkX's answers for `npm run analyze -- <file.gexf> --json` (test/cli/analyze.test.ts).

Writes test/fixtures/cli/generated-2k.gexf, a seeded synthetic twin-town-like graph written by
NetworkX's GEXF writer (1.2draft), and test/fixtures/cli/analyze-networkx.json with NetworkX's
values on that file and on test/fixtures/import/networkx-1.2draft.gexf and networkx.graphml, each
file read back with nx.read_gexf or nx.read_graphml, so that the numbers are NetworkX's on the very
file the CLI reads. The test needs no
Python; rerun this script only to change the fixture:

    python3 -m pip install -r requirements.txt && python3 scripts/bench/make-analyze-fixture.py

The graph is generated, not derived from any data set: a Holme-Kim power-law cluster core
(nx.powerlaw_cluster_graph(1500, 2, 0.3)), 450 towns with a single partner attached by
preferential attachment, 6 small components and 6 isolated towns. Node ids look like Wikidata
items ("Q" and a number) so the test can check that the CLI keeps a file's ids verbatim; they are
drawn at random and name no real item. Names are "Town <number>"; countries are drawn from a
weighted list, German towns get an ISO 3166-2 state (admin1) so that East/West is decided.

Ordering of the top lists, the same as server/cli/analyze.ts: by value rounded to 12 significant
digits, highest first, then by id (code point order). Floats are stored rounded to 12 digits.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

import networkx as nx

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "test" / "fixtures" / "cli"
SEED = 20261126
TOP = 20
COUNTRIES = [("DE", 30), ("FR", 14), ("PL", 8), ("GB", 7), ("IT", 6), ("RU", 4), ("UA", 4), ("CZ", 3),
             ("NL", 3), ("AT", 3), ("US", 4), ("CN", 3), ("JP", 2), ("BR", 1), ("TR", 2), ("HU", 2),
             ("SE", 2), ("ES", 2)]
DE_STATES = [("DE-BY", 6), ("DE-NW", 7), ("DE-BW", 5), ("DE-NI", 4), ("DE-HE", 3), ("DE-SN", 3),
             ("DE-TH", 2), ("DE-ST", 2), ("DE-BB", 2), ("DE-MV", 1), ("DE-BE", 1)]


def r12(x: float) -> float:
    return float(f"{float(x):.12g}")


def weighted(rng: random.Random, table: list[tuple[str, int]]) -> str:
    return rng.choices([k for k, _ in table], weights=[w for _, w in table])[0]


def generate() -> nx.Graph:
    rng = random.Random(SEED)
    core = nx.powerlaw_cluster_graph(1500, 2, 0.3, seed=SEED)
    g = nx.Graph()
    g.add_nodes_from(core.nodes())
    g.add_edges_from(core.edges())
    ends = [v for e in core.edges() for v in e]
    nxt = 1500
    for _ in range(450):  # towns with one partner, attached in proportion to degree
        t = rng.choice(ends)
        g.add_edge(nxt, t)
        ends += [nxt, t]
        nxt += 1
    for size in (30, 12, 7, 4, 3, 2):
        tree = nx.random_labeled_tree(size, seed=rng.randrange(1 << 30)) if size > 2 else nx.path_graph(size)
        g.add_edges_from((u + nxt, v + nxt) for u, v in tree.edges())
        nxt += size
    g.add_nodes_from(range(nxt, nxt + 6))
    nxt += 6

    qids = rng.sample(range(1000, 9_999_999), g.number_of_nodes())
    labelled = nx.Graph()
    for v, q in zip(sorted(g.nodes()), qids):
        country = weighted(rng, COUNTRIES)
        attrs = {"label": f"Town {v:04d}", "country": country}
        if country == "DE":
            attrs["admin1"] = weighted(rng, DE_STATES)
        labelled.add_node(f"Q{q}", **attrs)
    ids = {v: f"Q{q}" for v, q in zip(sorted(g.nodes()), qids)}
    for u, v in g.edges():
        attrs = {"since": rng.randint(1950, 2020)} if rng.random() < 0.6 else {}
        labelled.add_edge(ids[u], ids[v], **attrs)
    return labelled


def top(g: nx.Graph, values: dict) -> list[dict]:
    ranked = sorted(values, key=lambda v: (-r12(values[v]), v))[:TOP]
    return [{"id": v, "name": g.nodes[v].get("label", v), "value": r12(values[v])} for v in ranked]


def reference(path: Path) -> dict:
    read = nx.read_graphml if path.suffix == ".graphml" else nx.read_gexf
    g = nx.Graph(read(path))  # read as NetworkX reads it; a simple undirected graph
    lcc = g.subgraph(max(nx.connected_components(g), key=len))
    eigenvector = nx.eigenvector_centrality(g)  # raises if it does not converge: keep the fixture so
    louvain = nx.community.louvain_communities(g, seed=0, resolution=1)
    betweenness = nx.betweenness_centrality(g)
    return {
        "nodes": g.number_of_nodes(),
        "edges": g.number_of_edges(),
        "components": nx.number_connected_components(g),
        "largestComponent": lcc.number_of_nodes(),
        "averageClustering": r12(nx.average_clustering(g)),
        "transitivity": r12(nx.transitivity(g)),
        "assortativity": r12(nx.degree_assortativity_coefficient(g)),
        "bridges": sum(1 for _ in nx.bridges(g)),
        "articulationPoints": sum(1 for _ in nx.articulation_points(g)),
        "diameter": nx.diameter(lcc),
        "averagePathLength": r12(nx.average_shortest_path_length(lcc)),
        "communities": {"count": len(louvain), "modularity": r12(nx.community.modularity(g, louvain)),
                        "resolution": 1, "seed": 0},
        "top": {
            "degree": top(g, nx.degree_centrality(g)),
            "betweenness": top(g, betweenness),
            "closeness": top(g, nx.closeness_centrality(g)),
            "harmonic": top(g, nx.harmonic_centrality(g)),
            "pagerank": top(g, nx.pagerank(g)),
            "eigenvector": top(g, eigenvector),
        },
        "betweenness": {v: r12(x) for v, x in betweenness.items()},
    }


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    gexf = OUT / "generated-2k.gexf"
    nx.write_gexf(generate(), gexf)
    files = [gexf] + [ROOT / "test" / "fixtures" / "import" / f for f in ("networkx-1.2draft.gexf", "networkx.graphml")]
    out = {
        "generator": "scripts/bench/make-analyze-fixture.py",
        "networkx": nx.__version__,
        "files": {str(f.relative_to(ROOT)): reference(f) for f in files},
    }
    target = OUT / "analyze-networkx.json"
    target.write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n")
    for name, ref in out["files"].items():
        print(f"{name}: n={ref['nodes']} m={ref['edges']} components={ref['components']} "
              f"louvain={ref['communities']['count']} Q={ref['communities']['modularity']}")
    print(f"{target.relative_to(ROOT)}: {target.stat().st_size / 1024:.0f} KiB; {gexf.relative_to(ROOT)}: "
          f"{gexf.stat().st_size / 1024:.0f} KiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
