// name: find-gds
// params: none
// returns: name (one row when the server has Neo4j Graph Data Science's gds.version function, none without)
SHOW FUNCTIONS YIELD name WHERE name = 'gds.version' RETURN name
