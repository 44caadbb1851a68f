// name: stream-place-identities
// params: none
// returns: one row per municipality with the fields an import matches on: id, name, aliases, country, ags, wikidata, kind, lat, lon
MATCH (m:Municipality)
RETURN m.id AS id, m.name AS name, coalesce(m.aliases, []) AS aliases, m.country AS country, m.ags AS ags,
       m.wikidata AS wikidata, m.kind AS kind, m.lat AS lat, m.lon AS lon
ORDER BY id
