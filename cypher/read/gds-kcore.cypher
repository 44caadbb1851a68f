// name: gds-kcore
// params: graph (a projection made by read/gds-project)
// returns: id (a place), value (GDS's coreValue; server/analytics/gds/gds-figures.ts brings it to NetworkX's normalisation)
CALL gds.kcore.stream($graph, {}) YIELD nodeId, coreValue
RETURN gds.util.asNode(nodeId).id AS id, coreValue AS value
