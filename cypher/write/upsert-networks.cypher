// name: upsert-networks
// params: $rows: list of {id, name, sources}
// returns: rows, changed
UNWIND $rows AS row
MERGE (n:Network {id: row.id})
WITH n, row, properties(n) AS before
SET n.name = row.name,
    n.sources = coalesce(n.sources, []) + [s IN row.sources WHERE NOT s IN coalesce(n.sources, [])]
RETURN count(n) AS rows, count(CASE WHEN before <> properties(n) THEN 1 END) AS changed
