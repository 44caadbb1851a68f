// name: municipality-ags
// params: none
// returns: nothing; idempotent. Lookups by the German municipality key (AGS).
CREATE INDEX municipality_ags IF NOT EXISTS FOR (m:Municipality) ON (m.ags)
