/**
 * The shortest-path sweep over all nodes, folded over the trees that hang from the 2-core
 * (tree-pruning.ts): breadth-first searches run from core nodes on the core only, and every
 * other node's share follows exactly from its tree. The results are those of the plain sweep
 * (shortest-paths.ts) over every node, and of east-west brokerage (eastwest/brokers.ts) over
 * every node with a side; only the order of floating-point additions differs.
 *
 * A core node r stands for its group: itself and the w(r) - 1 nodes hanging from it. A path from
 * a group to another enters and leaves through the two roots, so:
 * - Dependencies (Brandes 2001) come from a weighted accumulation on the core, each source r
 *   counted w(r) times and each target t w(t) times,
 *     delta_r(v) = sum over DAG successors u of v of sigma(v) / sigma(u) * (w(u) + delta_r(u)),
 *   as in Sariyüce et al. 2013 ("Shattering and compressing networks for betweenness centrality",
 *   SIAM SDM, the reach-weighted Brandes of their degree-1 removal), plus, for every node v, the
 *   pairs that only v separates: with the subtrees hanging from v of sizes c_1..c_k (sum S) and
 *   the R = C - 1 - S other nodes of its component, the pairs in different parts,
 *     sum over i < j of c_i c_j + S R = ((S^2 - sum c_i^2) + 2 S R) / 2.
 * - Distance totals: for a core source, nodes hanging at depth k below a core node at distance d
 *   are at d + k; a histogram of the distances of the nodes outside the source's group gives
 *   sums of d and of 1/d, and 1/(d + k) for each depth k of the group's tree. A tree node at
 *   depth k then adds k to every outside distance and needs only a search inside its tree; a
 *   tree node without children reads its parent's search instead (as the degree-1 folding of
 *   shortest-paths.ts does).
 * - Brokerage over the pairs whose ends lie on different sides (Brandes 2008, section 3.3): the
 *   same with the counts of eastern and western nodes of each group as the weights, searched
 *   from the groups holding nodes of the smaller side, and for every node v the east-west pairs
 *   in different parts around v: (E - e(v)) (W - w(v)) - sum over parts of e_i w_i.
 *
 * Splittable like the plain sweep: results over disjoint sets of roots add up, each root bringing
 * its whole group (workers/pool.ts deals roots). Every root of a component must be searched for
 * the component's results to be complete.
 */
import type { CsrTopology } from '../csr.ts';
import { EAST, WEST } from '../sides.ts';
import { breadthFirstSubgraph } from './breadth-first-subgraph.ts';
import { accumulate, createSearch, resetSearch, searchFrom } from './path-search.ts';
import type { SweepResult } from './sweep-result.ts';
import { treePruning, type TreePruning } from './tree-pruning.ts';

export interface FoldedSweepResult extends SweepResult {
  /** Per side vector asked for: raw brokerage (each east-west pair counted from both ends), as `rawBrokerage`. */
  readonly brokerage: Float64Array[];
}

export interface FoldedSweepOptions {
  /** Brandes' dependencies (betweenness); off, they are not computed. */
  readonly dependencies: boolean;
  /** One side vector (EAST, WEST, NONE per node) per brokerage wanted. */
  readonly sides?: readonly Int8Array[];
}

/** The core nodes: the roots to deal to `foldedSweep` so that every node is covered. */
export function foldedRoots(graph: CsrTopology): Int32Array {
  return treePruning(graph).roots;
}

/** The weighted core: the 2-core (and one node per tree component) as a CSR, with each node's tree summarised. */
interface Core {
  readonly pruning: TreePruning;
  readonly topology: CsrTopology;
  /** core id -> node, and node -> core id (-1 for tree nodes). */
  readonly node: Int32Array;
  readonly id: Int32Array;
  /** Per core id: nodes in its group, sum of depths, tree height, and how many tree nodes at each depth 1..height. */
  readonly weight: Float64Array;
  readonly depthSum: Float64Array;
  readonly height: Int32Array;
  readonly histStart: Int32Array;
  readonly hist: Float64Array;
  /** The core ids with a tree hanging from them. */
  readonly withTree: Int32Array;
  /** Per core id: its connected component (0, 1, ...). */
  readonly componentOf: Int32Array;
  readonly components: number;
}

