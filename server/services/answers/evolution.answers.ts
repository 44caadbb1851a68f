/**
 * The answers of GET /api/evolution (the network year by year, a job in the suite worker) and
 * GET /api/distances (partnership lengths, their distribution and decay, a cached table). Their
 * bodies are built by services/time-space.ts, which the report shares.
 */
import type { Distances, Evolution, EvolutionQueryValue } from '../../../contract/api/evolution.ts';
import type { Filters } from '../../../contract/filters.ts';
import type { AnalysisService } from '../analysis.service.ts';
import { distancesBody, evolutionBody } from '../time-space.ts';
import type { Answer } from './answer.ts';

/** GET /api/evolution: the series, or the running job. */
export async function evolution(analysis: AnalysisService, filters: Filters, q: EvolutionQueryValue): Promise<Answer<Evolution>> {
  const { from, to, step, seed, resolution } = q;
  const outcome = await analysis.evolution(filters, { from, to, step, seed, resolution });
  if (outcome.state === 'running') return outcome;
  const body = evolutionBody(q, outcome.value);
  return { state: 'done', version: body.version, build: () => ({ body }) };
}

/** GET /api/distances. */
export async function distances(analysis: AnalysisService, filters: Filters, q: { limit: number }): Promise<Answer<Distances>> {
  const computed = await analysis.distances(filters);
  return { state: 'done', version: computed.version, build: () => ({ body: distancesBody(computed, q) }) };
}
