#!/usr/bin/env python3
"""Reference values for the analytics kernels (server/analytics/**), computed with NetworkX.

Writes test/fixtures/analytics/<name>.json for a few classic small graphs and one generated
graph of more than 2,000 nodes with several components. Each file holds the graph (node keys in
insertion order, edges as index pairs) and NetworkX's values of every metric the kernels compute,
so that test/analytics/** can check the TypeScript kernels against them.

Rerun:  python3 -m pip install -r requirements.txt && python3 scripts/reference/make-fixtures.py
(NetworkX's pagerank needs scipy; NMI comes from scikit-learn's normalized_mutual_info_score.)

Notes on choices that the tests rely on:
- Every graph is made undirected, unweighted and simple (weights of Les Miserables and the karate
  club are dropped), because the kernels only handle that case.
- Floats are rounded to 12 significant digits; exact metrics are compared to 1e-9.
- Eigenvector centrality: NetworkX's power iteration on (A+I) may fail to converge within
  max_iter=100 on a disconnected graph. Then the value stored is that of the largest connected
  component (scope "largest-component", null for nodes outside it) and `graphConverged` is false;
  where that fails too (a long path converges slowly), scope is "none" and values null.
- The largest component is max(nx.connected_components(G), key=len): the first one in node order
  among those of the largest size.
- Sampled betweenness: nx.betweenness_centrality(G, k, seed) draws its pivots with
  random.Random(seed).sample(list(G), k); those pivots are stored so that the kernel can be run on
  the very same sources and its scaling checked exactly.
"""

from __future__ import annotations

import json
import math
import random
import sys
from pathlib import Path

import networkx as nx
from sklearn.metrics import normalized_mutual_info_score

OUT = Path(__file__).resolve().parents[2] / "test" / "fixtures" / "analytics"
CATEGORIES = ["east", "west", "other"]


def r12(x: float | None) -> float | None:
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return None
    return float(f"{float(x):.12g}")


def simple(g: nx.Graph) -> nx.Graph:
    """Same nodes (keys as strings, same order) and edges, no attributes, no self-loops."""
    h = nx.Graph()
    h.add_nodes_from(str(v) for v in g.nodes())
    h.add_edges_from((str(u), str(v)) for u, v in g.edges() if u != v)
    return h


def per_node(g: nx.Graph, values: dict) -> list:
    return [r12(values[v]) if v in values else None for v in g.nodes()]


def largest_component(g: nx.Graph) -> set:
    return max(nx.connected_components(g), key=len)