const cores = new WeakMap<Int32Array, Core>();

function weightedCore(graph: CsrTopology): Core {
  const cached = cores.get(graph.targets);
  if (cached && cached.pruning.n === graph.n) return cached;
  const pruning = treePruning(graph);
  const { n } = graph;
  const { roots, parent, depth, root, size } = pruning;
  const nc = roots.length;
  const isCore = (v: number): boolean => parent[v] === -1;

  // Core ids in breadth-first order, so that neighbours lie close in memory (as the plain sweep's local view).
  const { topology, rank: id, node } = breadthFirstSubgraph(graph, isCore);

  const weight = new Float64Array(nc);
  const depthSum = new Float64Array(nc);
  const height = new Int32Array(nc);
  for (let c = 0; c < nc; c++) weight[c] = size[node[c]!]!;
  for (let v = 0; v < n; v++) {
    if (isCore(v)) continue;
    const c = id[root[v]!]!;
    depthSum[c]! += depth[v]!;
    if (depth[v]! > height[c]!) height[c] = depth[v]!;
  }
  // Components: core ids are in breadth-first order, so each component is a run of ids.
  const componentOf = new Int32Array(nc);
  let components = 0;
  for (let c = 0, seen = -1; c < nc; c++) {
    if (c > seen) components++;
    componentOf[c] = components - 1;
    for (let p = topology.offsets[c]!, end = topology.offsets[c + 1]!; p < end; p++)
      if (topology.targets[p]! > seen) seen = topology.targets[p]!;
    if (c > seen) seen = c;
  }
  const histStart = new Int32Array(nc + 1);
  for (let c = 0; c < nc; c++) histStart[c + 1] = histStart[c]! + height[c]!;
  const hist = new Float64Array(histStart[nc]!);
  for (let v = 0; v < n; v++) if (!isCore(v)) hist[histStart[id[root[v]!]!]! + depth[v]! - 1]!++;

  const core = {
    pruning,
    topology,
    node,
    id,
    weight,
    depthSum,
    height,
    histStart,
    hist,
    withTree: Int32Array.from({ length: nc }, (_, c) => c).filter((c) => height[c]! > 0),
    componentOf,
    components,
  };
  cores.set(graph.targets, core);
  return core;
}

/** Per brokerage: side counts of each group and, per node, of the subtrees hanging from it. */
interface SideCounts {
  readonly side: Int8Array;
  /** The side searched from (the smaller one). */
  readonly from: number;
  /** Per core id: nodes of the searched side and of the other side in the group. */
  readonly groupFrom: Float64Array;
  readonly groupTo: Float64Array;
  /** Per component of the core: eastern and western nodes. */
  readonly componentEast: Float64Array;
  readonly componentWest: Float64Array;
  /** Per node, over the subtrees hanging from it: eastern nodes, western nodes, and the sum of their products. */
  readonly childEast: Float64Array;
  readonly childWest: Float64Array;
  readonly childProducts: Float64Array;
}

function sideCounts(graph: CsrTopology, core: Core, side: Int8Array): SideCounts {
  const { n } = graph;
  const { parent, removal } = core.pruning;
  const east = new Float64Array(n);
  const west = new Float64Array(n);
  const childEast = new Float64Array(n);
  const childWest = new Float64Array(n);
  const childProducts = new Float64Array(n);
  let eastTotal = 0;
  let westTotal = 0;
  for (const v of removal) {
    // children come before their parent: v's subtree counts are complete here
    const e = childEast[v]! + (side[v] === EAST ? 1 : 0);
    const w = childWest[v]! + (side[v] === WEST ? 1 : 0);
    east[v] = e;
    west[v] = w;
    if (side[v] === EAST) eastTotal++;
    else if (side[v] === WEST) westTotal++;
    const p = parent[v]!;
    if (p < 0) continue;
    childEast[p]! += e;
    childWest[p]! += w;
    childProducts[p]! += e * w;
  }
  const from = eastTotal <= westTotal ? EAST : WEST;
  const nc = core.node.length;
  const groupFrom = new Float64Array(nc);
  const groupTo = new Float64Array(nc);
  const componentEast = new Float64Array(core.components);
  const componentWest = new Float64Array(core.components);
  for (let c = 0; c < nc; c++) {
    const r = core.node[c]!;
    groupFrom[c] = from === EAST ? east[r]! : west[r]!;
    groupTo[c] = from === EAST ? west[r]! : east[r]!;
    componentEast[core.componentOf[c]!]! += east[r]!;
    componentWest[core.componentOf[c]!]! += west[r]!;
  }
  return { side, from, groupFrom, groupTo, componentEast, componentWest, childEast, childWest, childProducts };
}

