// name: dataset-key-unique
// params: none
// returns: nothing; idempotent
CREATE CONSTRAINT dataset_key_unique IF NOT EXISTS FOR (d:Dataset) REQUIRE d.key IS UNIQUE
