/**
 * Leiden community detection (Traag, Waltman & van Eck 2019, "From Louvain to Leiden: guaranteeing
 * well-connected communities", Sci. Rep. 9:5233) maximising modularity with a resolution parameter,
 * by networkanalysis-ts: the TypeScript port, by N. J. van Eck, of CWTS's Java networkanalysis
 * package, the reference implementation of the paper's authors. Each iteration moves nodes fast
 * (queue-based local moving), refines every community by merging its nodes into well-connected
 * subcommunities (randomly, with `randomness`, the paper's theta), and aggregates the refined
 * partition; after every iteration each community is connected (γ-connected, the paper's Theorem).
 *
 * Modularity is the package's CPM quality on node weights = degrees with resolution gamma / 2m,
 * as its own RunNetworkClustering does for `-q Modularity`. The random choices use our seeded
 * generator (random.ts), so one seed always gives the same partition of the same CSR. The
 * modularity reported is recomputed by modularity.ts, as for Louvain, so both are measured alike.
 * Communities are renumbered 0..count-1 in order of their first node, as Louvain's.
 */
import { Clustering, LeidenAlgorithm, Network } from 'networkanalysis-ts';
import { z } from 'zod';
import type { CsrTopology } from '../csr.ts';
import { parseOptions } from '../options.ts';
import { createRng, randomInt } from '../random.ts';
import { compute as modularity, denseCodes } from './modularity.ts';

export const optionsSchema = z
  .object({
    resolution: z.number().positive().default(1),
    seed: z.number().int().default(0),
    /** Iterations of move + refine + aggregate, or until an iteration changes nothing (igraph's n_iterations=-1). */
    iterations: z.union([z.literal('until-stable'), z.number().int().positive()]).default('until-stable'),
    /** Randomness of the refinement's merges (the paper's theta; the package's and igraph's default 0.01). */
    randomness: z.number().positive().default(0.01),
  })
  .strict();
export type LeidenOptions = z.input<typeof optionsSchema>;

export interface LeidenResult {
  /** Community of each node (CSR index order). */
  readonly communities: Int32Array;
  readonly count: number;
  readonly modularity: number;
  readonly resolution: number;
  readonly seed: number;
}

export function compute(csr: CsrTopology, options?: LeidenOptions): LeidenResult {
  const { resolution, seed, iterations, randomness } = parseOptions('communities/leiden', optionsSchema, options);
  const { n, offsets, targets } = csr;
  const twoM = offsets[n]!;
  let raw: ArrayLike<number>;
  if (twoM === 0) {
    raw = Int32Array.from({ length: n }, (_, i) => i); // no edges: singletons, as Louvain
  } else {
    const network = new Network({
      nNodes: n,
      setNodeWeightsToTotalEdgeWeights: true,
      firstNeighborIndices: Array.from(offsets),
      neighbors: Array.from(targets),
      edgeWeights: new Array<number>(twoM).fill(1),
      checkIntegrity: false,
    });
    const rng = createRng(seed);
    // the package draws from a java.util.Random; it calls only these two methods
    const random = { nextDouble: rng, nextInt: (bound: number) => randomInt(rng, bound) };
    const algorithm = new LeidenAlgorithm();
    // nIterations 0 means "until an iteration improves nothing" in the package
    algorithm.initializeBasedOnResolutionAndNIterationsAndRandomnessAndRandom(
      resolution / twoM,
      iterations === 'until-stable' ? 0 : iterations,
      randomness,
      random,
    );
    const clustering = new Clustering({ nNodes: n });
    algorithm.improveClustering(network, clustering);
    raw = clustering.getClusters();
  }
  const communities = denseCodes(raw);
  let count = 0;
  for (const c of communities) if (c >= count) count = c + 1;
  return { communities, count, modularity: modularity(csr, communities, { resolution }), resolution, seed };
}
