// name: source-id-unique
// params: none
// returns: nothing (creates the constraint if missing)
CREATE CONSTRAINT source_id_unique IF NOT EXISTS FOR (s:Source) REQUIRE s.id IS UNIQUE
