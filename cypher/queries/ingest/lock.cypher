// Takes the facts write lock for the rest of the transaction: a write to one node, so every other
// writer of facts waits here until this transaction commits or rolls back. The value written
// never changes, so the graph does not either.
MERGE (l:WriteLock {id: 'facts'})
SET l.taken = true
RETURN l.id AS lock
