#!/usr/bin/env python3
"""Python peers of bench/analytics.bench.ts: python-igraph's and NetworkX's betweenness, and an
estimate of what NetworkX needs for the equivalent of the full suite, timed on the very graph
the bench analyses. The bench calls this script with child_process and reads ONE JSON object from
its stdout; nothing here is meant to be run by hand, but it can be:

    python3 -m pip install -r requirements.txt
    python3 scripts/bench/peers.py check
    python3 scripts/bench/peers.py igraph EDGES [--part i/p] [--sample k --seed s]
    python3 scripts/bench/peers.py networkx EDGES NODES [--sample k --seed s] [--whole]
    python3 scripts/bench/peers.py leiden EDGES [--seeds k]

EDGES: first line the number of nodes n, then one edge "u<TAB>v" per line (indices 0..n-1).
NODES: one line per node, "country<TAB>germany<TAB>bloc" (empty where unknown).

Methods (the bench prints these labels next to the numbers):
- igraph: Graph.betweenness(directed=False), exact, timed alone (reading the file excluded).
  igraph's betweenness runs on one thread (its C core has no parallel betweenness); `--part i/p`
  computes the part of it from the sources v with v % p == i (Graph.betweenness(sources=...);
  the parts sum to the whole), so p processes started at once use p cores: what "both cores"
  gives igraph. `--sample k`: the sources are k nodes drawn at random, and the time is scaled by
  n / k (a source's search costs the same whatever the other sources).
- networkx: the Brandes loop of nx.betweenness_centrality (its own private steps,
  _single_source_shortest_path_basic + _accumulate_basic, i.e. exactly what the public function
  runs per source) timed per source on a random sample of k sources; the total is n times the mean,
  with the standard error of that estimate. `--whole` also times nx.betweenness_centrality(G)
  itself. The full-suite equivalent adds, per sampled source, one BFS
  (nx.single_source_shortest_path_length) for each of closeness, harmonic centrality,
  eccentricity (diameter) and average shortest path length (the last two over the largest
  component's nodes), subset betweenness for the two broker levels from the smaller side to the
  other (_single_source_shortest_path_basic + _accumulate_subset), and times whole: PageRank,
  eigenvector centrality, average clustering, transitivity, degree and attribute (country,
  bloc) assortativity, bridges, articulation points, connected components, Louvain (once, times
  the 5 seeds the suite runs) with modularity, and the rewiring baseline as
  nx.double_edge_swap (m successful swaps timed, scaled to the suite's 110 m attempted swaps for
  each of the two levels). Left out: NMI, community profiles, cross ties per year (cheap).
- leiden: Graph.community_leiden(objective_function="modularity", n_iterations=-1) (until stable)
  for seeds 0..k-1 (igraph's generator seeded with random.seed(s)), each timed alone; the
  modularity of each partition by Graph.modularity at resolution 1.
"""

from __future__ import annotations

import json
import math
import random
import resource
import statistics
import sys
import time


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def read_edges(path: str) -> tuple[int, list[tuple[int, int]]]:
    with open(path) as f:
        n = int(f.readline())
        edges = [(int(a), int(b)) for a, b in (line.split() for line in f if line.strip())]
    return n, edges


def arg(name: str, default: str | None = None) -> str | None:
    if name in sys.argv:
        return sys.argv[sys.argv.index(name) + 1]
    return default


def scaled(times: list[float], population: int) -> dict:
    """Total over `population` sources estimated from a simple random sample of per-source times."""
    k = len(times)
    mean = statistics.fmean(times)
    sd = statistics.stdev(times) if k > 1 else 0.0
    fpc = math.sqrt(max(0.0, 1 - k / population)) if population else 0.0
    return {"seconds": population * mean, "standardError": population * sd / math.sqrt(k) * fpc if k else 0.0,
            "sampled": k, "population": population}


def igraph_main() -> dict:
    import igraph as ig

    n, edges = read_edges(sys.argv[2])
    g = ig.Graph(n=n, edges=edges, directed=False)
    g.simplify()
    part = arg("--part")
    sample = arg("--sample")
    sources = None
    if part:
        i, p = (int(x) for x in part.split("/"))
        sources = list(range(i, n, p))
    if sample:
        sources = random.Random(int(arg("--seed", "0"))).sample(range(n), int(sample))
    t0 = time.perf_counter()
    g.betweenness(directed=False, sources=sources) if sources is not None else g.betweenness(directed=False)
    seconds = time.perf_counter() - t0
    out = {"peer": "igraph", "version": ig.__version__, "n": g.vcount(), "m": g.ecount(), "seconds": seconds,
           "sources": len(sources) if sources is not None else n, "maxRssMb": peak_rss_mb()}
    if sample:
        out["estimatedSeconds"] = seconds * n / len(sources)
    return out


def leiden_main() -> dict:
    import igraph as ig

    n, edges = read_edges(sys.argv[2])
    g = ig.Graph(n=n, edges=edges, directed=False)
    g.simplify()
    seconds, modularity, counts = [], [], []
    for seed in range(int(arg("--seeds", "5"))):
        random.seed(seed)
        ig.set_random_number_generator(random)
        t0 = time.perf_counter()
        partition = g.community_leiden(objective_function="modularity", n_iterations=-1)
        seconds.append(time.perf_counter() - t0)
        modularity.append(g.modularity(partition.membership))
        counts.append(len(partition))
    return {"peer": "igraph", "version": ig.__version__, "seconds": seconds, "modularity": modularity, "count": counts,
            "maxRssMb": peak_rss_mb()}


