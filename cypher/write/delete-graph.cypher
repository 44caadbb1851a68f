// name: delete-graph
// params: none
// returns: deleted (number of municipalities and networks removed, with their relationships)
MATCH (n)
WHERE n:Municipality OR n:Network
DETACH DELETE n
RETURN count(n) AS deleted
