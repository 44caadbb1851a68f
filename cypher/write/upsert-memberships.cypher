// name: upsert-memberships
// params: $rows: list of {network, member (ids), props (map without nulls), sources}
// returns: rows (number whose two ends exist), changed
UNWIND $rows AS row
MATCH (n:Network {id: row.network})
MATCH (m:Municipality {id: row.member})
MERGE (m)-[r:MEMBER_OF]->(n)
WITH r, row, properties(r) AS before
SET r += row.props,
    r.sources = coalesce(r.sources, []) + [s IN row.sources WHERE NOT s IN coalesce(r.sources, [])]
RETURN count(r) AS rows, count(CASE WHEN before <> properties(r) THEN 1 END) AS changed
