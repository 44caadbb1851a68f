// name: bump-dataset-version
// params: $key (string): "current"
// returns: version (the new version), updatedAt (ISO string)
MERGE (d:Dataset {key: $key})
ON CREATE SET d.version = 0
SET d.version = d.version + 1, d.updatedAt = datetime()
RETURN d.version AS version, toString(d.updatedAt) AS updatedAt
