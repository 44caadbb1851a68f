/**
 * Leiden's refinement (Traag, Waltman & van Eck 2019, "From Louvain to Leiden: guaranteeing
 * well-connected communities", Sci. Rep. 9:5233, Algorithm A.2, RefinePartition and
 * MergeNodesSubset). Within each community S of the partition, starting from singletons, the
 * nodes that are well connected to S (w(v, S - v) >= gamma k_v (K_S - k_v) / 2m) and still alone
 * are visited in random order; each joins one of the subcommunities C of S next to it that are
 * well connected to S (w(C, S - C) >= gamma K_C (K_S - K_C) / 2m) and that it does not make worse
 * (gain >= 0), or stays alone, chosen at random with odds exp(gain / theta), theta the randomness.
 * A node only ever joins a subcommunity it has an edge into, so every subcommunity is connected;
 * aggregating on them keeps each community connected (the paper's guarantee).
 *
 * Gains and tests are those of leiden-move.ts, times 2m (exact for gamma = 1).
 */
import type { LeidenGraph } from './leiden-graph.ts';
import { randomOrder } from './leiden-move.ts';

/**
 * Subcommunities of the communities `clusters` (ids in 0..n-1, not changed) for modularity at
 * `resolution`: the subcommunity of each node, as the id of one node of it (a node alone is its own).
 */
export function refinePartition(
  graph: LeidenGraph,
  clusters: Int32Array,
  resolution: number,
  theta: number,
  rng: () => number,
): Int32Array {
  const { n, offsets, targets, weights, nodeWeights, twoM } = graph;
  const clusterWeight = new Float64Array(n); // K_S
  for (let v = 0; v < n; v++) clusterWeight[clusters[v]!]! += nodeWeights[v]!;
  const refined = new Int32Array(n);
  const weight = nodeWeights.slice(); // K_C of each subcommunity, by its id
  const external = new Float64Array(n); // w(C, S - C) of each subcommunity, by its id
  for (let v = 0; v < n; v++) {
    refined[v] = v;
    const s = clusters[v]!;
    let w = 0;
    for (let p = offsets[v]!, end = offsets[v + 1]!; p < end; p++) if (clusters[targets[p]!] === s) w += weights[p]!;
    external[v] = w;
  }
  const alone = new Uint8Array(n).fill(1); // subcommunity v is {v}
  const weightTo = new Float64Array(n);
  const around = new Int32Array(n);
  const edgeTo = new Float64Array(n);
  const odds = new Float64Array(n);
  const scale = theta * twoM; // gains are times 2m

  const order = randomOrder(n, rng);
  for (let i = 0; i < n; i++) {
    const v = order[i]!;
    if (!alone[v]) continue;
    const s = clusters[v]!;
    const total = clusterWeight[s]!;
    const k = nodeWeights[v]!;
    const gk = resolution * k;
    const inside = external[v]!; // v is alone: its edges into S
    if (inside * twoM < gk * (total - k)) continue;

    let nAround = 0;
    for (let p = offsets[v]!, end = offsets[v + 1]!; p < end; p++) {
      const u = targets[p]!;
      if (clusters[u] !== s) continue;
      const c = refined[u]!; // never v's own: no self-loops
      if (weightTo[c] === 0) around[nAround++] = c;
      weightTo[c]! += weights[p]!;
    }
    // candidates: well-connected subcommunities that v does not make worse; staying alone gains 0
    let nCandidates = 0;
    let maxGain = 0;
    for (let j = 0; j < nAround; j++) {
      const c = around[j]!;
      const w = weightTo[c]!;
      weightTo[c] = 0;
      const kc = weight[c]!;
      const gain = w * twoM - gk * kc;
      if (gain < 0 || external[c]! * twoM < resolution * kc * (total - kc)) continue;
      around[nCandidates] = c;
      edgeTo[nCandidates] = w;
      odds[nCandidates++] = gain;
      if (gain > maxGain) maxGain = gain;
    }
    if (nCandidates === 0) continue;
    // odds exp(gain / theta), all scaled by exp(-maxGain / theta) against overflow
    const stay = relativeOdds(maxGain / scale);
    let sum = stay;
    for (let j = 0; j < nCandidates; j++) {
      odds[j] = relativeOdds((maxGain - odds[j]!) / scale);
      sum += odds[j]!;
    }
    let x = rng() * sum - stay;
    if (x < 0) continue; // stays alone
    let j = 0;
    while (j < nCandidates - 1 && (x -= odds[j]!) >= 0) j++;
    const chosen = around[j]!;
    refined[v] = chosen;
    weight[chosen]! += k;
    external[chosen]! += inside - 2 * edgeTo[j]!; // v's edges into it turn internal, its others external
    alone[v] = 0;
    alone[chosen] = 0;
  }
  return refined;
}

/**
 * exp(-d) for d >= 0, taken as 0 from d = 40 on: odds under 5e-18 of the best choice's (1) add
 * nothing to the sum in double precision and are below the 2^-32 steps of the generator's draws.
 */
function relativeOdds(d: number): number {
  return d === 0 ? 1 : d >= 40 ? 0 : Math.exp(-d);
}
