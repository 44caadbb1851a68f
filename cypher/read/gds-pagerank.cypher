// name: gds-pagerank
// params: graph (a projection made by read/gds-project)
// returns: id (a place), value (GDS's score, summing to n; server/analytics/gds/gds-figures.ts brings it to NetworkX's normalisation)
CALL gds.pageRank.stream($graph, {dampingFactor: 0.85, maxIterations: 1000, tolerance: 1e-12}) YIELD nodeId, score
RETURN gds.util.asNode(nodeId).id AS id, score AS value
