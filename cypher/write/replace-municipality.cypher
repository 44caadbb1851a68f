// name: replace-municipality
// params: $id (string), $props (map: the municipality's new properties, `id` included; no nulls)
// returns: props (as stored), or no row when there is no such municipality
MATCH (m:Municipality {id: $id})
SET m = $props
RETURN properties(m) AS props
