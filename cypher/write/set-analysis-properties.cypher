// name: set-analysis-properties
// params: $rows (list of {id: string, props: map}): the results of each place, by property name
// returns: written (the places found and written)
UNWIND $rows AS row
MATCH (m:Municipality {id: row.id})
SET m += row.props
RETURN count(m) AS written
