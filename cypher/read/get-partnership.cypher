// name: get-partnership
// params: $a, $b (ids in the canonical direction)
// returns: props, or no row when there is no such partnership
MATCH (:Municipality {id: $a})-[p:PARTNERSHIP]->(:Municipality {id: $b})
RETURN properties(p) AS props
