// name: upsert-sources
// params: $rows: list of {id, props (file, format, sha256, licence, attribution, importedAt; no nulls)}
// returns: rows, changed (number created: an existing source keeps its first import time)
UNWIND $rows AS row
MERGE (s:Source {id: row.id})
ON CREATE SET s += row.props, s.created = true
WITH s, coalesce(s.created, false) AS created
REMOVE s.created
RETURN count(s) AS rows, count(CASE WHEN created THEN 1 END) AS changed
