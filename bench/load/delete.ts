import type { Db } from '../../src/neo4j/db';

/**
 * Deletes the nodes matching `where` (a predicate on `n`, written by the bench, never user input) and
 * their relationships: relationships first, then nodes, at most 5,000 per transaction, until none is
 * left. One statement over many nodes (even `CALL … IN TRANSACTIONS`) first materialises every row
 * and outgrows the transaction memory limit once the graph holds hub entities with thousands of
 * links.
 */
export async function deleteNodes(db: Db, where: string): Promise<void> {
  for (const statement of [
    `MATCH (n)-[r]-() WHERE ${where} WITH DISTINCT r LIMIT 5000 DELETE r RETURN count(*) AS n`,
    `MATCH (n) WHERE ${where} WITH n LIMIT 5000 DELETE n RETURN count(*) AS n`,
  ])
    for (;;) {
      const { records } = await db.driver.executeQuery(statement, {}, { database: db.database });
      if (Number(records[0]?.get('n') ?? 0) === 0) break;
    }
}
