// name: gds-leiden
// params: graph (a projection made by read/gds-project), seed (randomSeed), resolution (gamma)
// returns: id (a place), community (GDS's Leiden community; one thread, so that a seed repeats)
CALL gds.leiden.stream($graph, {concurrency: 1, randomSeed: toInteger($seed), gamma: $resolution}) YIELD nodeId, communityId
RETURN gds.util.asNode(nodeId).id AS id, communityId AS community
