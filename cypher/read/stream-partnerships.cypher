// name: stream-partnerships
// params: none
// returns: one row per partnership, in its canonical direction: source, target (ids), props
MATCH (a:Municipality)-[p:PARTNERSHIP]->(b:Municipality)
RETURN a.id AS source, b.id AS target, properties(p) AS props
ORDER BY source, target
