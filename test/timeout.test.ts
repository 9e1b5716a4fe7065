import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ingestSheets } from '../src/facts/ingest';
import { checkSheet } from '../src/facts/load';
import { capturedLogger, removeFixtures, testApp, testDb } from './helpers';

const sheet = () => parse(readFileSync(new URL('./fixtures/sheets/alpha.yaml', import.meta.url), 'utf8'));

describe('transaction time limits', () => {
  const { logger, lines } = capturedLogger();
  const { gql } = testApp({ NEO4J_WRITE_TIMEOUT_MS: '1500' }, logger);
  const db = testDb(); // default limits, for setting up
  beforeAll(async () => {
    await removeFixtures(db);
    await ingestSheets(db, [checkSheet(sheet(), 'alpha.yaml')]);
    // Warm the query plans up with an edit, so only the lock can make the next write slow.
    const warm = sheet();
    warm.events[0].title.en = 'warm-up';
    await ingestSheets(db, [checkSheet(warm, 'alpha.yaml')]);
  });
  afterAll(() => removeFixtures(db));

  it('stops a write that waits past its limit with a TIMEOUT error, and keeps serving', async () => {
    // Another transaction holds a lock on an entity the sheet updates.
    const session = db.driver.session({ database: db.database });
    const tx = session.beginTransaction();
    try {
      await tx.run("MATCH (e:Entity {id: 'fx-ann'}) SET e.lockedByTest = true");
      const edited = sheet();
      edited.entities[1].names.en = 'Ann Fx-Renamed';
      const r = await gql(
        'mutation($s: JSON!) { ingestFactSheet(sheet: $s) { status } }',
        { s: edited },
        { authorization: 'Bearer test-write-token-0123456789', 'x-request-id': 'stuck-write-1' },
      );
      expect(r.errors?.map((e) => e.extensions?.code)).toEqual(['TIMEOUT']);
      // Logged as a warning with the request id and the driver's own message.
      const logged = lines.filter((l) => l.code === 'TIMEOUT');
      expect(logged).toMatchObject([{ level: 40, requestId: 'stuck-write-1', path: ['ingestFactSheet'] }]);
      expect(logged[0]?.cause).toEqual(expect.any(String));
    } finally {
      await tx.rollback();
      await session.close();
    }
    const after = await gql<{ entity: { name: string } }>('{ entity(id: "fx-ann") { name } }');
    expect(after.data?.entity.name).toBe('Ann Fx');
  });
});
