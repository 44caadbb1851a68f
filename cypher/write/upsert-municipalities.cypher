// name: upsert-municipalities
// params: $rows: list of {id, props (map without nulls), sources (list of strings)}
// returns: rows (number written), changed (number created or whose properties changed)
UNWIND $rows AS row
MERGE (m:Municipality {id: row.id})
WITH m, row, properties(m) AS before
SET m += row.props,
    m.sources = coalesce(m.sources, []) + [s IN row.sources WHERE NOT s IN coalesce(m.sources, [])]
RETURN count(m) AS rows, count(CASE WHEN before <> properties(m) THEN 1 END) AS changed