def networkx_main() -> dict:
    import networkx as nx
    from networkx.algorithms.centrality.betweenness import _accumulate_basic, _single_source_shortest_path_basic
    from networkx.algorithms.centrality.betweenness_subset import _accumulate_subset

    n, edges = read_edges(sys.argv[2])
    g = nx.Graph()
    g.add_nodes_from(range(n))
    g.add_edges_from(edges)
    attrs = {"country": {}, "germany": {}, "bloc": {}}
    with open(sys.argv[3]) as f:
        for v, line in enumerate(f):
            country, germany, bloc = (line.rstrip("\n").split("\t") + ["", "", ""])[:3]
            attrs["country"][v], attrs["germany"][v], attrs["bloc"][v] = country or None, germany or None, bloc or None
    for name, values in attrs.items():
        nx.set_node_attributes(g, values, name)

    rng = random.Random(int(arg("--seed", "0")))
    k = min(n, int(arg("--sample", "200")))
    sample = rng.sample(range(n), k)
    lcc = max(nx.connected_components(g), key=len)
    # Brokers as NetworkX computes them: betweenness_centrality_subset(G, sources, targets) from the
    # smaller side to the other (each east-west pair once; the cheaper way round).
    sides = {}
    for lvl, key in (("germany", "germany"), ("europe", "bloc")):
        east = {v for v in g if attrs[key][v] == "east"}
        west = {v for v in g if attrs[key][v] == "west"}
        sides[lvl] = (east, west) if len(east) <= len(west) else (west, east)

    brandes, bfs = [], []
    broker_cost = {"germany": [], "europe": []}
    totals = dict.fromkeys(g, 0.0)  # made once, as nx.betweenness_centrality does
    for s in sample:
        t0 = time.perf_counter()
        S, P, sigma, _ = _single_source_shortest_path_basic(g, s)
        _accumulate_basic(totals, S, P, sigma, s)
        brandes.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        nx.single_source_shortest_path_length(g, s)
        bfs.append(time.perf_counter() - t0)
        for lvl, (sources, targets) in sides.items():
            if s not in sources:
                continue
            t0 = time.perf_counter()
            S, P, sigma, _ = _single_source_shortest_path_basic(g, s)
            _accumulate_subset(totals, S, P, sigma, s, targets)
            broker_cost[lvl].append(time.perf_counter() - t0)
    in_lcc = [t for s, t in zip(sample, bfs) if s in lcc]

    parts = {
        "betweenness": scaled(brandes, n),
        "closeness": scaled(bfs, n),
        "harmonic": scaled(bfs, n),
        "diameter (eccentricities)": scaled(in_lcc, len(lcc)),
        "average shortest path": scaled(in_lcc, len(lcc)),
    }
    for lvl, (sources, _) in sides.items():
        if broker_cost[lvl]:
            parts[f"brokers ({lvl})"] = scaled(broker_cost[lvl], len(sources))

    def whole(label: str, fn, times: int = 1) -> None:
        t0 = time.perf_counter()
        try:
            fn()
        except nx.PowerIterationFailedConvergence:
            pass  # the time until NetworkX gives up is its cost
        parts[label] = {"seconds": (time.perf_counter() - t0) * times, "standardError": 0.0, "whole": True, "times": times}

    whole("pagerank", lambda: nx.pagerank(g))
    whole("eigenvector", lambda: nx.eigenvector_centrality(g))
    whole("clustering + transitivity", lambda: (nx.average_clustering(g), nx.transitivity(g)))
    whole("assortativity (degree, country, bloc)", lambda: (nx.degree_assortativity_coefficient(g),
          nx.attribute_assortativity_coefficient(g, "country"), nx.attribute_assortativity_coefficient(g, "bloc")))
    whole("bridges + articulation points", lambda: (list(nx.bridges(g)), list(nx.articulation_points(g))))
    whole("components", lambda: list(nx.connected_components(g)))
    whole("louvain x5 (1 timed) + modularity", lambda: nx.community.modularity(g, nx.community.louvain_communities(g, seed=0)), times=5)
    m = g.number_of_edges()
    h = g.copy()
    t0 = time.perf_counter()
    nx.double_edge_swap(h, nswap=m, max_tries=100 * m, seed=1)
    parts["rewiring baseline (2 x 110 m swaps)"] = {"seconds": (time.perf_counter() - t0) * 110 * 2, "standardError": 0.0,
                                                    "scaledFrom": "m swaps"}
    out = {"peer": "networkx", "version": nx.__version__, "n": n, "m": m, "sample": k, "seed": int(arg("--seed", "0")),
           "betweenness": parts["betweenness"],
           "suite": {"seconds": sum(p["seconds"] for p in parts.values()),
                     "standardError": math.sqrt(sum(p["standardError"] ** 2 for p in parts.values())), "parts": parts}}
    if "--whole" in sys.argv:
        t0 = time.perf_counter()
        nx.betweenness_centrality(g)
        out["betweennessWhole"] = time.perf_counter() - t0
    out["maxRssMb"] = peak_rss_mb()
    return out


def check() -> dict:
    found = {}
    for name, module in (("networkx", "networkx"), ("igraph", "igraph")):
        try:
            found[name] = __import__(module).__version__
        except ImportError:
            found[name] = None
    return {"python": sys.version.split()[0], **found}


def main() -> int:
    command = sys.argv[1] if len(sys.argv) > 1 else "check"
    result = {"check": check, "igraph": igraph_main, "networkx": networkx_main, "leiden": leiden_main}[command]()
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
