// name: ties-between-communities
// params: $limit (integer): how many pairs of communities
// returns: the pairs of Louvain communities joined by the most partnerships (the community meta-graph's heaviest ties)
MATCH (a:Municipality)-[:PARTNERSHIP]-(b:Municipality)
WHERE a.community < b.community
RETURN a.community AS from, b.community AS to, count(*) AS partnerships
ORDER BY partnerships DESC, from, to
LIMIT $limit
