import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config';

describe('config', () => {
  it('has working defaults for the embedded setup', () => {
    const c = loadConfig({});
    expect(c.http).toEqual({ host: '127.0.0.1', port: 4000, maxBodyBytes: 1_000_000, corsOrigins: [] });
    expect(c.neo4j.uri).toBeUndefined();
    expect(c.neo4j.database).toBe('neo4j');
    expect(c.local).toMatchObject({ port: 7687, dir: '.neo4j', heap: '4g', pageCache: '8g' });
    expect(c.graphiql).toBe(true);
    expect(c.seedOnEmpty).toBe(true);
  });

  it('reports every problem at once, each with the variable name', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', LOG_LEVEL: 'loud', NEO4J_URI: 'http://x', LOCAL_NEO4J_HEAP: 'lots' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    for (const name of ['PORT', 'LOG_LEVEL', 'NEO4J_URI', 'LOCAL_NEO4J_HEAP'])
      expect(problems).toContain(name);
    expect((error as ConfigError).problems).toHaveLength(4);
  });

  it('needs a password with an external NEO4J_URI, and accepts routing URIs', () => {
    expect(() => loadConfig({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io' })).toThrow(/NEO4J_PASSWORD/);
    const c = loadConfig({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io', NEO4J_PASSWORD: 'pw' });
    expect(c.neo4j.uri).toBe('neo4j+s://abc.databases.neo4j.io');
  });

  it('turns GraphiQL off in production unless asked for', () => {
    expect(loadConfig({ PRODUCTION: 'true' }).graphiql).toBe(false);
    expect(loadConfig({ PRODUCTION: 'true', GRAPHIQL: 'true' }).graphiql).toBe(true);
  });

  it('refuses short tokens', () => {
    expect(() => loadConfig({ WRITE_TOKEN: 'short' })).toThrow(/WRITE_TOKEN: must be at least 16 characters/);
  });
});
