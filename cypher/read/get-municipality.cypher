// name: get-municipality
// params: $id (string)
// returns: props (all stored properties), or no row when there is no such municipality
MATCH (m:Municipality {id: $id})
RETURN properties(m) AS props
