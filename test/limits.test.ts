import { describe, expect, it } from 'vitest';
import { testApp } from './helpers';

const post = (body: string, headers: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...headers },
  body,
});

describe('query limits and request hygiene', () => {
  const { gql, yoga, db } = testApp();

  it('lets every GraphiQL example operation through', async () => {
    const { graphiqlTabs } = await import('../src/graphiql/tabs');
    for (const tab of graphiqlTabs) {
      const r = await gql(tab.query, tab.variables ? JSON.parse(tab.variables) : {});
      expect(r.errors, tab.query.split('\n')[0]).toBeUndefined();
      for (const value of Object.values(r.data ?? {}))
        expect(value, tab.query.split('\n')[0]).not.toEqual([]);
      expect(Object.values(r.data ?? {}).every((v) => v !== null)).toBe(true);
    }
  });

  it('refuses deep nesting through timeline → participants → entity → timeline … before Neo4j', async () => {
    let q = 'id';
    for (let i = 0; i < 4; i++)
      q = `timeline(first: 2) { edges { node { participants { entity { ${q} } } } } }`;
    const before = db.queries;
    const r = await gql(`{ entity(id: "turkey") { ${q} } }`);
    expect(r.errors?.[0]?.message).toMatch(
      /Query depth limit of 12 exceeded|Query Cost limit of 10000 exceeded/,
    );
    expect(db.queries).toBe(before);
  });

  it('refuses hundreds of aliases', async () => {
    const aliases = Array.from({ length: 300 }, (_, i) => `a${i}: __typename`).join(' ');
    const r = await gql(`{ ${aliases} }`);
    expect(r.errors?.[0]?.message).toMatch(/Aliases limit of 15 exceeded/);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'aliases' });
  });

  it('refuses a 1 MB document with 413, before parsing', async () => {
    const res = await yoga.fetch(
      'http://test/graphql',
      post(JSON.stringify({ query: `{ ${' '.repeat(1_100_000)}__typename }` })),
    );
    expect(res.status).toBe(413);
  });

  it('refuses a huge chunked body too', async () => {
    const big = new TextEncoder().encode(JSON.stringify({ query: `{ ${' '.repeat(1_100_000)}__typename }` }));
    const body = new ReadableStream({
      start(c) {
        for (let i = 0; i < big.length; i += 65536) c.enqueue(big.slice(i, i + 65536));
        c.close();
      },
    });
    const res = await yoga.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
  });

  it('refuses a document with too many tokens', async () => {
    const vars = Array.from({ length: 1500 }, (_, i) => `$v${i}: Int`).join(', ');
    const r = await gql(`query Q(${vars}) { __typename }`);
    expect(r.errors?.[0]?.message).toMatch(/Token limit of 4000 exceeded/);
  });

  it('refuses first: 1000000 (by its cost) and first: 101 (by the page cap) before Neo4j', async () => {
    const before = db.queries;
    const huge = await gql('{ timeline(first: 1000000) { edges { cursor } } }');
    expect(huge.errors?.map((e) => [e.extensions?.code, e.extensions?.limit])).toEqual([
      ['BAD_USER_INPUT', 'cost'],
    ]);
    const over = await gql('{ timeline(first: 101) { edges { cursor } } }');
    expect(over.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
      ['BAD_USER_INPUT', 'Argument "first" must be between 0 and 100, got 101'],
    ]);
    expect(db.queries).toBe(before);
  });

  it('does not batch operations', async () => {
    const res = await yoga.fetch(
      'http://test/graphql',
      post(JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }])),
    );
    expect(res.status).toBeGreaterThanOrEqual(400);
  });

  it('refuses a simple cross-site request (text/plain POST) without the CSRF header', async () => {
    const res = await yoga.fetch(
      'http://test/graphql',
      post(JSON.stringify({ query: '{ __typename }' }), { 'content-type': 'text/plain' }),
    );
    expect(res.status).toBe(403);
  });

  it('refuses a mutation over GET with 405, even with the CSRF header, and a GET without that header with 403', async () => {
    const mutation = new URLSearchParams({ query: 'mutation { __typename }' });
    const withHeader = await yoga.fetch(`http://test/graphql?${mutation}`, {
      headers: { 'x-graphql-yoga-csrf': '1' },
    });
    expect(withHeader.status).toBe(405);
    const read = new URLSearchParams({ query: '{ __typename }' });
    expect((await yoga.fetch(`http://test/graphql?${read}`)).status).toBe(403);
    const allowed = await yoga.fetch(`http://test/graphql?${read}`, {
      headers: { 'x-graphql-yoga-csrf': '1' },
    });
    expect([allowed.status, await allowed.json()]).toEqual([200, { data: { __typename: 'Query' } }]);
  });

  it('tags responses with a request id', async () => {
    const res = await yoga.fetch(
      'http://test/graphql',
      post(JSON.stringify({ query: '{ __typename }' }), { 'x-request-id': 'abc-123' }),
    );
    expect(res.headers.get('x-request-id')).toBe('abc-123');
  });
});

describe('production switch', () => {
  const { gql, yoga } = testApp({ PRODUCTION: 'true' });

  it('turns off GraphiQL, introspection and field suggestions', async () => {
    const page = await yoga.fetch('http://test/graphql', { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toContain('graphiql');
    const intro = await gql('{ __schema { types { name } } }');
    expect(intro.errors?.[0]?.message).toMatch(/introspection/i);
    const typo = await gql('{ entty(id: "x") { id } }');
    expect(typo.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });
});
