// name: municipality-id-unique
// params: none
// returns: nothing; idempotent
CREATE CONSTRAINT municipality_id_unique IF NOT EXISTS FOR (m:Municipality) REQUIRE m.id IS UNIQUE