def fixture(name: str, description: str, g: nx.Graph, seed: int, sample_k: int | None = None) -> dict:
    nodes = list(g.nodes())
    index = {v: i for i, v in enumerate(nodes)}
    rng = random.Random(seed)

    # Eigenvector: whole graph, else the largest component (documented above).
    try:
        eig = nx.eigenvector_centrality(g)
        eigenvector = {"scope": "graph", "graphConverged": True, "values": per_node(g, eig)}
    except nx.PowerIterationFailedConvergence:
        try:
            eig = nx.eigenvector_centrality(g.subgraph(largest_component(g)))
            eigenvector = {"scope": "largest-component", "graphConverged": False, "values": per_node(g, eig)}
        except nx.PowerIterationFailedConvergence:
            eigenvector = {"scope": "none", "graphConverged": False, "values": None}

    try:
        eig_lcc = per_node(g, nx.eigenvector_centrality(g.subgraph(largest_component(g))))
    except nx.PowerIterationFailedConvergence:
        eig_lcc = None
    eigenvector["largestComponentValues"] = eig_lcc

    components = list(nx.connected_components(g))
    component_of = [0] * len(nodes)
    for c, comp in enumerate(components):
        for v in comp:
            component_of[index[v]] = c

    core = nx.core_number(g)
    lcc_nodes = largest_component(g)
    lcc = g.subgraph(lcc_nodes)

    attribute = [rng.choice(CATEGORIES) for _ in nodes]
    for v, a in zip(nodes, attribute):
        g.nodes[v]["bloc"] = a
    attribute_ac = nx.attribute_assortativity_coefficient(g, "bloc")
    for v in nodes:
        del g.nodes[v]["bloc"]

    louvain_seed = 42
    louvain = nx.community.louvain_communities(g, seed=louvain_seed, resolution=1)
    louvain_label = [0] * len(nodes)
    for c, comm in enumerate(louvain):
        for v in comm:
            louvain_label[index[v]] = c

    # A given partition: 4 random blocks (seeded), to check modularity itself.
    partition = [rng.randrange(4) for _ in nodes]
    blocks = [{nodes[i] for i in range(len(nodes)) if partition[i] == b} for b in range(4)]
    blocks = [b for b in blocks if b]
    given_modularity = [
        {"resolution": res, "value": r12(nx.community.modularity(g, blocks, resolution=res))}
        for res in (1.0, 0.5, 2.0)
    ]
    component_modularity = r12(nx.community.modularity(g, components))

    out = {
        "name": name,
        "description": description,
        "networkx": nx.__version__,
        "nodes": nodes,
        "edges": [[index[u], index[v]] for u, v in g.edges()],
        "degree": per_node(g, nx.degree_centrality(g)),
        "betweenness": per_node(g, nx.betweenness_centrality(g)),
        "closeness": per_node(g, nx.closeness_centrality(g)),
        "harmonic": per_node(g, nx.harmonic_centrality(g)),
        "pagerank": per_node(g, nx.pagerank(g)),
        "eigenvector": eigenvector,
        "components": {"count": len(components), "label": component_of},
        "clustering": per_node(g, nx.clustering(g)),
        "averageClustering": r12(nx.average_clustering(g)),
        "transitivity": r12(nx.transitivity(g)),
        "degreeAssortativity": r12(nx.degree_assortativity_coefficient(g)),
        "attribute": {"values": attribute, "assortativity": r12(attribute_ac)},
        "bridges": sorted(sorted([index[u], index[v]]) for u, v in nx.bridges(g)),
        "articulationPoints": sorted(index[v] for v in nx.articulation_points(g)),
        "coreNumber": [core[v] for v in nodes],
        "largestComponent": {
            "size": len(lcc_nodes),
            "diameter": nx.diameter(lcc),
            "averageShortestPathLength": r12(nx.average_shortest_path_length(lcc)),
        },
        "louvain": {
            "seed": louvain_seed,
            "resolution": 1,
            "count": len(louvain),
            "label": louvain_label,
            "modularity": r12(nx.community.modularity(g, louvain, resolution=1)),
        },
        "partition": {"label": partition, "modularity": given_modularity},
        "componentModularity": component_modularity,
        "nmi": {
            "louvainVsPartition": r12(normalized_mutual_info_score(louvain_label, partition)),
            "louvainVsAttribute": r12(normalized_mutual_info_score(louvain_label, attribute)),
            "componentsVsLouvain": r12(normalized_mutual_info_score(component_of, louvain_label)),
        },
    }
    # Brokerage between the sides of the random attribute ("other" has no side): NetworkX's
    # subset betweenness from east sources to west targets, unnormalised. For undirected graphs
    # NetworkX halves it, so it equals half the number of east-west pairs (fractionally) routed
    # through each node; the kernel's pair count is twice this value.
    east = [v for v, a in zip(nodes, attribute) if a == "east"]
    west = [v for v, a in zip(nodes, attribute) if a == "west"]
    out["brokersSubset"] = per_node(g, nx.betweenness_centrality_subset(g, east, west, normalized=False))
    out["shortestPaths"] = shortest_paths(g, index, seed)
    out["egoNetworks"] = ego_networks(g, index, seed)
    if sample_k is not None:
        sample_seed = seed + 1
        sources = random.Random(sample_seed).sample(list(g.nodes()), sample_k)
        values = nx.betweenness_centrality(g, k=sample_k, seed=sample_seed)
        out["betweennessSampled"] = {
            "k": sample_k,
            "seed": sample_seed,
            "sources": [index[v] for v in sources],
            "values": per_node(g, values),
        }
    return out


PATHS_LISTED = 10


