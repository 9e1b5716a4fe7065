import { describe, expect, it } from 'vitest';
import { testApp } from './helpers';

// Operations run as compiled functions (graphql-jit); these pin what must not change with that.
describe('operation execution', () => {
  const { yoga } = testApp();
  const run = async (body: Record<string, unknown>) => {
    const res = await yoga.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return (await res.json()) as { data?: Record<string, unknown>; errors?: { message: string }[] };
  };

  it('runs the operation named in the request when one document holds several', async () => {
    const query = 'query A { a: __typename } query B { b: __typename }';
    // The same document text twice, so the second request reuses whatever the first one cached.
    expect(await run({ query, operationName: 'A' })).toEqual({ data: { a: 'Query' } });
    expect(await run({ query, operationName: 'B' })).toEqual({ data: { b: 'Query' } });
    expect(await run({ query, operationName: 'A' })).toEqual({ data: { a: 'Query' } });
  });

  it('gives the same answer to the same operation sent twice', async () => {
    const query = 'query Same($n: Int!) { timeline(first: $n) { edges { node { id } } } }';
    const first = await run({ query, variables: { n: 2 } });
    expect(first.errors).toBeUndefined();
    expect(await run({ query, variables: { n: 2 } })).toEqual(first);
  });

  it('refuses a variable of the wrong type with the usual message', async () => {
    const out = await run({
      query: 'query Bad($n: Int!) { timeline(first: $n) { edges { node { id } } } }',
      variables: { n: 'many' },
    });
    expect(out.data).toBeUndefined();
    expect(out.errors?.[0]?.message).toMatch(/Variable "\$n" got invalid value "many"/);
  });
});
