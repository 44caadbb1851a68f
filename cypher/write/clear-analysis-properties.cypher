// name: clear-analysis-properties
// params: $cleared (map): every analysis property name (contract/node-metrics.ts) mapped to null
// returns: cleared (the places that held results of an earlier write)
// Setting a property to null removes it: the results of an earlier write go before the new ones come.
MATCH (m:Municipality)
WHERE any(name IN keys($cleared) WHERE m[name] IS NOT NULL)
SET m += $cleared
RETURN count(m) AS cleared
