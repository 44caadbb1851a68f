// name: list-sources
// params: none
// returns: one row per imported dataset (Source node): id, props (file, format, sha256, licence, attribution, importedAt)
MATCH (s:Source)
RETURN s.id AS id, properties(s) AS props
ORDER BY id
