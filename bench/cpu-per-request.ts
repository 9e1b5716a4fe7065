import { readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { createApp } from '../src/app';
import { LOCAL_NEO4J_MEMORY, loadConfig } from '../src/config';
import { Db, type Params, type Query } from '../src/neo4j/db';
import { createCorpus } from './corpus/generate';
import { ingestOurs } from './load/ours';
import { startBenchNeo4j } from './setup';
import { BEST } from './shapes/best-statements';
import { shapeParams } from './shapes/params';
import { autoCommitRun, RAW, type Run } from './shapes/raw-sequences';
import { SHAPES } from './shapes/shapes';

/**
 * Where a request's CPU goes, on one client with nothing else running: the CPU time of this process
 * (Node) and of the Neo4j server (from /proc) per request, for our API (`yoga.fetch`, so without the
 * HTTP server), for our API with every database read answered from a recording (what GraphQL, Yoga
 * and our resolvers cost alone), for our statements replayed through the driver (raw) and for the
 * best statement. Under the bench's 10 connections on two cores every request waits for CPU, so
 * requests/s follow the CPU a request costs, client's and servers' together; this table says how
 * much of that our API adds, and so how near the best statement any page can get with this stack.
 * `npm run bench:cpu` writes bench/results/cpu-per-request.md.
 */
const EVENTS = Number(process.env.CPU_EVENTS ?? 10_000);
const REQUESTS = Number(process.env.CPU_REQUESTS ?? 500);
const ROUNDS = Number(process.env.CPU_ROUNDS ?? 4);
const KEYS = ['timeline20', 'timeline100', 'timelineFiltered', 'histogram', 'searchArabic'];
const log = (line: string) => console.error(`[cpu ${new Date().toISOString().slice(11, 19)}] ${line}`);

/** CPU milliseconds a process has used so far (utime + stime, from /proc/<pid>/stat). */
function processCpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name, which is in parentheses and may hold spaces.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14 and 15)
  return (ticks * 1000) / 100; // USER_HZ is 100 on Linux
}

/**
 * The executor with its single reads answered from a recording of the same request's reads: every
 * read is deep-copied out, as the driver would hand over fresh rows; the copy's cost is measured
 * apart and taken off. A request that reads any other way fails the measurement.
 */
class ReplayDb extends Db {
  private readonly recorded = new Map<string, unknown[]>();
  recording = true;

  override async readOnce<T = Record<string, unknown>>(query: Query, params: Params = {}): Promise<T[]> {
    const key = JSON.stringify([typeof query === 'string' ? query : query.text, params]);
    if (this.recording) {
      const rows = await super.readOnce<T>(query, params);
      this.recorded.set(key, structuredClone(rows));
      return rows;
    }
    const rows = this.recorded.get(key);
    if (!rows) throw new Error(`replay: a read that was not recorded (${key.slice(0, 120)})`);
    return structuredClone(rows) as T[];
  }

  override readTx<R>(): Promise<R> {
    throw new Error('replay: the measured shapes read in single auto-commit reads only');
  }

  /** Starts a new recording (the next request's reads). */
  record(): void {
    this.recorded.clear();
    this.recording = true;
  }

  copies(): unknown[][] {
    return [...this.recorded.values()];
  }
}

interface Cell {
  nodeMs: number;
  neo4jMs: number;
  wallMs: number;
}

async function once(neo4jPid: number, work: () => Promise<unknown>): Promise<Cell> {
  const [t0, node0, neo0] = [performance.now(), process.cpuUsage(), processCpuMs(neo4jPid)];
  for (let i = 0; i < REQUESTS; i++) await work();
  const node = process.cpuUsage(node0);
  return {
    nodeMs: (node.user + node.system) / 1000 / REQUESTS,
    neo4jMs: (processCpuMs(neo4jPid) - neo0) / REQUESTS,
    wallMs: (performance.now() - t0) / REQUESTS,
  };
}

/**
 * Each cell's CPU per request: every cell warmed up, then ROUNDS rounds that measure every cell in
 * turn, the cheapest round kept for each process. The JVM keeps compiling and collecting in the
 * background for minutes after a load, and whichever cell ran first would pay for it alone.
 */
async function measureAll<K extends string>(
  neo4jPid: number,
  cells: Record<K, () => Promise<unknown>>,
): Promise<Record<K, Cell>> {
  const entries = Object.entries(cells) as [K, () => Promise<unknown>][];
  for (const [, work] of entries) for (let i = 0; i < Math.min(200, REQUESTS); i++) await work();
  const rounds = new Map<K, Cell[]>(entries.map(([k]) => [k, []]));
  for (let r = 0; r < ROUNDS; r++)
    for (const [k, work] of entries) rounds.get(k)?.push(await once(neo4jPid, work));
  const least = (all: Cell[], k: keyof Cell) => Math.min(...all.map((c) => c[k]));
  return Object.fromEntries(
    [...rounds].map(([k, all]) => [
      k,
      { nodeMs: least(all, 'nodeMs'), neo4jMs: least(all, 'neo4jMs'), wallMs: least(all, 'wallMs') },
    ]),
  ) as Record<K, Cell>;
}

/** Waits until the Neo4j server is idle (under 2 % of a core for 2 s) after the load. */
async function settle(neo4jPid: number): Promise<void> {
  for (let i = 0; i < 60; i++) {
    const before = processCpuMs(neo4jPid);
    await new Promise((r) => setTimeout(r, 2_000));
    if (processCpuMs(neo4jPid) - before < 40) return;
  }
}

