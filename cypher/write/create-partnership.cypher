// name: create-partnership
// params: $a, $b (municipality ids, a < b: the canonical direction), $props (map without nulls)
// returns: created (false when the pair already has a partnership), or no row when an end does not exist
MATCH (a:Municipality {id: $a})
MATCH (b:Municipality {id: $b})
MERGE (a)-[p:PARTNERSHIP]->(b)
ON CREATE SET p = $props, p.justCreated = true
WITH p, coalesce(p.justCreated, false) AS created
REMOVE p.justCreated
RETURN created
