// name: gds-drop
// params: graph (the projection's name)
// returns: dropped (the projection's name; no row when there was no such projection)
CALL gds.graph.drop($graph, false) YIELD graphName
RETURN graphName AS dropped
