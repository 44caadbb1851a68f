import type { CsrTopology } from '../../server/analytics/csr.ts';

/**
 * Dependencies by definition, for checking kernels on small graphs: the sum over sources s and
 * targets t != s (those `counts` accepts) of sigma_st(v) / sigma_st for every v != s, t, from
 * all-pairs BFS counts. O(n^3).
 */
export function bruteForce(graph: CsrTopology, sources: number[], counts: (s: number, t: number) => boolean = () => true): Float64Array {
  const { n, offsets, targets } = graph;
  const dist: number[][] = [];
  const sigma: number[][] = [];
  for (let s = 0; s < n; s++) {
    const d = new Array<number>(n).fill(-1);
    const c = new Array<number>(n).fill(0);
    d[s] = 0;
    c[s] = 1;
    const queue = [s];
    for (let h = 0; h < queue.length; h++) {
      const v = queue[h]!;
      for (let p = offsets[v]!; p < offsets[v + 1]!; p++) {
        const w = targets[p]!;
        if (d[w] === -1) {
          d[w] = d[v]! + 1;
          queue.push(w);
        }
        if (d[w] === d[v]! + 1) c[w]! += c[v]!;
      }
    }
    dist.push(d);
    sigma.push(c);
  }
  const out = new Float64Array(n);
  for (const s of sources) {
    for (let t = 0; t < n; t++) {
      if (t === s || dist[s]![t]! < 0 || !counts(s, t)) continue;
      for (let v = 0; v < n; v++) {
        if (v === s || v === t || dist[s]![v]! < 0) continue;
        if (dist[s]![v]! + dist[v]![t]! === dist[s]![t]!) out[v]! += (sigma[s]![v]! * sigma[v]![t]!) / sigma[s]![t]!;
      }
    }
  }
  return out;
}

/** Distances from `source` by breadth-first search (-1 where unreachable). */
export function bfsDistances(graph: CsrTopology, source: number): number[] {
  const { n, offsets, targets } = graph;
  const dist = new Array<number>(n).fill(-1);
  dist[source] = 0;
  const queue = [source];
  for (let h = 0; h < queue.length; h++) {
    const v = queue[h]!;
    for (let p = offsets[v]!; p < offsets[v + 1]!; p++) {
      const w = targets[p]!;
      if (dist[w] === -1) {
        dist[w] = dist[v]! + 1;
        queue.push(w);
      }
    }
  }
  return dist;
}
