/** The answers about communities and the network's structure. */
import type { Baseline, Communities, Community, Significance, Structure } from '../../../contract/api/analyses.ts';
import type { Filters } from '../../../contract/filters.ts';
import type { AnalysisOptions } from '../../../contract/api/query.ts';
import type { CommunityAlgorithm } from '../../../contract/vocabularies.ts';
import { shells } from '../../analytics/structure/core-number.ts';
import type { SignificanceResult } from '../../analytics/structure/significance.ts';
import type { Baseline as Summary } from '../../analytics/swap-chain.ts';
import { AppError } from '../../errors.ts';
import type { AnalysisService } from '../analysis.service.ts';
import { placeOf, placeRef, tieRef, type Answer } from './answer.ts';

type CommunitiesQuery = AnalysisOptions & { algorithm: CommunityAlgorithm };

/** GET /api/communities: the partition's quality and a page of community profiles, by Louvain or Leiden. */
export async function communities(
  analysis: AnalysisService,
  filters: Filters,
  q: CommunitiesQuery & { limit: number; offset: number },
): Promise<Answer<Communities>> {
  const outcome = await analysis.communities(filters, q, q.algorithm);
  if (outcome.state === 'running') return outcome;
  const { version, communities: c, leftOut } = outcome.value;
  const build = () => ({
    body: {
      version,
      algorithm: c.algorithm,
      engine: c.engine,
      count: c.count,
      modularity: c.modularity,
      resolution: c.resolution,
      seed: c.seed,
      nmi: { country: c.nmiCountry, bloc: c.nmiBloc },
      stability: c.stability,
      total: c.profiles.length,
      communities: c.profiles.slice(q.offset, q.offset + q.limit),
      leftOut,
    },
  });
  return { state: 'done', version, build };
}

/** GET /api/communities/:id: one community's profile and members, most partnered first. */
export async function community(analysis: AnalysisService, filters: Filters, q: CommunitiesQuery, id: string): Promise<Answer<Community>> {
  const outcome = await analysis.communities(filters, q, q.algorithm);
  if (outcome.state === 'running') return outcome;
  const view = outcome.value;
  const c = view.communities;
  const number = Number(id);
  const profile = Number.isInteger(number) ? c.profiles.find((p) => p.id === number) : undefined;
  if (!profile) throw new AppError('not-found', `No community ${JSON.stringify(id)} for these filters and options.`);
  const build = () => {
    const members = view.graph
      .nodes()
      .filter((_, i) => c.membership[i] === number)
      .map((nodeId) => ({ ...placeOf(view.data.graph, nodeId), partnerships: view.graph.degree(nodeId) }))
      .sort((a, b) => b.partnerships - a.partnerships || a.name.localeCompare(b.name));
    return { body: { version: view.version, algorithm: c.algorithm, community: profile, members } };
  };
  return { state: 'done', version: view.version, build };
}

type StructureQuery = AnalysisOptions & { limit: number; significance: boolean; samples: number };

/**
 * GET /api/structure: components, k-core shells, bridges, articulation points and the summary;
 * with `significance`, the baseline job's result too (the suite's job first, while it runs).
 */
export async function structure(analysis: AnalysisService, filters: Filters, q: StructureQuery): Promise<Answer<Structure>> {
  const outcome = await analysis.suite(filters, q);
  // while the suite runs, the significance job is queued behind it at once (not awaited)
  const tested = q.significance ? await analysis.significance(filters, q, q.samples, outcome.state === 'running' ? 0 : undefined) : null;
  if (outcome.state === 'running') return outcome;
  if (tested?.state === 'running') return tested;
  const view = outcome.value;
  const build = () => {
    const s = view.suite;
    const body: Structure = {
      version: view.version,
      summary: s.summary,
      componentSizes: [...s.structure.componentSizes].sort((a, b) => b - a).slice(0, q.limit),
      ...shells(s.structure.coreNumber),
      bridges: { total: s.structure.bridges.length, items: s.structure.bridges.slice(0, q.limit).map(([a, b]) => tieRef(view, a, b)) },
      articulationPoints: {
        total: s.structure.articulationPoints.length,
        items: s.structure.articulationPoints
          .map((id) => ({ id, name: placeRef(view, id).name, partnerships: view.graph.degree(id) }))
          .sort((a, b) => b.partnerships - a.partnerships)
          .slice(0, q.limit),
      },
      ...(tested ? { significance: significanceBody(tested.value.significance) } : {}),
      leftOut: view.leftOut,
    };
    return { body };
  };
  return { state: 'done', version: view.version, build };
}

function significanceBody(r: SignificanceResult): Significance {
  // a baseline is given whole or not at all: every number of a Baseline is finite
  const baseline = (b: Summary | undefined): Baseline | null =>
    b && [b.observed, b.mean, b.sd, b.z].every(Number.isFinite)
      ? { observed: b.observed, mean: b.mean, sd: b.sd, z: b.z, samples: r.samples, seed: r.seed }
      : null;
  return {
    samples: r.samples,
    seed: r.seed,
    resolution: r.resolution,
    acceptance: r.acceptance,
    countryAssortativity: baseline(r.attributeAssortativity.country),
    blocAssortativity: baseline(r.attributeAssortativity.bloc),
    degreeAssortativity: baseline(r.degreeAssortativity),
    modularity: baseline(r.modularity),
  };
}
