// name: network-id-unique
// params: none
// returns: nothing; idempotent
CREATE CONSTRAINT network_id_unique IF NOT EXISTS FOR (n:Network) REQUIRE n.id IS UNIQUE
