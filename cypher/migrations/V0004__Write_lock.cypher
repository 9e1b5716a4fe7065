// Writers of facts first take a write lock on one node, so that no two write transactions (the
// ingest mutation, the CLI, another process) interleave their checks, writes and pruning. The
// constraint makes the lock node's MERGE safe under concurrency: there is only ever one.
CREATE CONSTRAINT write_lock_id IF NOT EXISTS FOR (l:WriteLock) REQUIRE l.id IS UNIQUE;
