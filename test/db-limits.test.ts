import { GraphQLError } from 'graphql';
import { afterAll, describe, expect, it } from 'vitest';
import { runCypher, testDb } from './helpers';

/** Collects more integers than one transaction's 128 MB (local Neo4j's db.memory.transaction.max). */
const TOO_BIG = {
  name: 'test/too-big',
  text: `CREATE (:LimitProbe {id: $id})
WITH 1 AS one
UNWIND range(1, 30000000) AS i
WITH collect(i) AS xs
RETURN size(xs) AS n`,
};

describe('the executor at the transaction memory limit', () => {
  const db = testDb();
  afterAll(() =>
    db.driver
      .executeQuery('MATCH (p:LimitProbe) DELETE p', {}, { database: db.database })
      .then(() => undefined),
  );

  it('stops the write with MEMORY_LIMIT, tries it once, and writes nothing', {
    timeout: 120_000,
  }, async () => {
    let attempts = 0;
    const failure = await db
      .writeTx(async (tx) => {
        attempts++;
        return tx.run(TOO_BIG, { id: 'probe-1' });
      })
      .catch((err: unknown) => err);
    expect(failure).toBeInstanceOf(GraphQLError);
    expect((failure as GraphQLError).extensions.code).toBe('MEMORY_LIMIT');
    expect(attempts).toBe(1);
    const { records } = await runCypher(db, 'MATCH (p:LimitProbe) RETURN count(p) AS n');
    expect(records[0]?.get('n')).toBe(0);
  });
});
