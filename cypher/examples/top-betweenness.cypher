// name: top-betweenness
// params: $limit (integer): how many places
// returns: the places that lie on the most shortest paths (betweenness, normalised as NetworkX), highest first
MATCH (m:Municipality)
WHERE m.betweenness IS NOT NULL
RETURN m.id AS id, m.name AS name, m.country AS country, m.betweenness AS betweenness
ORDER BY betweenness DESC, id
LIMIT $limit
