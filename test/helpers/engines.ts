/**
 * The API of two services on one database, one with ANALYTICS_ENGINE=inprocess ("ours") and one
 * with ANALYTICS_ENGINE=gds ("theirs"), compared figure by figure (README, Methods, "Graph Data
 * Science"): the centralities GDS gives to 1e-9 once normalised as ours, PageRank within the bound
 * that NetworkX's stopping rule leaves, k-core numbers, components, bridges and articulation points
 * exactly, and the communities of each algorithm by modularity and NMI.
 */
import { expect } from 'vitest';
import type { z } from 'zod';
import {
  CommunitiesSchema,
  MetricsTableSchema,
  StructureSchema,
  type Communities,
  type MetricsTable,
} from '../../contract/api/analyses.ts';
import type { CommunityAlgorithm } from '../../contract/vocabularies.ts';
import { compute as nmi } from '../../server/analytics/communities/nmi.ts';
import type { RunningService } from '../../server/runtime.ts';
import { parseStrict } from './contract.ts';

export const TOLERANCE = 1e-9;
/**
 * Two implementations of one heuristic find as good a partition, not the same one: GDS's modularity
 * within 0.02 of ours, and its NMI with ours no further than 0.05 below the agreement of our own
 * partitions of the next seeds with ours (the stability score): on the default dataset even those
 * agree only at about 0.73 (README, Methods).
 */
export const MODULARITY_GAP = 0.02;
export const NMI_BELOW_STABILITY = 0.05;

/**
 * The answer to `url`. A 202 says the analysis still runs after the server's wait (a minute: GDS's
 * suite on the default dataset can take longer on a slow machine); asking again waits for the same
 * job again, as long as the test's own time allows.
 */
async function get<S extends z.ZodType>(url: string, schema: S): Promise<z.infer<S>> {
  let res = await fetch(url);
  while (res.status === 202) res = await fetch(url);
  expect(res.status, `${url}: ${await res.clone().text()}`).toBe(200);
  return parseStrict(schema, await res.json(), url);
}

const metricsOf = (service: RunningService, algorithm: CommunityAlgorithm, query: string): Promise<MetricsTable> =>
  get(
    `${service.url}/api/metrics?measures=degree,betweenness,closeness,harmonic,pagerank,eigenvector&algorithm=${algorithm}${query}`,
    MetricsTableSchema,
  );

const communitiesOf = (service: RunningService, algorithm: CommunityAlgorithm, query: string): Promise<Communities> =>
  get(`${service.url}/api/communities?algorithm=${algorithm}&limit=1${query}`, CommunitiesSchema);

/** How the engines' partitions compare: each one's modularity, their NMI, our stability. */
export interface PartitionAgreement {
  algorithm: CommunityAlgorithm;
  modularity: { ours: number; gds: number };
  nmi: number;
  stability: number;
}

/**
 * Every figure of /api/metrics and /api/communities from both services, for the view `query`
 * (`''` or `&to=1990`…), asserted to agree; returns how the partitions compare, for the log.
 */
export async function expectEnginesAgree(ours: RunningService, theirs: RunningService, query: string): Promise<PartitionAgreement[]> {
  // components, bridges, articulation points (GDS's under gds) and the summary: the same answer
  const structure = (service: RunningService) => get(`${service.url}/api/structure?limit=500${query}`, StructureSchema);
  const [mine, gds] = [await structure(ours), await structure(theirs)];
  expect(gds.bridges.total + gds.articulationPoints.total).toBeGreaterThan(0);
  expect(gds).toEqual(mine);

  const agreements: PartitionAgreement[] = [];
  for (const algorithm of ['louvain', 'leiden'] as const) {
    const [a, b] = [await metricsOf(ours, algorithm, query), await metricsOf(theirs, algorithm, query)];
    expect(b.nodes).toEqual(a.nodes);
    const n = a.nodes.length;
    for (const measure of ['degree', 'betweenness', 'closeness', 'harmonic'] as const) {
      const [x, y] = [a.measures[measure]!, b.measures[measure]!];
      const off = a.nodes.filter((_id, i) => !(Math.abs(x[i]! - y[i]!) <= TOLERANCE * Math.max(1, Math.abs(x[i]!))));
      expect(off.slice(0, 5), `${measure}${query}: places where the engines differ (of ${n})`).toEqual([]);
    }
    // GDS's PageRank runs to 1e-12 here; ours stops as NetworkX's does, when an iteration moves the
    // scores by less than n · 1e-6 in all (L1): the fixed point is then at most that · d / (1 − d) away
    const [x, y] = [a.measures.pagerank!, b.measures.pagerank!];
    const l1 = x.reduce((t, v, i) => t + Math.abs(v - y[i]!), 0);
    expect(l1).toBeGreaterThan(0); // GDS's own figures, not ours passed through
    expect(l1).toBeLessThanOrEqual((n * 1e-6 * 0.85) / 0.15);
    expect(b.coreNumber).toEqual(a.coreNumber);
    // what GDS does not give stays ours
    expect(b.measures.eigenvector).toEqual(a.measures.eigenvector);

    // the partitions: GDS's own (its Louvain takes no seed, so has no stability score), described as ours are
    const [mine, gds] = [await communitiesOf(ours, algorithm, query), await communitiesOf(theirs, algorithm, query)];
    expect([mine.engine, gds.engine]).toEqual(['inprocess', 'gds']);
    expect(gds.count).toBe(new Set(b.community).size);
    expect(gds.stability.seeds).toEqual(algorithm === 'leiden' ? mine.stability.seeds : []);
    expect(gds.total).toBe(gds.count);
    const agreement: PartitionAgreement = {
      algorithm,
      modularity: { ours: mine.modularity!, gds: gds.modularity! },
      nmi: nmi(a.community, b.community),
      stability: mine.stability.meanNmi!,
    };
    expect(Math.abs(agreement.modularity.ours - agreement.modularity.gds), `${algorithm}${query}: modularity`).toBeLessThanOrEqual(
      MODULARITY_GAP,
    );
    expect(agreement.nmi, `${algorithm}${query}: NMI`).toBeGreaterThanOrEqual(agreement.stability - NMI_BELOW_STABILITY);
    agreements.push(agreement);
  }
  return agreements;
}
