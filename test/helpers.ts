import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino, { type Logger } from 'pino';
import { afterAll, inject, onTestFinished } from 'vitest';
import { createApp } from '../src/app';
import { type Config, loadConfig } from '../src/config';
import { Db } from '../src/neo4j/db';
import { createDriver } from '../src/neo4j/driver';
import { reconcileTallies } from '../src/timeline/tallies';

/** A Db on the test server (generous time limits unless given); closed after the file's tests. */
export function testDb(timeouts = { readMs: 10_000, writeMs: 60_000 }): Db {
  const t = inject('neo4j');
  const db = new Db(createDriver({ ...t, connectTimeoutMs: 5_000 }), t.database, timeouts);
  afterAll(() => db.close());
  return db;
}

/** A fresh temporary folder for the running test, removed with everything in it when the test ends. */
export function scratchDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export interface LogLine {
  level: number;
  msg: string;
  [field: string]: unknown;
}

/** A pino logger whose lines are kept, parsed, in `lines` (pino levels: 30 info, 40 warn, 50 error). */
export function capturedLogger(level = 'info') {
  const lines: LogLine[] = [];
  const logger = pino({ level }, { write: (line: string) => void lines.push(JSON.parse(line) as LogLine) });
  return { logger, lines };
}

export function testConfig(env: Record<string, string> = {}): Config {
  return loadConfig({ LOG_LEVEL: 'silent', WRITE_TOKEN: 'test-write-token-0123456789', ...env });
}

export interface GqlResult<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
}

/** The app over the test server, driven through `yoga.fetch` as a client would. */
export function testApp(
  env: Record<string, string> = {},
  logger: Logger = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
) {
  const config = testConfig(env);
  const db = testDb({ readMs: config.neo4j.readTimeoutMs, writeMs: config.neo4j.writeTimeoutMs });
  const yoga = createApp({ db, config, logger });
  async function gql<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    headers: Record<string, string> = {},
  ): Promise<GqlResult<T>> {
    const res = await yoga.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, ...((await res.json()) as object) };
  }
  return { db, yoga, config, gql };
}

/**
 * Ad-hoc Cypher a test sets up or inspects the graph with, straight through the driver (the
 * service's own statements go through Db and cypher/).
 */
export function runCypher(db: Db, statement: string, params: Record<string, unknown> = {}) {
  return db.driver.executeQuery(statement, params, { database: db.database });
}

/** Node and relationship counts of the whole graph. */
export async function graphCounts(db: Db): Promise<{ nodes: number; relationships: number }> {
  const r = await runCypher(
    db,
    'MATCH (n) WITH count(n) AS nodes RETURN nodes, COUNT { ()-[]->() } AS relationships',
  );
  const row = r.records[0];
  return { nodes: Number(row?.get('nodes')), relationships: Number(row?.get('relationships')) };
}

/** Removes what test fixtures (ids starting "fx-") wrote. */
export async function removeFixtures(db: Db): Promise<void> {
  await runCypher(
    db,
    "MATCH (n) WHERE (n:Node AND n.id STARTS WITH 'fx-') OR (n:Evidence AND n.article STARTS WITH 'fx-') DETACH DELETE n",
  );
  await forgetRemovedEvents(db, 'fx-');
}

/**
 * Takes events a test removed by hand (ids starting with `prefix`) off the timeline tallies, as the
 * ingest does for events it removes, so the graph is as it was before the test.
 */
export async function forgetRemovedEvents(db: Db, prefix: string): Promise<void> {
  const r = await runCypher(
    db,
    'MATCH (m:TimelineTallyMark) WHERE m.event STARTS WITH $prefix RETURN collect(m.event) AS ids',
    { prefix },
  );
  const ids = (r.records[0]?.get('ids') ?? []) as string[];
  await db.writeTx((tx) => reconcileTallies(tx, ids));
}
