/**
 * A simple undirected network that changes by one partnership at a time and keeps current what
 * the year-by-year series reads, without recomputing it:
 * - degrees and the triangles through each node: adding {u, v} closes one triangle with each
 *   common neighbour of u and v, removing it opens them again, so the counts change by
 *   |N(u) ∩ N(v)| (the update of fully dynamic triangle counting; De Stefani, Epasto, Riondato &
 *   Upfal 2017, "TRIÈST: counting local and global triangles in fully dynamic streams with fixed
 *   memory size", ACM TKDD 11(4)), found by scanning the smaller neighbourhood;
 * - connected components by union-find, union by size with path halving (Tarjan 1975,
 *   "Efficiency of a good but not linear set union algorithm", JACM 22(2)). Union-find cannot
 *   split a set, so after removals the caller rebuilds the components from the current edges.
 * Clustering follows structure/clustering.ts (NetworkX): C(v) = 2 T(v) / (d(v) (d(v) - 1)), the
 * average over the places with a partnership, zeros included; transitivity 3 triangles / triples.
 */
export class DynamicNetwork {
  readonly n: number;
  private readonly adjacency: Set<number>[];
  readonly degree: Int32Array;
  readonly triangles: Float64Array;
  private readonly parent: Int32Array;
  private readonly size: Int32Array;
  /** Places with at least one partnership. */
  nodes = 0;
  edges = 0;
  triangleCount = 0;
  /** Connected triples, sum of d(d - 1) / 2. */
  triples = 0;
  /** Unions that joined two sets since the components were last rebuilt. */
  private merges = 0;
  largestComponent = 0;

  constructor(n: number) {
    this.n = n;
    this.adjacency = Array.from({ length: n }, () => new Set<number>());
    this.degree = new Int32Array(n);
    this.triangles = new Float64Array(n);
    this.parent = new Int32Array(n);
    this.size = new Int32Array(n);
    this.resetComponents();
  }

  has(u: number, v: number): boolean {
    return this.adjacency[u]!.has(v);
  }

  /** Adds {u, v} (absent, u ≠ v) and joins the components of its ends. */
  add(u: number, v: number): void {
    if (u === v || this.has(u, v)) throw new Error(`analytics/evolution/dynamic-network: cannot add {${u}, ${v}}.`);
    this.countCommon(u, v, +1);
    this.setDegree(u, +1);
    this.setDegree(v, +1);
    this.adjacency[u]!.add(v);
    this.adjacency[v]!.add(u);
    this.edges++;
    this.union(u, v);
  }

  /** Removes {u, v} (present); the components are stale until `rebuildComponents`. */
  remove(u: number, v: number): void {
    if (!this.has(u, v)) throw new Error(`analytics/evolution/dynamic-network: cannot remove {${u}, ${v}}.`);
    this.adjacency[u]!.delete(v);
    this.adjacency[v]!.delete(u);
    this.setDegree(u, -1);
    this.setDegree(v, -1);
    this.countCommon(u, v, -1);
    this.edges--;
  }

  /** The components anew from the current edges (after removals). */
  rebuildComponents(): void {
    this.resetComponents();
    for (let u = 0; u < this.n; u++) for (const v of this.adjacency[u]!) if (u < v) this.union(u, v);
  }

  /** Connected components among the places with a partnership. */
  get components(): number {
    return this.nodes - this.merges;
  }

  /** Mean local clustering over the places with a partnership (zeros included); 0 without places. */
  averageClustering(): number {
    if (this.nodes === 0) return 0;
    let sum = 0;
    for (let v = 0; v < this.n; v++) {
      const d = this.degree[v]!;
      if (d >= 2) sum += (2 * this.triangles[v]!) / (d * (d - 1));
    }
    return sum / this.nodes;
  }

  transitivity(): number {
    return this.triangleCount === 0 ? 0 : (3 * this.triangleCount) / this.triples;
  }

  private countCommon(u: number, v: number, sign: 1 | -1): void {
    const [small, large] = this.adjacency[u]!.size <= this.adjacency[v]!.size ? [u, v] : [v, u];
    const other = this.adjacency[large]!;
    let common = 0;
    for (const w of this.adjacency[small]!) {
      if (!other.has(w)) continue;
      this.triangles[w]! += sign;
      common++;
    }
    this.triangles[u]! += sign * common;
    this.triangles[v]! += sign * common;
    this.triangleCount += sign * common;
  }

  private setDegree(v: number, change: 1 | -1): void {
    const before = this.degree[v]!;
    const after = before + change;
    this.degree[v] = after;
    this.triples += (after * (after - 1)) / 2 - (before * (before - 1)) / 2;
    if (before === 0) this.nodes++;
    if (after === 0) this.nodes--;
  }

  private resetComponents(): void {
    for (let i = 0; i < this.n; i++) {
      this.parent[i] = i;
      this.size[i] = 1;
    }
    this.merges = 0;
    this.largestComponent = 0;
    for (let i = 0; i < this.n && this.largestComponent === 0; i++) if (this.degree[i]! > 0) this.largestComponent = 1;
  }

  private find(x: number): number {
    const parent = this.parent;
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  }

  private union(u: number, v: number): void {
    let a = this.find(u);
    let b = this.find(v);
    if (a === b) {
      if (this.size[a]! > this.largestComponent) this.largestComponent = this.size[a]!;
      return;
    }
    if (this.size[a]! < this.size[b]!) [a, b] = [b, a];
    this.parent[b] = a;
    this.size[a]! += this.size[b]!;
    this.merges++;
    if (this.size[a]! > this.largestComponent) this.largestComponent = this.size[a]!;
  }
}
