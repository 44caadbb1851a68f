// name: replace-analysis-node
// params: $analysis (map): datasetVersion, writtenAt, generator, the options and the property names written
// returns: datasetVersion (of the node written)
// One (:Analysis) node says what the places' analysis properties are: the last write replaces it.
OPTIONAL MATCH (old:Analysis)
DETACH DELETE old
WITH count(*) AS _
CREATE (a:Analysis)
SET a = $analysis
RETURN a.datasetVersion AS datasetVersion
