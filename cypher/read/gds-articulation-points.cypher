// name: gds-articulation-points
// params: graph (a projection made by read/gds-project)
// returns: id (an articulation point: a place whose removal disconnects its component)
CALL gds.articulationPoints.stream($graph, {}) YIELD nodeId
RETURN gds.util.asNode(nodeId).id AS id
