import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestSheets } from '../src/facts/ingest';
import { checkSheet } from '../src/facts/load';
import { cypher } from '../src/neo4j/cypher';
import { entityLuceneQuery } from '../src/search/store';
import { removeFixtures, runCypher, testApp } from './helpers';

interface Hit {
  entity: { id: string; kind: string };
  score: number;
  matched: string;
}

const SEARCH = `query ($query: String!, $kinds: [EntityKind!], $first: Int) {
  searchEntities(query: $query, kinds: $kinds, first: $first) { entity { id kind } score matched }
}`;

/** Fixture entities for ranking: an exact, a prefix and a fuzzy match of "Fxan", and namesakes. */
const fixtures = {
  article: {
    id: 'fx-search',
    title: { en: 'Search fixtures' },
    language: 'EN',
    published: '2025-07-23',
    publisher: 'fx-search-daily',
  },
  entities: [
    { id: 'fx-search-daily', kind: 'MEDIA_OUTLET', names: { en: 'Qoppa Daily' } },
    { id: 'fx-an', kind: 'PERSON', names: { en: 'Fxan' } },
    { id: 'fx-anders', kind: 'PERSON', names: { en: 'Fxanders' } },
    { id: 'fx-am', kind: 'ORGANISATION', names: { en: 'Fxam' } },
    { id: 'fx-zek', kind: 'ORGANISATION', names: { en: 'Zek' } },
    { id: 'fx-akturc', kind: 'ORGANISATION', names: { en: 'Akturc Holding' } },
  ],
};

