import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { Command } from 'commander';
import { LOCAL_NEO4J_MEMORY } from '../src/config';
import { createCorpus } from './corpus/generate';
import { measureDateParse } from './date-parse';
import { benchGdeltWarm, GDELT_SAMPLE, gdeltMarkdown } from './load/gdelt';
import { dropAll, ingestOurs, takeEvents } from './load/ours';
import { dropRaw, ingestRaw } from './load/raw';
import { measureShapes } from './measure-shapes';
import { markdown, type Results } from './report';
import { forkServers } from './servers/fork';
import { type BenchNeo4j, startBenchNeo4j } from './setup';
import { shapeParams } from './shapes/params';
import { SHAPES } from './shapes/shapes';

const opts = new Command('bench')
  .option('--quick', 'sizes 1k and 10k events, 5 s per measurement (a few minutes)')
  .option('--seed <n>', 'corpus seed', '42')
  .option('--connections <n>', 'concurrent connections', '10')
  .option('--heap <size>', 'Neo4j heap', LOCAL_NEO4J_MEMORY.heap)
  .option('--pagecache <size>', 'Neo4j page cache', LOCAL_NEO4J_MEMORY.pageCache)
  .option(
    '--large <n>',
    'events at the large size (default 200000, 10000 with --quick; 1000000 for the graph targets)',
  )
  .option('--profile', 'write V8 CPU profiles of the servers to bench/results/profiles')
  .option('--sizes <small,large>', 'the two graph sizes in events (default 10000,200000; quick 1000,10000)')
  .option('--seconds <n>', 'seconds per measurement (default 10; quick 5)')
  .option('--only <keys>', 'measure only these shapes (comma-separated keys, e.g. timeline20,histogram)')
  .parse()
  .opts<{
    quick?: boolean;
    seed: string;
    connections: string;
    heap: string;
    pagecache: string;
    large?: string;
    profile?: boolean;
    sizes?: string;
    seconds?: string;
    only?: string;
  }>();

