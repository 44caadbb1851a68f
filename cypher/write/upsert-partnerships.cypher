// name: upsert-partnerships
// params: $rows: list of {a, b (municipality ids, a < b: the canonical direction), props (map without nulls), sources}
// returns: rows (number whose two ends exist), changed (number created or changed)
UNWIND $rows AS row
MATCH (a:Municipality {id: row.a})
MATCH (b:Municipality {id: row.b})
MERGE (a)-[p:PARTNERSHIP]->(b)
WITH p, row, properties(p) AS before
SET p += row.props,
    p.sources = coalesce(p.sources, []) + [s IN row.sources WHERE NOT s IN coalesce(p.sources, [])]
RETURN count(p) AS rows, count(CASE WHEN before <> properties(p) THEN 1 END) AS changed
