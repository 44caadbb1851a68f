// name: gds-version
// params: none
// returns: version (Neo4j Graph Data Science's version; compiles only where GDS is installed: ask read/find-gds first)
RETURN gds.version() AS version
