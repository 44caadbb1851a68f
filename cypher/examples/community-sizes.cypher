// name: community-sizes
// params: none
// returns: each Louvain community with its members and a few of their names, largest first
MATCH (m:Municipality)
WHERE m.community IS NOT NULL
WITH m.community AS community, m ORDER BY m.degree DESC, m.id
RETURN community, count(m) AS members, collect(m.name)[0..5] AS largest
ORDER BY members DESC, community
