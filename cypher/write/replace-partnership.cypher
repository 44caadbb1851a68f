// name: replace-partnership
// params: $a, $b (ids in the canonical direction), $props (map: the new properties, no nulls)
// returns: props (as stored), or no row when there is no such partnership
MATCH (:Municipality {id: $a})-[p:PARTNERSHIP]->(:Municipality {id: $b})
SET p = $props
RETURN properties(p) AS props
