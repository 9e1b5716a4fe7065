import { describe, expect, it } from 'vitest';
import { allQueryNames, compose, cypher } from '../src/neo4j/cypher';
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

  it('every composed connections search (one per maxHops) can be planned', async () => {
    for (let hops = 1; hops <= 6; hops++) {
      const s = compose('graph', ['connections-ends', `connections-hops-${hops}`], [], 'connections-paths');
      const r = await db.driver.executeQuery(`EXPLAIN ${s.text}`, {}, { database: db.database });
      expect(r.summary.plan).toBeTruthy();
      expect(s.text).toContain(`{1,${2 * hops}}`);
    }
  });
});