export function foldedSweep(graph: CsrTopology, roots: ArrayLike<number>, options: FoldedSweepOptions): FoldedSweepResult {
  const { n } = graph;
  const core = weightedCore(graph);
  const { pruning, node, id, weight, depthSum, height, histStart, hist, componentOf, withTree } = core;
  const { parent, depth, size, childSizes, childSquares, memberStart, members } = pruning;
  const dependencies = options.dependencies;
  const levels = (options.sides ?? []).map((side) => sideCounts(graph, core, side));

  const reached = new Int32Array(n);
  const distanceSum = new Float64Array(n);
  const inverseDistanceSum = new Float64Array(n);
  const eccentricity = new Int32Array(n);
  const dependency = dependencies ? new Float64Array(n) : null;
  const brokerage = levels.map(() => new Float64Array(n));

  const search = createSearch(core.topology);
  const { dist, order, levelStart } = search;
  // distances of the nodes outside the source's group, and 1/(d + k) sums for the group's depths
  const outside = new Float64Array(n + 2);
  const shifted = new Float64Array(n + 2);
  const tree: TreeScratch = {
    dist: new Int32Array(n).fill(-1),
    queue: new Int32Array(n),
    innerSum: new Float64Array(n),
    innerShift: new Float64Array(n),
    innerMax: new Int32Array(n),
  };
  const { innerSum, innerShift, innerMax } = tree;

  for (let q = 0; q < roots.length; q++) {
    const r = roots[q]!;
    const c = id[r]!;
    if (c < 0) throw new Error(`analytics/folded-sweep: node ${r} is not a core node.`);

    // 1. Breadth-first search on the core, with the DAG of shortest paths.
    const tail = searchFrom(search, core.topology, c);

    // 2. Distances to the nodes outside the group: the core nodes level by level, then the trees
    // of the core nodes that have one.
    const lastLevel = dist[order[tail - 1]!]!;
    let far = lastLevel;
    for (let d = 1; d <= lastLevel; d++) outside[d]! += levelStart[d + 1]! - levelStart[d]!;
    for (let j = 0; j < withTree.length; j++) {
      const t = withTree[j]!;
      const d = dist[t]!;
      if (d <= 0) continue; // not reached, or the source itself
      const h = height[t]!;
      for (let k = 1, at = histStart[t]!; k <= h; k++, at++) outside[d + k]! += hist[at]!;
      if (d + h > far) far = d + h;
    }
    let count = 0;
    let sum = 0;
    let harmonic = 0;
    for (let d = 1; d <= far; d++) {
      const m = outside[d]!;
      count += m;
      sum += m * d;
      harmonic += m / d;
    }
    const component = weight[c]! + count;
    const h = height[c]!;
    for (let k = 1; k <= h + 1; k++) {
      let s = 0;
      for (let d = 1; d <= far; d++) s += outside[d]! / (d + k);
      shifted[k] = s;
    }
    for (let d = 0; d <= far; d++) outside[d] = 0;

    // 3. The root's totals: outside plus its own tree.
    let ownHarmonic = 0;
    let ownShift = 0;
    for (let k = 1, at = histStart[c]!; k <= h; k++, at++) {
      ownHarmonic += hist[at]! / k;
      ownShift += hist[at]! / (k + 1);
    }
    reached[r] = component;
    distanceSum[r] = sum + depthSum[c]!;
    inverseDistanceSum[r] = harmonic + ownHarmonic;
    eccentricity[r] = Math.max(far, h);

    // 4. The tree nodes of the group: a search inside the tree, or the parent's for a leaf.
    const groupSize = weight[c]!;
    for (let at = memberStart[r]!, end = memberStart[r + 1]!; at < end; at++) {
      const x = members[at]!;
      let iSum: number;
      let iHarmonic: number;
      let iMax: number;
      if (size[x] === 1) {
        const p = parent[x]!;
        const pSum = p === r ? depthSum[c]! : innerSum[p]!;
        const pShift = p === r ? ownShift : innerShift[p]!;
        const pMax = p === r ? h : innerMax[p]!;
        iSum = pSum + groupSize - 2;
        iHarmonic = pShift - 0.5 + 1;
        iMax = groupSize === 2 ? 1 : pMax >= 2 ? pMax + 1 : 2;
      } else {
        iHarmonic = searchTree(graph, pruning, x, r, tree);
        iSum = tree.innerSum[x]!;
        iMax = tree.innerMax[x]!;
      }
      const k = depth[x]!;
      reached[x] = component;
      distanceSum[x] = iSum + sum + k * count;
      inverseDistanceSum[x] = iHarmonic + shifted[k]!;
      eccentricity[x] = count > 0 ? Math.max(iMax, k + far) : iMax;
    }

    // 5. Dependencies: weighted accumulation on the core, then the pairs each group node separates.
    if (dependency !== null) {
      accumulate(search, tail, weight, weight[c]!, dependency, node);
      forGroup(pruning, r, (v) => {
        const s = childSizes[v]!;
        dependency[v]! += s * s - childSquares[v]! + 2 * s * (component - 1 - s);
      });
    }

    // 6. Brokerage, per side vector: the same from groups with nodes of the smaller side.
    for (let l = 0; l < levels.length; l++) {
      const level = levels[l]!;
      const out = brokerage[l]!;
      const east = level.componentEast[componentOf[c]!]!;
      const west = level.componentWest[componentOf[c]!]!;
      // each east-west pair is counted once from here, twice in the raw sums
      if (level.groupFrom[c]! > 0) accumulate(search, tail, level.groupTo, 2 * level.groupFrom[c]!, out, node);
      const { side, childEast, childWest, childProducts } = level;
      forGroup(pruning, r, (v) => {
        const e = east - (side[v] === EAST ? 1 : 0);
        const w = west - (side[v] === WEST ? 1 : 0);
        const restEast = e - childEast[v]!;
        const restWest = w - childWest[v]!;
        out[v]! += 2 * (e * w - childProducts[v]! - restEast * restWest);
      });
    }

    resetSearch(search, tail);
  }
  return { dependency, reached, distanceSum, inverseDistanceSum, eccentricity, brokerage };
}

