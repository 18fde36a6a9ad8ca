// Waits (up to 300 s) until the indexes of schema.cypher are online: run once after creating them.
CALL db.awaitIndexes(300)
