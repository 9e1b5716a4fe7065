import { describe, expect, it } from 'vitest';
import { testApp } from './helpers';

describe('health and readiness', () => {
  const { yoga } = testApp();

  it('answers /health while the process lives', async () => {
    const res = await yoga.fetch('http://test/health');
    expect(res.status).toBe(200);
  });

  it('answers /ready with 200 when Neo4j is reachable and migrated', async () => {
    const res = await yoga.fetch('http://test/ready');
    expect(res.status).toBe(200);
  });

  it('serves GraphiQL at /graphql to browsers', async () => {
    const res = await yoga.fetch('http://test/graphql', { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('graphiql');
  });
});
