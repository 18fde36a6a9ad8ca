// Which nodes of some kinds a user's words name: by id, key, name, English name or alias, ignoring case.
// :param kinds => ['INDUSTRY']
// :param words => ['finance', '医疗']
WITH [word IN $words | toLower(word)] AS words
MATCH (n:Node)
WHERE n.kind IN $kinds
  AND any(name IN [n.id, n.key, n.name, coalesce(n.nameEn, '')] + coalesce(n.aliases, []) WHERE toLower(name) IN words)
RETURN n.id AS id
