import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config';
import { testApp } from './helpers';

const READ = 'read-token-0123456789abcdef';
const WRITE = 'test-write-token-0123456789';

describe('closed reads (READ_TOKEN set)', () => {
  const { gql } = testApp({ READ_TOKEN: READ });
  const q = '{ entity(id: "turkey") { id } }';

  it('refuses reads without a token, and with a wrong one', async () => {
    expect((await gql(q)).errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    const wrong = await gql(q, {}, { authorization: 'Bearer not-a-valid-token-at-all' });
    expect(wrong.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
  });

  it('closes introspection too, unless the token is given', async () => {
    const intro = '{ __schema { queryType { name } } }';
    expect((await gql(intro)).errors?.[0]?.message).toMatch(/introspection/i);
    expect((await gql(intro, {}, { authorization: `Bearer ${READ}` })).data).toEqual({
      __schema: { queryType: { name: 'Query' } },
    });
  });

  it('serves reads with the read token or the write token', async () => {
    expect((await gql(q, {}, { authorization: `Bearer ${READ}` })).data).toEqual({
      entity: { id: 'turkey' },
    });
    expect((await gql(q, {}, { authorization: `Bearer ${WRITE}` })).data).toEqual({
      entity: { id: 'turkey' },
    });
  });
});

describe('CORS', () => {
  const preflight = (origin: string) => ({
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'content-type',
    },
  });

  it('answers only the configured origins', async () => {
    const { yoga } = testApp({ CORS_ORIGINS: 'https://dash.example.org' });
    const ok = await yoga.fetch('http://test/graphql', preflight('https://dash.example.org'));
    expect(ok.headers.get('access-control-allow-origin')).toBe('https://dash.example.org');
    const query = await yoga.fetch('http://test/graphql', {
      method: 'POST',
      headers: { origin: 'https://dash.example.org', 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(query.headers.get('access-control-expose-headers')).toContain('x-request-id');
    const other = await yoga.fetch('http://test/graphql', preflight('https://evil.example.com'));
    expect(other.headers.get('access-control-allow-origin')).not.toBe('https://evil.example.com');
  });

  it('allows no cross-origin use by default', async () => {
    const { yoga } = testApp();
    const res = await yoga.fetch('http://test/graphql', preflight('https://dash.example.org'));
    expect(res.status).toBe(403);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('caps on what one request may ask', () => {
  const { gql } = testApp();

  it('bounds parseDates text, entities ids and timeline filter lists', async () => {
    const long = await gql('query($t: String!) { parseDates(text: $t, reference: "2025-07-23") { text } }', {
      t: 'x'.repeat(200_001),
    });
    expect(long.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'text' });
    const ids = Array.from({ length: 101 }, (_, i) => `e${i}`);
    const many = await gql('query($ids: [ID!]!) { entities(ids: $ids) { id } }', { ids });
    expect(many.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'ids' });
    const filter = await gql('query($ids: [ID!]) { timeline(filter: { entities: $ids }) { totalCount } }', {
      ids: ids.slice(0, 51),
    });
    expect(filter.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'filter.entities',
    });
  });

  it('bounds nested timelines even when page sizes come as variables', async () => {
    const q = `query($n: Int) { timeline(first: $n) { edges { node { participants { entity {
      timeline(first: $n) { totalCount } } } } } } }`;
    const r = await gql(q, { n: 100 });
    expect(
      r.errors?.some((e) => e.extensions?.code === 'BAD_USER_INPUT' && e.extensions?.argument === 'timeline'),
    ).toBe(true);
  });

  it('never echoes a rejected secret from the configuration', () => {
    expect(() => loadConfig({ WRITE_TOKEN: 'short-secret' })).toThrow(
      /WRITE_TOKEN: must be at least 16 characters$/m,
    );
    expect(() => loadConfig({ WRITE_TOKEN: 'short-secret' })).not.toThrow(/short-secret/);
  });
});
