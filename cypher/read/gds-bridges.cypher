// name: gds-bridges
// params: graph (a projection made by read/gds-project)
// returns: a, b (the places at the ends of a bridge: a partnership whose removal disconnects its component)
CALL gds.bridges.stream($graph, {}) YIELD from, to
RETURN gds.util.asNode(from).id AS a, gds.util.asNode(to).id AS b
