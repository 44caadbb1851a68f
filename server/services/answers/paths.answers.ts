/** The answers about routes through the filtered view: the shortest paths between two places, and a place's neighbourhood. */
import type { EgoAnswer, Paths } from '../../../contract/api/paths.ts';
import type { Filters } from '../../../contract/filters.ts';
import { compute as allShortestPaths } from '../../analytics/paths/all-shortest-paths.ts';
import { compute as egoNetwork } from '../../analytics/paths/ego-network.ts';
import type { AnalysisService } from '../analysis.service.ts';
import { resolveId } from '../municipalities.service.ts';
import { placeOf, type Answer } from './answer.ts';

const IN_VIEW = ' among the places these filters keep';

/** GET /api/paths: the length and number of the shortest paths from `source` to `target`, and the first `limit` of them. */
export async function shortestPaths(
  analysis: AnalysisService,
  filters: Filters,
  q: { source: string; target: string; limit: number },
): Promise<Answer<Paths>> {
  const { version, leftOut, value } = await analysis.graphView(filters);
  const { graph, csr } = value;
  const source = resolveId(graph, q.source, IN_VIEW);
  const target = resolveId(graph, q.target, IN_VIEW);
  const build = () => {
    const found = allShortestPaths(csr, { source: csr.index.get(source)!, target: csr.index.get(target)!, limit: q.limit });
    const body: Paths = {
      version,
      source: placeOf(graph, source),
      target: placeOf(graph, target),
      length: found.length,
      count: found.count,
      limit: q.limit,
      paths: found.paths.map((path) => Array.from(path, (i) => placeOf(graph, csr.keys[i]!))),
      leftOut,
    };
    return { body };
  };
  return { state: 'done', version, build };
}

/** GET /api/ego/:id: the places within `radius` partnerships of one (the nearest `max`) and the partnerships among them. */
export async function ego(
  analysis: AnalysisService,
  filters: Filters,
  asked: string,
  q: { radius: number; max: number },
): Promise<Answer<EgoAnswer>> {
  const { version, leftOut, value } = await analysis.graphView(filters);
  const { graph, csr } = value;
  const center = resolveId(graph, asked, IN_VIEW);
  const build = () => {
    const found = egoNetwork(csr, { center: csr.index.get(center)!, radius: q.radius, max: q.max });
    const kept = new Set(Array.from(found.nodes, (i) => csr.keys[i]!));
    const edges: EgoAnswer['edges'] = [];
    const seen = new Set<string>();
    for (const id of kept) {
      graph.forEachEdge(id, (key, attributes, source, target) => {
        if (seen.has(key) || !kept.has(source) || !kept.has(target)) return;
        seen.add(key);
        edges.push({ key, source, target, attributes: attributes as EgoAnswer['edges'][number]['attributes'] });
      });
    }
    // graphology types the stored attributes loosely; they are the contract's (graph-store.ts loads them)
    const body: EgoAnswer = {
      options: { type: 'undirected', multi: false, allowSelfLoops: false },
      attributes: {
        ...(graph.getAttributes() as Pick<EgoAnswer['attributes'], 'datasetVersion' | 'updatedAt' | 'networks'>),
        filters: filters as EgoAnswer['attributes']['filters'],
        leftOut,
        center,
        radius: q.radius,
        truncated: found.total > found.nodes.length,
        total: found.total,
      },
      nodes: [...kept].map((key) => ({ key, attributes: graph.getNodeAttributes(key) as EgoAnswer['nodes'][number]['attributes'] })),
      edges,
    };
    return { body };
  };
  return { state: 'done', version, build };
}
