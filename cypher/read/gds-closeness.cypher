// name: gds-closeness
// params: graph (a projection made by read/gds-project)
// returns: id (a place), value (GDS's score with the Wasserman-Faust correction, as NetworkX's)
CALL gds.closeness.stream($graph, {useWassermanFaust: true}) YIELD nodeId, score
RETURN gds.util.asNode(nodeId).id AS id, score AS value