describe('searchEntities', () => {
  const { gql, db } = testApp();
  beforeAll(async () => {
    await removeFixtures(db);
    await ingestSheets(db, [checkSheet(fixtures, 'search-fixtures.yaml')]);
  });
  afterAll(() => removeFixtures(db));

  async function search(query: string, vars: Record<string, unknown> = {}): Promise<Hit[]> {
    const res = await gql<{ searchEntities: Hit[] }>(SEARCH, { query, ...vars });
    expect(res.errors).toBeUndefined();
    return res.data?.searchEntities ?? [];
  }
  const ids = (hits: Hit[]) => hits.map((h) => h.entity.id);

  it('reads the same entity properties as entity/by-ids, whose rows it primes the loader with', () => {
    // The search's rows stand in for the loader's: a property one of them reads and the other does
    // not would answer an Entity field differently depending on how the entity was reached.
    const projection = (name: string) => /\w+ \{([^}]*)\} AS entity/.exec(cypher(name))?.[1]?.split(/,\s*/);
    expect(projection('entity/by-ids')).toContain('.description_tr');
    expect(projection('search/entities')).toEqual(projection('entity/by-ids'));
  });

  it('answers each hit with its entity as the entity field loads it', async () => {
    const res = await gql<{ searchEntities: { entity: { id: string; kind: string; name: string } }[] }>(
      `{ searchEntities(query: "Fxan", first: 5) { entity { id kind name names { language value } aliases } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.searchEntities[0]?.entity).toMatchObject({ id: 'fx-an', kind: 'PERSON', name: 'Fxan' });
    // The same entity as the entity field loads it on its own.
    const one = await gql<{ entity: unknown }>(
      `{ entity(id: "fx-an") { id kind name names { language value } aliases } }`,
    );
    expect(res.data?.searchEntities[0]?.entity).toEqual(one.data?.entity);
  });

  it.each([
    'زكي أكتورك',
    'زكي اكتورك',
    'زَكِي أَكْتُورْك',
    'زكـــي أكتـــورك',
    'أكتورك',
    'اكتورك',
    'Akturk',
    'AKTURK',
    'Aktürk',
    'zeki aktürk',
  ])('finds zeki-akturk first for %s', async (query) => {
    const [top] = await search(query);
    expect(top?.entity.id).toBe('zeki-akturk');
    expect(top?.score).toBeGreaterThanOrEqual(3);
  });

  it('reports the name as written that matched, in the script of the query', async () => {
    expect((await search('زكي اكتورك'))[0]?.matched).toBe('زكي أكتورك');
    expect((await search('akturk'))[0]?.matched).toBe('Zeki Aktürk');
    expect((await search('الادميرال'))[0]?.matched).toBe('الأدميرال زكي أكتورك');
  });

  it.each(['Guler', 'غولر', 'GÜLER', 'يشار'])('finds yasar-guler first for %s', async (query) => {
    expect(ids(await search(query))[0]).toBe('yasar-guler');
  });

  it.each([
    ['أنقرة', 'أنقرة'],
    ['انقره', 'أنقرة'],
    ['Ankara', 'Ankara'],
    ['ANKARA', 'Ankara'],
  ])('finds turkey through its alias for %s, matched = %s', async (query, alias) => {
    const [top] = await search(query);
    expect(top).toMatchObject({ entity: { id: 'turkey' }, matched: alias });
    expect(top?.score).toBeGreaterThanOrEqual(4);
  });

  it('ranks an exact match over a prefix over a fuzzy one, with scores to match', async () => {
    const hits = await search('Fxan');
    expect(hits.map((h) => [h.entity.id, h.matched, Math.floor(h.score)])).toEqual([
      ['fx-an', 'Fxan', 4],
      ['fx-anders', 'Fxanders', 2],
      ['fx-am', 'Fxam', 1],
    ]);
    const scores = hits.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('finds a prefix, ranked below an exact match of another entity', async () => {
    const hits = await search('Zek');
    expect(ids(hits).slice(0, 2)).toEqual(['fx-zek', 'zeki-akturk']);
    expect(hits.map((h) => Math.floor(h.score)).slice(0, 2)).toEqual([4, 2]);
  });

  it.each(['Aktruk', 'akturc', 'اكتوك'])('finds a misspelling (%s), below exact matches', async (query) => {
    const hits = await search(query);
    const him = hits.find((h) => h.entity.id === 'zeki-akturk');
    expect(him?.score).toBeGreaterThanOrEqual(1);
    expect(him?.score).toBeLessThan(2);
    if (query === 'akturc') expect(ids(hits)[0]).toBe('fx-akturc');
  });

  it('filters by kind', async () => {
    expect(ids(await search('Fxan', { kinds: ['PERSON'] }))).toEqual(['fx-an', 'fx-anders']);
    expect(ids(await search('Fxan', { kinds: ['ORGANISATION'] }))).toEqual(['fx-am']);
    expect(ids(await search('تركيا', { kinds: ['COUNTRY'] }))[0]).toBe('turkey');
    expect(await search('Zeki', { kinds: ['COUNTRY'] })).toEqual([]);
  });

  it('limits the hits to first', async () => {
    expect(ids(await search('Fxan', { first: 1 }))).toEqual(['fx-an']);
  });

  it.each(['"}) MATCH (n) DETACH DELETE n //', 'a AND (b', 'zeki* OR akturk~ [x TO y] \\ ^2 !', 'NOT'])(
    'searches Lucene syntax as plain text: %s',
    async (query) => {
      const res = await gql(SEARCH, { query });
      expect(res.errors).toBeUndefined();
      expect(res.data?.searchEntities).toEqual(expect.any(Array));
      expect(ids(await search('Zeki Aktürk'))[0]).toBe('zeki-akturk');
    },
  );

  it('is served by the full-text index, in one query that reads the entities too', async () => {
    const plan = await runCypher(db, `EXPLAIN ${cypher('search/entities')}`, {
      lucene: 'x',
      words: ['x'],
      folded: 'x',
      kinds: null,
      candidates: neo4j.int(1),
      first: neo4j.int(1),
    });
    const operators: string[] = [];
    const walk = (op: { operatorType: string; children: unknown[] }): void => {
      operators.push(op.operatorType.replace(/@.*/, ''));
      for (const child of op.children) walk(child as typeof op);
    };
    walk(plan.summary.plan as never);
    expect(operators).toContain('ProcedureCall');
    expect(operators.filter((o) => /Scan|Seek/.test(o))).toEqual([]);
    const [before, transactions] = [db.queries, db.transactions];
    expect(await search('Syria', { first: 5 })).not.toHaveLength(0);
    expect(db.queries - before).toBe(1);
    // One exchange: an auto-commit read, not a transaction function (whose COMMIT is another).
    expect(db.transactions).toBe(transactions);
  });

  it('escapes the words it sends to the index', () => {
    expect(entityLuceneQuery('a AND (b').lucene).toBe('(a^4 OR a*^2) (and^4 OR and*^2) (\\(b^4 OR \\(b*^2)');
    expect(entityLuceneQuery('Aktürk').lucene).toBe('(akturk^4 OR akturk*^2 OR akturk~1)');
  });

  it.each([
    [{ query: 'x', first: 0 }, 'first'],
    [{ query: 'x', first: 51 }, 'first'],
    [{ query: '' }, 'query'],
    [{ query: '   ' }, 'query'],
    [{ query: 'ـــ ً' }, 'query'],
    [{ query: 'x'.repeat(201) }, 'query'],
  ])('refuses %j naming %s', async (vars, argument) => {
    const res = await gql(SEARCH, vars);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
  });
});
