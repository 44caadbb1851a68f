// name: delete-partnership
// params: $a, $b (ids in the canonical direction)
// returns: deleted (1, or 0 when there was no such partnership)
OPTIONAL MATCH (:Municipality {id: $a})-[p:PARTNERSHIP]->(:Municipality {id: $b})
DELETE p
RETURN count(p) AS deleted
