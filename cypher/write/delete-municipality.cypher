// name: delete-municipality
// params: $id (string)
// returns: deleted (1, or 0 when there was no such municipality); its partnerships go with it
OPTIONAL MATCH (m:Municipality {id: $id})
DETACH DELETE m
RETURN count(m) AS deleted
