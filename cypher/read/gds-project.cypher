// name: gds-project
// params: graph (the projection's name), edges (the analysed network's partnerships as [id, id] pairs)
// returns: nodes, relationships (of the projection: exactly the network's places and, both ways, its partnerships)
UNWIND $edges AS edge
MATCH (a:Municipality {id: edge[0]}), (b:Municipality {id: edge[1]})
WITH gds.graph.project($graph, a, b, {}, {undirectedRelationshipTypes: ['*']}) AS g
RETURN g.nodeCount AS nodes, g.relationshipCount AS relationships
