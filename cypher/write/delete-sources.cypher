// name: delete-sources
// params: none
// returns: deleted (number of Source nodes removed; a replacing import records its own anew)
MATCH (s:Source)
DETACH DELETE s
RETURN count(s) AS deleted
