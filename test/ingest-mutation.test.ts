import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { graphCounts, removeFixtures, runCypher, testApp } from './helpers';

const MUTATION = `mutation($sheet: JSON!) { ingestFactSheet(sheet: $sheet) {
  article status events { created updated unchanged removed } entities { created } } }`;
const sheet = () => parse(readFileSync(new URL('./fixtures/sheets/alpha.yaml', import.meta.url), 'utf8'));
const WRITE = { authorization: 'Bearer test-write-token-0123456789' };

describe('ingestFactSheet', () => {
  const { gql, db } = testApp();
  beforeAll(() => removeFixtures(db));
  afterAll(() => removeFixtures(db));

  it('is refused without a write token, and with a wrong one, writing nothing', async () => {
    const before = await graphCounts(db);
    const none = await gql(MUTATION, { sheet: sheet() });
    const wrong = await gql(
      MUTATION,
      { sheet: sheet() },
      { authorization: 'Bearer not-the-write-token-at-all' },
    );
    expect(none.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    expect(wrong.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(await graphCounts(db)).toEqual(before);
  });

  it('loads a sheet with the write token, and a second load changes nothing', async () => {
    // A backlog another load left uncompared (as `--no-corroborate` does) is not this request's work.
    await runCypher(
      db,
      `CREATE (:Node:Event {id: 'fx-backlog', kind: 'CONSULT', corroborationPending: 'left'})`,
    );
    const first = await gql(MUTATION, { sheet: sheet() }, WRITE);
    expect(first.data).toEqual({
      ingestFactSheet: {
        article: 'fx-alpha',
        status: 'created',
        events: { created: 1, updated: 0, unchanged: 0, removed: 0 },
        entities: { created: 4 },
      },
    });
    // Its events were compared for corroboration, like the CLI's: none is left waiting.
    const waiting = await runCypher(
      db,
      `MATCH (:Evidence {article: 'fx-alpha'})-[:SUPPORTS]->(e:Event)
       RETURN count(e) AS events, count(e.corroborationPending) AS pending`,
    );
    expect(waiting.records.map((r) => [Number(r.get('events')), Number(r.get('pending'))])).toEqual([[1, 0]]);
    const backlog = await runCypher(
      db,
      `MATCH (e:Event {id: 'fx-backlog'}) RETURN e.corroborationPending AS token`,
    );
    expect(backlog.records.map((r) => r.get('token'))).toEqual(['left']);
    await runCypher(db, `MATCH (e:Event {id: 'fx-backlog'}) DETACH DELETE e`);
    const again = await gql<{ ingestFactSheet: { status: string } }>(MUTATION, { sheet: sheet() }, WRITE);
    expect(again.data?.ingestFactSheet.status).toBe('unchanged');
  });

  it('sent again unchanged, compares nothing for corroboration, unless its events still wait', async () => {
    await gql(MUTATION, { sheet: sheet() }, WRITE);
    const reads = vi.spyOn(db, 'read');
    const compared = () => reads.mock.calls.some(([query]) => query === 'corroboration/sides');
    try {
      const again = await gql<{ ingestFactSheet: { status: string } }>(MUTATION, { sheet: sheet() }, WRITE);
      expect(again.data?.ingestFactSheet.status).toBe('unchanged');
      expect(compared()).toBe(false);
      // As if the first request had stopped between writing and comparing: its event still waits.
      await runCypher(
        db,
        `MATCH (:Evidence {article: 'fx-alpha'})-[:SUPPORTS]->(e:Event) SET e.corroborationPending = 'left'`,
      );
      const retry = await gql<{ ingestFactSheet: { status: string } }>(MUTATION, { sheet: sheet() }, WRITE);
      expect(retry.data?.ingestFactSheet.status).toBe('unchanged');
      expect(compared()).toBe(true);
      const waiting = await runCypher(
        db,
        `MATCH (:Evidence {article: 'fx-alpha'})-[:SUPPORTS]->(e:Event) RETURN count(e.corroborationPending) AS n`,
      );
      expect(Number(waiting.records[0]?.get('n'))).toBe(0);
    } finally {
      reads.mockRestore();
    }
  });

  it('reports every problem of an invalid sheet as BAD_USER_INPUT and writes nothing', async () => {
    const before = await graphCounts(db);
    const bad = sheet();
    bad.article.id = 'fx-bad';
    bad.events[0].id = 'fx-bad-event';
    bad.events[0].when = 'sometime';
    bad.events[0].place = 'fx-nowhere';
    const r = await gql(MUTATION, { sheet: bad }, WRITE);
    expect(r.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      argument: 'sheet',
      problems: [
        { path: 'events[0].when', message: expect.stringContaining('sometime') },
        {
          path: 'events[0].place',
          message: 'unknown entity id "fx-nowhere" (not in this batch, nor in the graph)',
        },
      ],
    });
    expect(await graphCounts(db)).toEqual(before);
  });

  it('refuses a sheet that points at a text file on the server', async () => {
    const s = sheet();
    s.article.text = undefined;
    s.article.textFile = '/etc/passwd';
    const r = await gql(MUTATION, { sheet: s }, WRITE);
    expect(r.errors?.[0]?.extensions?.problems).toEqual([
      {
        path: 'article.textFile',
        message: 'textFile is only allowed in sheets loaded from files; give text inline',
      },
    ]);
  });
});
