import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { freePort } from '../src/neo4j/local-server';
import { openService, type Service } from '../src/service';
import { capturedLogger, runCypher, testConfig } from './helpers';

/**
 * The embedded Neo4j killed with SIGKILL under a running service (opened as `npm start` opens it,
 * on a Neo4j of its own): the crash is logged with the tail of Neo4j's log, the server is started
 * again, /ready comes back with no restart of the service, and no acknowledged write is lost.
 */
const MUTATION = 'mutation($sheet: JSON!) { ingestFactSheet(sheet: $sheet) { article status } }';
const sheet = parse(readFileSync(new URL('./fixtures/sheets/alpha.yaml', import.meta.url), 'utf8'));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('supervision of the embedded Neo4j', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kg-supervise-'));
  const { logger, lines } = capturedLogger();
  let service: Service;

  beforeAll(async () => {
    const config = testConfig({
      LOG_LEVEL: 'info',
      LOCAL_NEO4J_DIR: dir,
      LOCAL_NEO4J_PORT: String(await freePort()),
      LOCAL_NEO4J_HEAP: '256m',
      LOCAL_NEO4J_PAGECACHE: '32m',
      LOCAL_NEO4J_RESTART_MIN_MS: '500',
      SEED_ON_EMPTY: 'false',
      // Generous time limits: a cold server plans its first queries slowly; this test is about crashes.
      NEO4J_READ_TIMEOUT_MS: '60000',
      NEO4J_WRITE_TIMEOUT_MS: '60000',
      NEO4J_CONNECT_TIMEOUT_MS: '2000',
    });
    service = await openService(config, logger);
  });
  afterAll(async () => {
    await service?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const ready = async () => (await service.yoga.fetch('http://test/ready')).status;
  let next = 0;
  /** One ingestFactSheet of a new article; its id when the service acknowledged it, else the error code. */
  const write = async (): Promise<{ id?: string; code?: unknown }> => {
    const id = `fx-sup-${next++}`;
    const res = await service.yoga.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer test-write-token-0123456789' },
      body: JSON.stringify({
        query: MUTATION,
        variables: { sheet: { ...sheet, article: { ...sheet.article, id } } },
      }),
    });
    const body = (await res.json()) as {
      data?: { ingestFactSheet: { status: string } | null };
      errors?: { extensions?: { code?: unknown } }[];
    };
    return body.data?.ingestFactSheet?.status === 'created'
      ? { id }
      : { code: body.errors?.[0]?.extensions?.code };
  };

  it('restarts a killed Neo4j; /ready comes back and every acknowledged write is kept', async () => {
    expect(await ready()).toBe(200);
    const acknowledged: string[] = [];
    const refused: unknown[] = [];
    for (let i = 0; i < 5; i++) {
      const r = await write();
      expect(r.id).toBeDefined();
      acknowledged.push(r.id as string);
    }

    // Writes go on, one after another, through the kill and the restart.
    let writing = true;
    const writer = (async () => {
      while (writing) {
        const r = await write();
        if (r.id) acknowledged.push(r.id);
        else refused.push(r.code);
        await sleep(50);
      }
    })();
    await sleep(300);
    const killed = service.local?.pid ?? 0;
    expect(killed).toBeGreaterThan(0);
    const killedAt = Date.now();
    const ackedBeforeKill = acknowledged.length;
    process.kill(killed, 'SIGKILL');

    let sawDown = false;
    let status = 0;
    while (Date.now() - killedAt < 180_000) {
      status = await ready();
      if (status !== 200) sawDown = true;
      else if (sawDown) break;
      await sleep(250);
    }
    const recoverySeconds = (Date.now() - killedAt) / 1000;
    expect([sawDown, status]).toEqual([true, 200]);
    // /ready can answer as soon as the new server takes connections, a moment before the
    // supervisor's own start-up check returns and records the new process: wait for that (bounded).
    const recordBy = Date.now() + 60_000;
    while (service.local?.pid === killed && Date.now() < recordBy) await sleep(100);
    const ackedAtRecovery = acknowledged.length;
    while (acknowledged.length < ackedAtRecovery + 3) await sleep(100);
    writing = false;
    await writer;
    console.log(
      `supervisor: Neo4j pid ${killed} killed after ${ackedBeforeKill} acknowledged writes; /ready 200 again after ${recoverySeconds.toFixed(1)} s (new pid ${service.local?.pid}); ${acknowledged.length} writes acknowledged in all, ${refused.length} refused while it was down`,
    );

    expect(service.local?.pid).not.toBe(killed);
    expect(new Set(refused)).toEqual(new Set(refused.length ? ['SERVICE_UNAVAILABLE'] : []));
    const found = await runCypher(service.db, 'MATCH (a:Article) WHERE a.id IN $ids RETURN a.id AS id', {
      ids: acknowledged,
    });
    expect(found.records.map((r) => r.get('id') as string).sort()).toEqual([...acknowledged].sort());

    const crash = lines.find((l) => l.level === 50 && /exited with SIGKILL; restarting it/.test(l.msg));
    expect(crash?.pid).toBe(killed);
    expect((crash?.log as string[] | undefined)?.length).toBeGreaterThan(0);
    expect(lines.some((l) => l.level === 30 && /The local Neo4j is back/.test(l.msg))).toBe(true);
    // /ready was probed many times while down, but each change of state is logged once.
    expect(lines.filter((l) => /^not ready: /.test(l.msg)).length).toBe(1);
    expect(lines.filter((l) => /^ready: /.test(l.msg)).length).toBe(2); // at start, and on recovery
  }, 300_000);
});