def shortest_paths(g: nx.Graph, index: dict, seed: int) -> list:
    """All shortest paths between seeded pairs (half of them within a component, a node to itself,
    and two components apart where there are several): length, count, and the first PATHS_LISTED
    in the order of the keys along them. A generator of its own, so that the draws above stay as
    they were."""
    rng = random.Random(seed + 1000)
    nodes = list(g.nodes())
    pairs = []
    for i in range(12):
        s = rng.choice(nodes)
        if i % 2:
            # a set's own order is not stable from run to run: its members in node order
            component = nx.node_connected_component(g, s)
            pairs.append((s, rng.choice([v for v in nodes if v in component])))
        else:
            pairs.append((s, rng.choice(nodes)))
    pairs.append((nodes[0], nodes[0]))
    components = list(nx.connected_components(g))
    if len(components) > 1:
        pairs.append((min(components[0], key=index.get), min(components[-1], key=index.get)))
    out = []
    for s, t in pairs:
        if nx.has_path(g, s, t):
            paths = sorted(nx.all_shortest_paths(g, s, t))
            length, count = len(paths[0]) - 1, len(paths)
        else:
            paths, length, count = [], None, 0
        listed = [[index[v] for v in p] for p in paths[:PATHS_LISTED]]
        out.append({"source": index[s], "target": index[t], "length": length, "count": count, "paths": listed})
    return out


def ego_networks(g: nx.Graph, index: dict, seed: int) -> list:
    """The node sets of nx.ego_graph around seeded centers, for radius 1, 2 and 3 (indices, sorted)."""
    rng = random.Random(seed + 2000)
    nodes = list(g.nodes())
    return [
        {"center": index[c], "radius": r, "nodes": sorted(index[v] for v in nx.ego_graph(g, c, radius=r))}
        for c in rng.sample(nodes, min(4, len(nodes)))
        for r in (1, 2, 3)
    ]


def components_graph() -> nx.Graph:
    """Isolated nodes and several components of different shapes."""
    g = nx.Graph()
    g.add_nodes_from(["iso-a"])
    g.add_edges_from([("t1", "t2"), ("t2", "t3"), ("t3", "t1")])  # triangle
    g.add_edges_from([("p1", "p2"), ("p2", "p3"), ("p3", "p4")])  # path
    g.add_node("iso-b")
    g.add_edges_from(nx.relabel_nodes(nx.complete_graph(4), lambda i: f"k{i}").edges())  # K4
    g.add_edges_from([("b1", "b2"), ("b2", "b3"), ("b3", "b1"), ("b3", "b4"), ("b4", "b5"), ("b5", "b6"), ("b6", "b4")])  # bowtie
    g.add_node("iso-c")
    return g


def generated_graph(seed: int) -> nx.Graph:
    """A seeded power-law cluster graph of 2,000 nodes plus small components and isolates."""
    g = nx.powerlaw_cluster_graph(2000, 2, 0.3, seed=seed)
    h = nx.Graph()
    h.add_nodes_from(g.nodes())
    h.add_edges_from(g.edges())
    offset = 2000
    rng = random.Random(seed)
    for size in (40, 25, 12, 8, 5, 3, 2):
        tree = nx.random_labeled_tree(size, seed=rng.randrange(1 << 30)) if size > 2 else nx.path_graph(size)
        extra = rng.sample(list(nx.non_edges(tree)), min(size // 4, len(list(nx.non_edges(tree)))))
        tree.add_edges_from(extra)
        h.add_edges_from((u + offset, v + offset) for u, v in tree.edges())
        offset += size
    h.add_nodes_from(range(offset, offset + 15))  # isolates
    return h


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    graphs = [
        ("karate", "Zachary's karate club (unweighted)", nx.karate_club_graph(), 1, None),
        ("florentine", "Florentine families (Padgett)", nx.florentine_families_graph(), 2, None),
        ("les-miserables", "Les Miserables co-appearances (unweighted)", nx.les_miserables_graph(), 3, 20),
        ("path", "Path of 30 nodes", nx.path_graph(30), 4, None),
        ("star", "Star with 20 leaves", nx.star_graph(20), 5, None),
        ("components", "Isolated nodes and several components", components_graph(), 6, None),
        ("generated-2k", "powerlaw_cluster_graph(2000, 2, 0.3, seed=7) + 7 small components + 15 isolates",
         generated_graph(7), 7, 400),
    ]
    for name, description, g, seed, k in graphs:
        data = fixture(name, description, simple(g), seed, k)
        path = OUT / f"{name}.json"
        path.write_text(json.dumps(data, separators=(",", ":")) + "\n")
        print(f"{path.relative_to(OUT.parents[2])}: n={len(data['nodes'])} m={len(data['edges'])} "
              f"{path.stat().st_size / 1024:.0f} KiB eigenvector={data['eigenvector']['scope']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