function sizesOf(given: string | undefined): [number, number] {
  const defaults: [number, number] = opts.quick ? [1_000, 10_000] : [10_000, 200_000];
  if (!given && opts.large) return check(defaults[0], Number(opts.large), `${defaults[0]},${opts.large}`);
  if (!given) return defaults;
  const [a, b] = given.split(',').map(Number);
  return check(a, b, given);
}
function check(a: number | undefined, b: number | undefined, given: string): [number, number] {
  if (!a || !b || !Number.isInteger(a) || !Number.isInteger(b) || a < 100 || b <= a)
    throw new Error(
      `--sizes takes two whole numbers of events, small then large (e.g. 10000,1000000), got "${given}"`,
    );
  return [a, b];
}
const [small, large] = sizesOf(opts.sizes);
const seconds = opts.seconds ? Number(opts.seconds) : opts.quick ? 5 : 10;
const only = opts.only ? new Set(opts.only.split(',')) : null;
const shapes = only ? SHAPES.filter((s) => only.has(s.key)) : SHAPES;
const connections = Number(opts.connections);
const log = (line: string) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}`);
const cleanups: (() => Promise<unknown>)[] = [];
const cleanup = async () => {
  for (let f = cleanups.pop(); f; f = cleanups.pop()) await f().catch((e) => log(`cleanup: ${e}`));
};
process.once('SIGINT', () => {
  log('Interrupted: stopping the servers and Neo4j…');
  void cleanup().finally(() => process.exit(130));
});

async function graphSize(neo: BenchNeo4j) {
  const count = async (label: string) =>
    Number(
      (
        await neo.db.driver.executeQuery(
          `MATCH (n:${label}) RETURN count(n) AS n`,
          {},
          { database: neo.db.database },
        )
      ).records[0]?.get('n'),
    );
  const [articles, events, entities, evidence] = await Promise.all(
    ['Article', 'Event', 'Entity', 'Evidence'].map(count),
  );
  return { articles, events, entities, evidence } as Record<string, number>;
}

async function main() {
  const started = Date.now();
  log(
    `${opts.quick ? 'Quick' : 'Full'} run: ${small} → ${large} events, ${seconds} s per measurement, ${connections} connections`,
  );
  // Date parsing first, on a quiet process: it needs neither Neo4j nor the servers.
  const dateParse = measureDateParse();
  log(
    `date parsing: worst ${dateParse.worst.ms.toFixed(0)} ms per 100k characters (${dateParse.worst.input})`,
  );
  const neo = await startBenchNeo4j({ heap: opts.heap, pageCache: opts.pagecache, log });
  cleanups.push(() => neo.stop());
  const corpus = createCorpus({ seed: Number(opts.seed), events: large });
  const p = shapeParams(corpus);
  const progress = (what: string) => (d: { events: number; ms: number }) =>
    log(`${what}: ${d.events} events, ${((d.events * 1000) / d.ms).toFixed(0)} events/s`);

  const sheets = corpus.sheets();
  // Warm-up for every load alike: each runs once on the same rows, which are then removed, so that
  // none is measured on a colder server (JIT, plan cache) than another. Ours runs first on the fresh
  // server: that first load is what a new user sees, and is reported as such.
  const oursCold = await ingestOurs(neo.db, corpus.sheets(), small, progress('first ingest (ours, cold)'));
  await dropAll(neo.db);
  await ingestRaw(neo.db, takeEvents(corpus.sheets(), small));
  await dropRaw(neo.db);
  await ingestRaw(neo.db, takeEvents(corpus.sheets(), small), 'graph');
  await dropRaw(neo.db);
  const ours = await ingestOurs(neo.db, sheets, small, progress('ingest (ours)'));
  const raw = await ingestRaw(neo.db, takeEvents(corpus.sheets(), small));
  log(`raw UNWIND load: ${raw.events} events, ${((raw.events * 1000) / raw.ms).toFixed(0)} events/s`);
  await dropRaw(neo.db);
  const rawIndexed = await ingestRaw(neo.db, takeEvents(corpus.sheets(), small), 'graph');
  log(
    `raw UNWIND load with the graph's indexes: ${rawIndexed.events} events, ${((rawIndexed.events * 1000) / rawIndexed.ms).toFixed(0)} events/s`,
  );
  await dropRaw(neo.db);
  // GDELT import of the shared sample against a raw UNWIND of the same rows (when the sample is there).
  const gdelt = existsSync(GDELT_SAMPLE) ? await benchGdeltWarm(neo.db, [GDELT_SAMPLE]) : undefined;
  if (gdelt)
    log(
      `GDELT import: ${gdelt.rows} rows in ${(gdelt.oursMs / 1000).toFixed(1)} s, raw UNWIND ${(gdelt.rawMs / 1000).toFixed(1)} s`,
    );
  const sizes = { small: await graphSize(neo), large: {} as Record<string, number> };

  const servers = await forkServers(neo.target, Boolean(opts.profile));
  cleanups.push(servers.stop);
  const { ports } = servers;
  const plan = { seconds, connections, log };
  log(`Measuring at the small size (${sizes.small.events} events)…`);
  const smallCells = await measureShapes(plan, ports, p, shapes, ['ours', 'raw', 'best', 'neo']);

  // Growing to the large size goes through the same ingest, fed 100 sheets at a time.
  const rest = await ingestOurs(neo.db, sheets, large - ours.events, progress('direct load to large'), 100);
  sizes.large = await graphSize(neo);
  log(`Measuring at the large size (${sizes.large.events} events)…`);
  const largeCells = await measureShapes(plan, ports, p, shapes, ['ours', 'raw', 'best', 'neo']);

  const results: Results = {
    settings: {
      mode: opts.quick ? 'quick' : 'full',
      seed: opts.seed,
      'seconds per measurement': seconds,
      connections,
      'Neo4j heap': opts.heap,
      'page cache': opts.pagecache,
      ...(only ? { shapes: [...only].join(' ') } : {}),
    },
    sizes,
    ingest: { ours, raw, rawIndexed, oursToLarge: rest, oursCold },
    gdelt,
    large: largeCells as Results['large'],
    small: smallCells as Results['small'],
    dateParse,
    startedAt: new Date(started).toISOString(),
    minutes: (Date.now() - started) / 60_000,
  };
  const md = gdelt ? `${markdown(results)}\n${gdeltMarkdown(gdelt)}` : markdown(results);
  mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
  writeFileSync(new URL('./results/latest.md', import.meta.url), `${md}\n`);
  writeFileSync(
    new URL('./results/latest.json', import.meta.url),
    `${JSON.stringify({ ...results, params: p }, null, 2)}\n`,
  );
  console.log(md);
}

try {
  await main();
} finally {
  await cleanup();
}
