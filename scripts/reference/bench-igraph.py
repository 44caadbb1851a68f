#!/usr/bin/env python3
"""Times igraph's betweenness on an edge list (one "u<TAB>v" per line), for comparison with the
kernels of server/analytics (the Targets in ARCHITECTURE.md measure against igraph).

  npx tsx scripts/reference/bench-kernels.ts 5000 3 3 --edges /tmp/g.tsv
  python3 -m pip install -r requirements.txt && python3 scripts/reference/bench-igraph.py /tmp/g.tsv [repeats=3]
"""
import statistics
import sys
import time

import igraph as ig


def main() -> int:
    path = sys.argv[1]
    repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    with open(path) as f:
        edges = [tuple(line.split()) for line in f if line.strip()]
    g = ig.Graph.TupleList(edges, directed=False)
    print(f"igraph {ig.__version__}: n={g.vcount()} m={g.ecount()}")
    samples = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        g.betweenness(directed=False)
        samples.append(time.perf_counter() - t0)
    print(f"igraph betweenness (exact, 1 thread): {statistics.median(samples) * 1000:.0f} ms (median of {repeats})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
