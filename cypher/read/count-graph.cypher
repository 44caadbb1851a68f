// name: count-graph
// params: none
// returns: municipalities, partnerships, networks, memberships (integers)
CALL () { MATCH (m:Municipality) RETURN count(m) AS municipalities }
CALL () { MATCH (:Municipality)-[p:PARTNERSHIP]->(:Municipality) RETURN count(p) AS partnerships }
CALL () { MATCH (n:Network) RETURN count(n) AS networks }
CALL () { MATCH (:Municipality)-[r:MEMBER_OF]->(:Network) RETURN count(r) AS memberships }
RETURN municipalities, partnerships, networks, memberships
