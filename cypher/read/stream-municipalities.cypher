// name: stream-municipalities
// params: none
// returns: one row per municipality: id, props (all stored properties)
MATCH (m:Municipality)
RETURN m.id AS id, properties(m) AS props
ORDER BY id
