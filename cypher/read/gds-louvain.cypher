// name: gds-louvain
// params: graph (a projection made by read/gds-project)
// returns: id (a place), community (GDS's Louvain community; one thread, so that it repeats: GDS's Louvain takes no seed and no resolution)
CALL gds.louvain.stream($graph, {concurrency: 1}) YIELD nodeId, communityId
RETURN gds.util.asNode(nodeId).id AS id, communityId AS community
