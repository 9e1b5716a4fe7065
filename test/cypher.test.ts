import { describe, expect, it } from 'vitest';
import { allQueryNames, cypher } from '../src/neo4j/cypher';
import { testDb } from './helpers';

describe('cypher/queries', () => {
  const db = testDb();

  it('every query file is one statement that Neo4j can plan', async () => {
    const names = allQueryNames();
    expect(names.length).toBeGreaterThan(25);
    const broken: string[] = [];
    for (const name of names) {
      try {
        await db.driver.executeQuery(`EXPLAIN ${cypher(name)}`, {}, { database: db.database });
      } catch (err) {
        broken.push(`${name}: ${(err as Error).message.split('\n')[0]}`);
      }
    }
    expect(broken).toEqual([]);
  });
});
