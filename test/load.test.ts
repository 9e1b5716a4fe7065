import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import autocannon from 'autocannon';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app';
import { testConfig, testDb } from './helpers';

/**
 * Hardening 8: a bounded load run on loopback — the real app behind node:http, 10 connections
 * cycling timeline pages, entity searches and paths — ends with no errors and stable memory. The
 * numbers it prints are the load the README cites.
 */
const CONNECTIONS = 10;
const ROUND_SECONDS = 6;
// Measured: +0.4 and +0.9 MB between the rounds (after forced collections); the bound leaves room for GC noise.
const MAX_HEAP_GROWTH_MB = 10;

/** Forces a full collection when V8 lets us (no --expose-gc needed); otherwise does nothing. */
function collect(): void {
  try {
    setFlagsFromString('--expose-gc');
    (runInNewContext('gc') as () => void)();
  } catch {
    // measurements stay valid, only noisier
  }
}

const gqlBody = (query: string, variables: Record<string, unknown> = {}) =>
  JSON.stringify({ query, variables });
const PAGE = `query Page($after: String, $filter: TimelineFilter) {
  timeline(first: 3, after: $after, filter: $filter) {
    edges { cursor node { id title when { edtf start end precision } participants { role entity { id name } } } }
    pageInfo { hasNextPage endCursor }
  } }`;
const SEARCH =
  'query S($q: String!) { searchEntities(query: $q, first: 5) { score matched entity { id kind name } } }';
const PATHS = `query C($from: ID!, $to: ID!) {
  connections(from: $from, to: $to, maxHops: 3, first: 3) { truncatedBy paths { length steps { from { id } to { id } via { __typename } } } } }`;

describe('load on loopback', () => {
  const db = testDb();
  const app = createApp({ db, config: testConfig(), logger: pino({ level: 'silent' }) });
  let server: Server;
  let url = '';

  beforeAll(async () => {
    server = createServer(app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  async function post(
    body: string,
  ): Promise<{ status: number; data?: Record<string, unknown>; errors?: unknown[] }> {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    return { status: res.status, ...((await res.json()) as object) };
  }

  it('holds timeline, search and path queries from 10 connections with no errors and stable memory', async () => {
    // The mix: timeline pages of 3 (cursors taken from a first walk), a filtered timeline, searches
    // in Latin and Arabic script (and a misspelling), and shortest paths between seed entities.
    const cursors: (string | null)[] = [null];
    for (let i = 0; i < 3; i++) {
      const r = await post(gqlBody(PAGE, { after: cursors[i] }));
      const info = (r.data?.timeline as { pageInfo: { hasNextPage: boolean; endCursor: string } } | undefined)
        ?.pageInfo;
      expect(r.errors).toBeUndefined();
      if (!info?.hasNextPage) break;
      cursors.push(info.endCursor);
    }
    expect(cursors.length).toBeGreaterThanOrEqual(2);
    const bodies = [
      ...cursors.map((after) => gqlBody(PAGE, { after })),
      gqlBody(PAGE, { filter: { entities: ['turkey'], from: '2024-01-01', to: '2025-12-31' } }),
      gqlBody(SEARCH, { q: 'turkey' }),
      gqlBody(SEARCH, { q: 'تركيا' }),
      gqlBody(SEARCH, { q: 'aktruk' }),
      gqlBody(PATHS, { from: 'zeki-akturk', to: 'syria' }),
      gqlBody(PATHS, { from: 'yasar-guler', to: 'syrian-army' }),
    ];
    for (const body of bodies) {
      const r = await post(body);
      expect([r.status, r.errors], body).toEqual([200, undefined]);
    }

    const checked = { responses: 0, graphqlErrors: 0, example: '' };
    const onResponse = (status: number, body: string) => {
      checked.responses++;
      const parsed = JSON.parse(body) as { data?: unknown; errors?: unknown };
      if (status !== 200 || parsed.errors || !parsed.data) {
        checked.graphqlErrors++;
        checked.example ||= body.slice(0, 300);
      }
    };
    const round = () =>
      autocannon({
        url: `${url}/graphql`,
        connections: CONNECTIONS,
        duration: ROUND_SECONDS,
        timeout: 30,
        requests: bodies.map((body) => ({
          method: 'POST' as const,
          path: '/graphql',
          headers: { 'content-type': 'application/json' },
          body,
          onResponse,
        })),
      });

    const first = await round(); // warm-up: JIT, driver connection pool, query plans, caches
    collect();
    const afterFirst = process.memoryUsage().heapUsed;
    const second = await round();
    collect();
    const afterSecond = process.memoryUsage().heapUsed;

    const growthMb = (afterSecond - afterFirst) / 1048576;
    for (const [name, r] of [
      ['warm-up', first],
      ['measured', second],
    ] as const) {
      console.log(
        `load ${name}: ${CONNECTIONS} connections × ${r.duration.toFixed(1)} s, ${r.requests.total} requests, ` +
          `${r.requests.average.toFixed(0)} req/s, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, ` +
          `errors ${r.errors}, timeouts ${r.timeouts}, non-2xx ${r.non2xx}`,
      );
    }
    console.log(
      `heapUsed after warm-up ${(afterFirst / 1048576).toFixed(1)} MB, after measured round ${(afterSecond / 1048576).toFixed(1)} MB (${growthMb >= 0 ? '+' : ''}${growthMb.toFixed(1)} MB)`,
    );

    for (const r of [first, second]) {
      expect({ errors: r.errors, timeouts: r.timeouts, non2xx: r.non2xx }).toEqual({
        errors: 0,
        timeouts: 0,
        non2xx: 0,
      });
      expect(r['2xx']).toBeGreaterThan(bodies.length * CONNECTIONS);
    }
    expect(checked.graphqlErrors, checked.example).toBe(0);
    expect(checked.responses).toBeGreaterThanOrEqual(first['2xx'] + second['2xx'] - 2 * CONNECTIONS);
    expect(growthMb).toBeLessThan(MAX_HEAP_GROWTH_MB);

    // Still answering correctly afterwards.
    for (const body of bodies.slice(0, 1).concat(bodies.slice(-1))) {
      const r = await post(body);
      expect([r.status, r.errors], body).toEqual([200, undefined]);
    }
  }, 120_000);
});
