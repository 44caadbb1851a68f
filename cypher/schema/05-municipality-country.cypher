// name: municipality-country
// params: none
// returns: nothing; idempotent. Filters by country.
CREATE INDEX municipality_country IF NOT EXISTS FOR (m:Municipality) ON (m.country)
