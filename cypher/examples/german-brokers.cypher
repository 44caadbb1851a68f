// name: german-brokers
// params: $limit (integer): how many places
// returns: the places that broker the most East-West German pairs (share of those pairs whose shortest paths run through them)
MATCH (m:Municipality)
WHERE m.brokerGermany > 0
RETURN m.id AS id, m.name AS name, m.germany AS side, m.brokerGermany AS brokerage
ORDER BY brokerage DESC, id
LIMIT $limit
