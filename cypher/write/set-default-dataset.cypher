// name: set-default-dataset
// params: $key (string): "current"; $fingerprint (string or null): the default dataset the graph now holds, null when it holds other data
// returns: fingerprint
MERGE (d:Dataset {key: $key})
ON CREATE SET d.version = 0
SET d.defaultDataset = $fingerprint
RETURN d.defaultDataset AS fingerprint
