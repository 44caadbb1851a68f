// name: analysis
// params: none
// returns: the (:Analysis) node: which dataset version the places' results are of, with which options and property names
MATCH (a:Analysis)
RETURN a.datasetVersion AS datasetVersion, a.writtenAt AS writtenAt, a.resolution AS resolution, a.seed AS seed,
       a.betweenness AS betweenness, a.properties AS properties
