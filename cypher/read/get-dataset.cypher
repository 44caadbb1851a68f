// name: get-dataset
// params: $key (string): the dataset node's key, "current"
// returns: version (integer, 0 when nothing was ever written), updatedAt (ISO string or null), defaultDataset (the fingerprint of the default dataset loaded, or null)
OPTIONAL MATCH (d:Dataset {key: $key})
RETURN coalesce(d.version, 0) AS version, toString(d.updatedAt) AS updatedAt, d.defaultDataset AS defaultDataset
