// name: create-municipality
// params: $props (map: every stored property, `id` included; no nulls)
// returns: id; fails with ConstraintValidationFailed when the id exists
CREATE (m:Municipality)
SET m = $props
RETURN m.id AS id
