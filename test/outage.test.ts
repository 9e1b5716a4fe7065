import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app';
import { Db } from '../src/neo4j/db';
import { createDriver } from '../src/neo4j/driver';
import { freePort, type LocalServer, startLocal, stopLocal } from '../src/neo4j/local-server';
import { migrate } from '../src/neo4j/migrate';
import { capturedLogger, testConfig } from './helpers';

/** A Neo4j of its own (the shared one must stay up), stopped and started under a running app. */
describe('when Neo4j goes away and comes back', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kg-outage-'));
  let port = 0;
  let server: LocalServer;
  let db: Db;
  let app: ReturnType<typeof createApp>;
  const { logger, lines } = capturedLogger();
  const start = () =>
    startLocal({
      dir,
      port,
      heap: '256m',
      pageCache: '32m',
      startupTimeoutMs: 120_000,
      log: () => undefined,
    });

  beforeAll(async () => {
    port = await freePort();
    server = await start();
    // Generous time limits: a cold server plans its first queries slowly, and this test is about outages.
    db = new Db(createDriver({ ...server, connectTimeoutMs: 2_000 }), 'neo4j', {
      readMs: 60_000,
      writeMs: 60_000,
    });
    await migrate(db);
    app = createApp({ db, config: testConfig(), logger });
  });
  afterAll(async () => {
    await db?.close();
    await stopLocal(dir);
    rmSync(dir, { recursive: true, force: true });
  });

  const timed = async <T>(fn: () => T | Promise<T>) => {
    const t0 = Date.now();
    const value = await fn();
    return { value, seconds: (Date.now() - t0) / 1000 };
  };
  const query = async (): Promise<Response> =>
    await app.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'outage-query' },
      body: JSON.stringify({ query: '{ timeline(first: 1) { edges { cursor } } }' }),
    });

  it('answers 503 on /ready and SERVICE_UNAVAILABLE on queries, without hanging, and recovers with no restart', async () => {
    expect((await app.fetch('http://test/ready')).status).toBe(200);
    expect(await (await query()).json()).toEqual({ data: { timeline: { edges: [] } } });
    await stopLocal(dir);

    const ready = await timed(() => app.fetch('http://test/ready'));
    expect(ready.value.status).toBe(503);
    expect(ready.seconds).toBeLessThan(10); // a bound on hanging, not a performance target

    const down = await timed(async () => (await query()).json());
    expect((down.value as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe(
      'SERVICE_UNAVAILABLE',
    );
    expect(down.seconds).toBeLessThan(15);
    expect((await app.fetch('http://test/health')).status).toBe(200);
    expect((await app.fetch('http://test/ready')).status).toBe(503);
    // The outage is logged: the query's error with its request id, and /ready's cause once.
    expect(lines.find((l) => l.code === 'SERVICE_UNAVAILABLE')).toMatchObject({
      level: 40,
      requestId: 'outage-query',
      path: ['timeline'],
    });
    const notReady = lines.filter((l) => /^not ready: /.test(l.msg));
    expect(notReady).toHaveLength(1);
    expect(notReady[0]?.cause).toMatch(/unavailable/i);

    server = await start();
    let status = 0;
    for (let i = 0; i < 40 && status !== 200; i++) {
      status = (await app.fetch('http://test/ready')).status;
      if (status !== 200) await new Promise((r) => setTimeout(r, 500));
    }
    expect(status).toBe(200);
    expect(await (await query()).json()).toEqual({ data: { timeline: { edges: [] } } });
    expect(lines.filter((l) => /^ready: /.test(l.msg))).toHaveLength(2); // at first, and on recovery
  }, 240_000);
});
