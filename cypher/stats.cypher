// Node counts per kind and relationship counts per type.
CALL () { MATCH (n:Node) RETURN 'kind' AS what, n.kind AS name, count(*) AS count
          UNION ALL
          MATCH (:Node)-[r]->(:Node) RETURN 'type' AS what, type(r) AS name, count(*) AS count }
RETURN what, name, count
