/**
 * Are the network's assortativities and its modularity more than chance, given who has how many
 * partners? Each statistic on the observed graph against its values on graphs drawn from the
 * degree-preserving rewiring chain (swap-chain.ts: Maslov & Sneppen 2002, "Specificity and
 * stability in topology of protein networks", Science 296), all along ONE seeded chain:
 * - attribute assortativity of each categorical attribute (country, bloc; Newman 2003,
 *   assortativity.ts): is a tie within one country more frequent than the degrees alone make it?
 * - degree assortativity: every degree is kept, but not who meets whom, so the baseline is the
 *   structural correlation of the degree sequence itself (the simple-graph constraint makes hubs
 *   avoid each other: Maslov & Sneppen 2002; Park & Newman 2003, Phys. Rev. E 68, 026112).
 * - the modularity of the Louvain partition (louvain.ts, same resolution and seed) found on each
 *   sampled graph: random graphs have sizeable modularity too, so a high Q alone says little
 *   (Guimerà, Sales-Pardo & Amaral 2004, "Modularity from fluctuations in random graphs and
 *   complex networks", Phys. Rev. E 70, 025101); z says how far the observed one is above theirs.
 *
 * Each summary gives observed, mean, sd (n - 1) and z = (observed - mean) / sd (NaN when sd = 0
 * or the statistic is undefined, e.g. a single category). A sampled graph keeps the observed
 * graph's node order, so each Louvain run is as reproducible as the observed one. Louvain on each
 * sample is the cost: about 0.4 s a sample on the Wikipedia list (README, Methods).
 */
import { UndirectedGraph } from 'graphology';
import type { AbstractGraph } from 'graphology-types';
import { z } from 'zod';
import { SIGNIFICANCE_SAMPLES } from '../../../contract/api/analyses.ts';
import { compute as louvain } from '../communities/louvain.ts';
import { csrFromPairs, type Csr } from '../csr.ts';
import { parseOptions } from '../options.ts';
import { createRng } from '../random.ts';
import { chainOptionsSchema, summarise, SwapChain, walk, type Baseline } from '../swap-chain.ts';
import { attributeAssortativity, degreeAssortativity } from './assortativity.ts';

export const optionsSchema = chainOptionsSchema.extend({
  /** Fewer than the chain's default: each sample costs a Louvain run. */
  samples: z.number().int().min(2).max(10_000).default(SIGNIFICANCE_SAMPLES.default),
  /** Resolution of the Louvain partitions (the suite's). */
  resolution: z.number().positive().default(1),
  /** Categorical node attributes whose assortativity is tested. */
  attributes: z.array(z.string().min(1)).default(['country', 'bloc']),
});
export type SignificanceOptions = z.input<typeof optionsSchema>;

export interface SignificanceResult {
  readonly samples: number;
  readonly seed: number;
  readonly resolution: number;
  /** Share of attempted swaps that were made. */
  readonly acceptance: number;
  readonly degreeAssortativity: Baseline;
  /** Per attribute of `attributes`. */
  readonly attributeAssortativity: Readonly<Record<string, Baseline>>;
  readonly modularity: Baseline;
}

/** Called after each sample (and before the first) with the share done; may throw to give the run up. */
export type SignificanceProgress = (fraction: number, stage: string) => void;

/** `csr` must be the CSR of `graph` (buildCsr); the graph is only read. */
export function compute(
  graph: AbstractGraph,
  csr: Csr,
  options?: SignificanceOptions,
  report: SignificanceProgress = () => {},
): SignificanceResult {
  const opts = parseOptions('structure/significance', optionsSchema, options);
  if (csr.n !== graph.order) throw new Error("analytics/structure/significance: the CSR is not the graph's.");
  const values = opts.attributes.map((name) =>
    csr.keys.map((key) => {
      const v: unknown = graph.getNodeAttribute(key, name);
      return typeof v === 'string' || typeof v === 'number' ? v : null;
    }),
  );
  const louvainOptions = { resolution: opts.resolution, seed: opts.seed };
  const measure = (g: AbstractGraph, topology: Csr): number[] => [
    degreeAssortativity(topology),
    ...values.map((v) => attributeAssortativity(topology, v)),
    louvain(g, topology, louvainOptions).modularity,
  ];

  report(0, 'observed graph');
  const observed = measure(graph, csr);
  const samples = observed.map(() => new Float64Array(opts.samples));
  const chain = new SwapChain(csr, createRng(opts.seed));
  const acceptance = walk(chain, opts, {
    sample: (s) => {
      // the CSR of graphOf(keys, ends), as buildCsr would make it (same edge order), without reading the graph back
      measure(graphOf(csr.keys, chain.ends), csrFromPairs(csr.keys, chain.ends)).forEach((x, i) => (samples[i]![s] = x));
      report((s + 1) / opts.samples, `rewired sample ${s + 1} of ${opts.samples}`);
    },
  });
  const summaries = observed.map((x, i) => summarise(x, samples[i]!));
  return {
    samples: opts.samples,
    seed: opts.seed,
    resolution: opts.resolution,
    acceptance,
    degreeAssortativity: summaries[0]!,
    attributeAssortativity: Object.fromEntries(opts.attributes.map((name, i) => [name, summaries[i + 1]!])),
    modularity: summaries[summaries.length - 1]!,
  };
}

/** The graph of an edge list, nodes in the order of `keys` (Louvain reads a graphology graph). */
function graphOf(keys: readonly string[], ends: Int32Array): UndirectedGraph {
  const graph = new UndirectedGraph();
  for (const key of keys) graph.addNode(key);
  for (let e = 0; e < ends.length; e += 2) graph.addEdge(keys[ends[e]!]!, keys[ends[e + 1]!]!);
  return graph;
}
