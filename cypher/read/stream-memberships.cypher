// name: stream-memberships
// params: none
// returns: one row per network membership: network (id), name (the network's), member (municipality id), props
MATCH (m:Municipality)-[r:MEMBER_OF]->(n:Network)
RETURN n.id AS network, n.name AS name, m.id AS member, properties(r) AS props
ORDER BY network, member