const neo = await startBenchNeo4j({ ...LOCAL_NEO4J_MEMORY, log });
try {
  const { pid } = JSON.parse(readFileSync(join(neo.dir, 'neo4j.state.json'), 'utf8')) as { pid: number };
  const corpus = createCorpus({ seed: 42, events: EVENTS });
  log(`loading ${EVENTS} events`);
  await ingestOurs(neo.db, corpus.sheets(), EVENTS);
  await settle(pid);
  const p = shapeParams(corpus);
  const config = loadConfig({ LOG_LEVEL: 'silent', GRAPHIQL: 'false' });
  const logger = pino({ level: 'silent' });
  const app = createApp({ db: neo.db, config, logger });
  const replayDb = new ReplayDb(neo.db.driver, neo.db.database, { readMs: 30_000, writeMs: 30_000 });
  const replayApp = createApp({ db: replayDb, config, logger });
  const run = autoCommitRun(neo.db.driver, neo.db.database);
  // The same statements through our executor (src/neo4j/db.ts) instead of the bare driver.
  const viaExecutor: Run = (query, params) => neo.db.readOnce(query, params);
  const post = (target: typeof app, body: string) => async () => {
    const response = await target.fetch('http://bench/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    const text = await response.text();
    if (!text.startsWith('{"data"') || text.includes('"errors"')) throw new Error(text.slice(0, 300));
    return text;
  };

  const rows: string[] = [];
  for (const key of KEYS) {
    const shape = SHAPES.find((s) => s.key === key);
    const raw = RAW[key];
    const best = BEST[key];
    if (!shape || !raw || !best) throw new Error(`no shape ${key}`);
    const body = JSON.stringify(shape.ours(p));
    log(key);
    replayDb.record();
    await post(replayApp, body)();
    replayDb.recording = false;
    const before = { queries: neo.db.queries, transactions: neo.db.transactions };
    await post(app, body)();
    const reads = `${neo.db.queries - before.queries} / ${neo.db.transactions - before.transactions}`;
    const cells = await measureAll(pid, {
      ours: post(app, body),
      layer: post(replayApp, body),
      copy: async () => replayDb.copies().map((r) => structuredClone(r)),
      raw: async () => JSON.stringify(await raw(run, null as never, p)),
      executor: async () => JSON.stringify(await raw(viaExecutor, null as never, p)),
      best: async () => JSON.stringify(await best(run, p)),
    });
    const layer = Math.max(0, cells.layer.nodeMs - cells.copy.nodeMs);
    const total = (c: Cell) => c.nodeMs + c.neo4jMs;
    const f = (n: number) => n.toFixed(2);
    const floor = (total(cells.best) + layer) / total(cells.best);
    rows.push(
      `| ${shape.label} | ${reads} | ${f(cells.ours.nodeMs)} + ${f(cells.ours.neo4jMs)} = ${f(total(cells.ours))} | ` +
        `${f(layer)} | ${f(cells.raw.nodeMs)} + ${f(cells.raw.neo4jMs)} = ${f(total(cells.raw))} | ` +
        `${f(cells.best.nodeMs)} + ${f(cells.best.neo4jMs)} = ${f(total(cells.best))} | ` +
        `${f(cells.executor.nodeMs)} + ${f(cells.executor.neo4jMs)} = ${f(total(cells.executor))} | ` +
        `${(total(cells.ours) / total(cells.best)).toFixed(2)}× | ${floor.toFixed(2)}× | ` +
        `${f(cells.ours.wallMs)} / ${f(cells.best.wallMs)} |`,
    );
  }
  const [l1, l5, l15] = loadavg().map((n) => n.toFixed(2));
  const md = `# CPU per request

Measured by \`npm run bench:cpu\` on ${new Date().toISOString().slice(0, 10)}: the bench corpus at ${EVENTS} events
(seed 42) loaded through our ingest, one client; every cell of a shape warmed up with 200 requests, then ${ROUNDS} rounds that each
measure every cell with ${REQUESTS} requests in turn, the cheapest round kept for each process. Load average ${l1} / ${l5} / ${l15} at the end.
CPU in ms per request: this process (Node) + the Neo4j
server's JVM (from /proc). Our API is called through \`yoga.fetch\`: the bench's HTTP server adds
to it, not to the best statement's bare one.

- **ours**: our API, as the bench's read shapes ask it.
- **GraphQL layer**: our API with every database read answered from a recording of the same
  request's reads (Yoga, the plugins, GraphQL execution, our resolvers and the JSON), less the cost
  of copying the recorded rows out.
- **raw**: our statements replayed through the driver, rows as JSON; **best**: the best single
  statement for the shape, rows as JSON.
- **floor**: (best's CPU + the GraphQL layer's) / best's CPU: how near the best statement a
  request through this API can get when CPU is what requests wait for (two cores under load), even
  with a statement and rows as cheap as the best one's.

| shape | ours: statements / transactions | ours: Node + Neo4j = CPU | GraphQL layer (Node) | raw: Node + Neo4j | best: Node + Neo4j | raw through our executor | ours / best CPU | floor | wall ms, ours / best |
|---|---|---|---|---|---|---|---|---|---|
${rows.join('\n')}
`;
  writeFileSync(new URL('./results/cpu-per-request.md', import.meta.url), md);
  console.log(md);
} finally {
  await neo.stop();
}
