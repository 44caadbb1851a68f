// name: leiden-against-louvain
// params: none
// returns: over the same places, how many communities Louvain (`community`) and Leiden (`leiden`) found
MATCH (m:Municipality)
WHERE m.community IS NOT NULL AND m.leiden IS NOT NULL
WITH count(DISTINCT m.community) AS louvain, count(DISTINCT m.leiden) AS leiden, count(m) AS places
RETURN louvain, leiden, places