/** Searches inside trees, and the totals of the tree nodes searched from, kept for their leaf children. */
interface TreeScratch {
  readonly dist: Int32Array;
  readonly queue: Int32Array;
  /** Over the other nodes of the group (root and tree): sum of d, sum of 1/(d + 1), largest d. */
  readonly innerSum: Float64Array;
  readonly innerShift: Float64Array;
  readonly innerMax: Int32Array;
}

/**
 * A breadth-first search from tree node x over its group (root r and the nodes hanging from it):
 * writes x's inner totals and returns its sum of 1/d over the group.
 */
function searchTree(graph: CsrTopology, pruning: TreePruning, x: number, r: number, tree: TreeScratch): number {
  const { offsets, targets } = graph;
  const { parent } = pruning;
  const { dist, queue } = tree;
  let head = 0;
  let tail = 0;
  let sum = 0;
  let inverse = 0;
  let shifted = 0;
  let max = 0;
  queue[tail++] = x;
  dist[x] = 0;
  while (head < tail) {
    const v = queue[head++]!;
    const dv = dist[v]! + 1;
    for (let p = offsets[v]!, end = offsets[v + 1]!; p < end; p++) {
      const w = targets[p]!;
      // from the root, only into its own trees
      if (dist[w]! >= 0 || (v === r && parent[w] !== r)) continue;
      dist[w] = dv;
      queue[tail++] = w;
      sum += dv;
      inverse += 1 / dv;
      shifted += 1 / (dv + 1);
      max = dv;
    }
  }
  for (let i = 0; i < tail; i++) dist[queue[i]!] = -1;
  tree.innerSum[x] = sum;
  tree.innerShift[x] = shifted;
  tree.innerMax[x] = max;
  return inverse;
}

function forGroup(pruning: TreePruning, r: number, visit: (v: number) => void): void {
  visit(r);
  for (let at = pruning.memberStart[r]!, end = pruning.memberStart[r + 1]!; at < end; at++) visit(pruning.members[at]!);
}
