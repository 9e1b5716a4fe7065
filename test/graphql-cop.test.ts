import { describe, expect, it } from 'vitest';
import { MAX_VALIDATION_ERRORS } from '../src/http/limits';
import { testApp } from './helpers';

/**
 * The checks of graphql-cop (dolevf/graphql-cop, a GraphQL security auditor), each sent as that tool
 * sends it (no CSRF header, its own user agent) and judged by its own rule, against a
 * PRODUCTION=true app: none may find anything. The real tool is run by hand (see SECURITY.md).
 */
describe('graphql-cop checks on a production instance', () => {
  const { yoga } = testApp({ PRODUCTION: 'true' });
  const headers = { 'user-agent': 'graphql-cop/1.15' };
  const url = 'http://test/graphql';
  // biome-ignore lint/suspicious/noExplicitAny: answers of any shape are probed, as the tool does
  type Json = Record<string, any>;

  const post = async (payload: unknown): Promise<Json> => {
    const res = await yoga.fetch(url, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify(payload),
    });
    return (await res.json()) as Json;
  };
  const query = (q: string) => post({ query: q, operationName: 'cop' });
  const get = async (q: string): Promise<Json | undefined> => {
    const res = await yoga.fetch(`${url}?${new URLSearchParams({ query: q })}`, { headers });
    return (await res.json().catch(() => undefined)) as Json | undefined;
  };

  it('Directive Overloading: ten duplicated directives do not give ten errors', async () => {
    const r = await query('query cop { __typename @aa@aa@aa@aa@aa@aa@aa@aa@aa@aa }');
    expect(r.errors).toHaveLength(MAX_VALIDATION_ERRORS + 1);
    expect(r.errors.at(-1).message).toMatch(/Too many validation errors/);
    const many = await query(`query cop { __typename ${'@aa'.repeat(200)} }`);
    expect(many.errors?.length).toBeGreaterThan(0);
    expect(many.errors?.length).toBeLessThanOrEqual(MAX_VALIDATION_ERRORS + 1);
  });

  it('Alias Overloading: 101 aliases are refused', async () => {
    const aliases = Array.from({ length: 101 }, (_, i) => `alias${i}:__typename \n`).join('');
    const r = await query(`query cop { ${aliases} }`);
    expect(r.data?.alias100).toBeUndefined();
    expect(r.errors?.[0]?.extensions?.limit).toBe('aliases');
  });

  it('Array-based Query Batching: ten operations in one array are refused', async () => {
    const r = await post(Array.from({ length: 10 }, () => ({ query: 'query cop { __typename }' })));
    expect(Array.isArray(r)).toBe(false);
    expect(r.errors?.length).toBeGreaterThan(0);
  });

  it('Field Suggestions: a misspelt field gets no "Did you mean"', async () => {
    const r = await query('query cop { __schema { directive } }');
    expect(r.errors?.[0]?.message).toBeDefined();
    expect(JSON.stringify(r)).not.toContain('Did you mean');
  });

  it('Introspection and the introspection-based circular query are refused', async () => {
    const intro = await query('query cop { __schema { types { name fields { name } } } }');
    expect(intro.data?.__schema).toBeUndefined();
    const circular = await query(
      'query cop { __schema { types { fields { type { fields { type { fields { type { fields { type { name } } } } } } } } } } }',
    );
    expect(circular.data?.__schema).toBeUndefined();
    expect(circular.errors?.[0]?.message).toMatch(/introspection/i);
  });

  it('GraphQL IDE: no GraphiQL page', async () => {
    const res = await yoga.fetch(url, { headers: { ...headers, accept: 'text/html' } });
    const text = await res.text();
    for (const word of ['graphiql.min.css', 'GraphQL Playground', 'GraphiQL', 'graphql-playground'])
      expect(text).not.toContain(word);
  });

  it('GET Method Query Support and Mutation over GET: refused without the CSRF header', async () => {
    expect((await get('query cop {__typename}'))?.data?.__typename).toBeUndefined();
    expect((await get('mutation cop {__typename}'))?.data?.__typename).toBeUndefined();
  });

  it('POST based url-encoded query: refused', async () => {
    const res = await yoga.fetch(url, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ query: 'query cop { __typename }' }).toString(),
    });
    expect(res.status).toBe(403);
    expect(((await res.json().catch(() => ({}))) as Json).data?.__typename).toBeUndefined();
  });

  it('Trace Mode and Unhandled Errors: no tracing, no exception details', async () => {
    const ok = await query('query cop { __typename }');
    expect(ok).toEqual({ data: { __typename: 'Query' } });
    const bad = await query('qwerty cop { abc }');
    expect(bad.errors?.[0]?.extensions?.exception).toBeUndefined();
    expect(JSON.stringify(bad).toLowerCase()).not.toMatch(/"(exception|tracing|stacktrace)"/);
  });
});
