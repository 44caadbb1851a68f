/**
 * The per-node analysis results under the names every export writes them (GEXF, GraphML, CSV,
 * XLSX, JSON, `npm run analyze -- --out`) and Neo4j users will find them as properties of the
 * places (issue 21): one list, so that a column in Gephi, a cell in Excel and a property in
 * Cypher carry the same name. `onDemand` results are written only where they were computed:
 * `npm run analyze` always computes Leiden, the API's exports do not (yet).
 */
export interface NodeMetricProperty {
  readonly name: string;
  readonly type: 'integer' | 'double';
  readonly description: string;
  readonly onDemand?: boolean;
}

export const NODE_METRIC_PROPERTIES = [
  { name: 'degree', type: 'integer', description: 'Partnerships in the view' },
  { name: 'degreeCentrality', type: 'double', description: 'degree / (n - 1), as NetworkX' },
  { name: 'betweenness', type: 'double', description: 'Betweenness centrality, normalised as NetworkX' },
  { name: 'closeness', type: 'double', description: 'Closeness centrality, Wasserman-Faust correction' },
  { name: 'harmonic', type: 'double', description: 'Harmonic closeness, unnormalised' },
  { name: 'pagerank', type: 'double', description: 'PageRank, alpha 0.85' },
  { name: 'eigenvector', type: 'double', description: 'Eigenvector centrality, L2-normalised' },
  { name: 'clustering', type: 'double', description: 'Local clustering coefficient' },
  { name: 'component', type: 'integer', description: 'Connected component (0 = first in node order)' },
  { name: 'coreNumber', type: 'integer', description: 'k-core number: the largest k whose k-core holds the place' },
  { name: 'community', type: 'integer', description: 'Louvain community' },
  {
    name: 'leiden',
    type: 'integer',
    description: 'Leiden community (Traag et al. 2019), same resolution and seed as Louvain',
    onDemand: true,
  },
  { name: 'brokerGermany', type: 'double', description: 'Share of the East-West German pairs whose shortest paths run through the place' },
  { name: 'brokerEurope', type: 'double', description: 'Share of the Eastern-bloc/West pairs whose shortest paths run through the place' },
] as const satisfies readonly NodeMetricProperty[];

export type NodeMetricName = (typeof NODE_METRIC_PROPERTIES)[number]['name'];
