// name: gds-components
// params: graph (a projection made by read/gds-project)
// returns: id (a place), component (GDS's weakly connected component: the connected component of the undirected network)
CALL gds.wcc.stream($graph, {}) YIELD nodeId, componentId
RETURN gds.util.asNode(nodeId).id AS id, componentId AS component
