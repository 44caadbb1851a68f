// name: gds-harmonic
// params: graph (a projection made by read/gds-project)
// returns: id (a place), value (GDS's score; server/analytics/gds/gds-figures.ts brings it to NetworkX's normalisation)
CALL gds.closeness.harmonic.stream($graph, {}) YIELD nodeId, score
RETURN gds.util.asNode(nodeId).id AS id, score AS value
