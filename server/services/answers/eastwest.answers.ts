/** The answer about the ties across an east-west divide and the places that broker them. */
import type { EastWestAnswer } from '../../../contract/api/analyses.ts';
import type { Filters } from '../../../contract/filters.ts';
import type { AnalysisOptions } from '../../../contract/api/query.ts';
import type { Divide } from '../../../contract/vocabularies.ts';
import { rankOrder } from '../../analytics/ranking.ts';
import type { AnalysisService } from '../analysis.service.ts';
import { placeRef, tieRef, type Answer } from './answer.ts';

/** GET /api/bridges/east-west: summary, per founding year, per region (states or countries), brokers, the ties. */
export async function eastWest(
  analysis: AnalysisService,
  filters: Filters,
  q: AnalysisOptions & { level: Divide; limit: number },
): Promise<Answer<EastWestAnswer>> {
  const outcome = await analysis.suite(filters, q);
  if (outcome.state === 'running') return outcome;
  const view = outcome.value;
  const regions = await analysis.regions(filters, q.level === 'germany' ? 'state' : 'country', q.level);
  const ei = await analysis.eiByRegion(filters, q.level);
  const build = () => {
    const ew = view.suite.eastwest[q.level];
    const eiOf = new Map(ei.value.groups.map((g) => [g.group, g.ei]));
    const top = (values: readonly number[]) =>
      rankOrder(values, view.suite.nodes)
        .filter((i) => values[i]! > 0)
        .slice(0, q.limit)
        .map((i) => ({ ...placeRef(view, view.suite.nodes[i]!), value: values[i]! }));
    const body: EastWestAnswer = {
      version: view.version,
      level: ew.level,
      summary: {
        east: ew.east,
        west: ew.west,
        sidedPartnerships: ew.sidedEdges,
        crossTies: ew.crossTies,
        crossShare: ew.crossShare,
        eiIndex: ew.eiIndex,
      },
      baseline: ew.baseline,
      perYear: ew.perYear,
      perRegion: regions.value.rows
        .filter((r) => r.crossShare !== null)
        .map((r) => {
          const e = eiOf.get(r.region);
          return {
            region: r.region,
            partnerships: r.partnerships,
            crossTies: r.crossTies,
            crossShare: r.crossShare,
            eiIndex: e !== undefined && Number.isFinite(e) ? e : null,
          };
        }),
      brokers: top(ew.brokers),
      innerBrokers: ew.innerBrokers && top(ew.innerBrokers),
      ties: {
        total: ew.ties.length,
        items: ew.ties.slice(0, q.limit).map(([a, b]) => {
          const edge = view.graph.edge(a, b);
          const attr = edge ? view.graph.getEdgeAttributes(edge) : {};
          return {
            ...tieRef(view, a, b),
            type: (attr.type as string | undefined) ?? null,
            since: (attr.since as number | undefined) ?? null,
          };
        }),
      },
      leftOut: view.leftOut,
    };
    return { body };
  };
  return { state: 'done', version: view.version, build };
}
