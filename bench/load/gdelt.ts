import { fileURLToPath } from 'node:url';
import { checkFiles, importGdelt } from '../../src/gdelt/import';
import { columnIndex, type GdeltEvent, parseEvent } from '../../src/gdelt/parse';
import { readRecords } from '../../src/gdelt/read';
import { eventRows } from '../../src/gdelt/rows';
import type { Db } from '../../src/neo4j/db';
import { reconcileTallies } from '../../src/timeline/tallies';
import { deleteNodes } from './delete';

export interface GdeltRate {
  rows: number;
  oursMs: number;
  rawMs: number;
}

/**
 * The raw limit for GDELT events: the same event, entity and article rows (built before the clock
 * starts) written by plain UNWIND … CREATE/MERGE statements of 1,000 rows, into distinct labels,
 * with no checks, resolution, versions or evidence; deleted afterwards.
 */
const RAW = {
  entities: 'UNWIND $rows AS x MERGE (e:RawGdeltEntity {id: x.id}) ON CREATE SET e += x.props',
  articles: 'UNWIND $rows AS x MERGE (a:RawGdeltArticle {id: x.id}) ON CREATE SET a += x.props',
  events: `UNWIND $rows AS x CREATE (e:RawGdeltEvent {id: x.id}) SET e += x.props, e.start = date(x.span.start),
    e.end = date(x.span.end), e.lo = date(x.span.lo), e.hi = date(x.span.hi), e.orderKey = x.span.sortKey + '|0|' + x.id
    WITH e, x UNWIND x.links AS l MATCH (n:RawGdeltEntity {id: l.entity}) CREATE (n)-[:RAW_GDELT_LINK {role: l.role}]->(e)`,
};

async function eventRowsOf(files: string[]) {
  const rows: ReturnType<typeof eventRows>[] = [];
  const { scanned } = await checkFiles(files);
  for (const s of scanned) {
    if (s.layout?.kind !== 'events') continue;
    const index = columnIndex(s.layout);
    let first = s.layout.header;
    for await (const chunk of readRecords(s.file))
      for (const r of chunk) {
        if (first) {
          first = false;
          continue;
        }
        const p = parseEvent(r, index);
        if (p.row) rows.push(eventRows(p.row as GdeltEvent));
      }
  }
  return rows;
}

/**
 * Removes what an import of GDELT files left: its nodes, then its events' tally counts and marks
 * (reconciled as deletions, as an ingest does), so the next import does all its work again and the
 * histograms measured afterwards count no deleted event.
 */
async function removeGdelt(db: Db): Promise<void> {
  const marked = await db.driver.executeQuery(
    "MATCH (m:TimelineTallyMark) WHERE m.event STARTS WITH 'gdelt-' RETURN m.event AS id",
    {},
    { database: db.database },
  );
  await deleteNodes(db, "n.id STARTS WITH 'gdelt-' OR n.claim STARTS WITH 'gdelt-'");
  const ids = marked.records.map((r) => r.get('id') as string);
  for (let i = 0; i < ids.length; i += 5_000)
    await db.writeTx((tx) => reconcileTallies(tx, ids.slice(i, i + 5_000)));
}

/** Our import (both passes, end to end) of the events files against the raw UNWIND of the same rows. */
export async function benchGdelt(db: Db, files: string[]): Promise<GdeltRate> {
  const run = (q: string, params: Record<string, unknown> = {}) =>
    db.driver.executeQuery(q, params, { database: db.database });
  await removeGdelt(db);
  const t0 = performance.now();
  const reports = await importGdelt(db, files);
  const oursMs = performance.now() - t0;
  const rows = reports.reduce((n, r) => n + (r.events ? r.rows - r.bad : 0), 0);

  const built = await eventRowsOf(files);
  const entities = new Map(
    built
      .flatMap(({ event }) => [
        ...event.participants.map((p) => p.entity),
        ...(event.place ? [event.place] : []),
      ])
      .map((e) => [e.id, { id: e.id, props: e.props }] as const),
  );
  const data = {
    entities: [...entities.values()],
    articles: [
      ...new Map(built.flatMap((b) => (b.article ? [[b.article.id, b.article] as const] : []))).values(),
    ].map((a) => ({ id: a.id, props: { ...a.props, published: null } })),
    events: built.map(({ event }) => ({
      id: event.id,
      props: event.props,
      span: event.span,
      links: [
        ...event.participants.map((p) => ({ entity: p.entity.id, role: p.role })),
        ...(event.place ? [{ entity: event.place.id, role: 'AT' }] : []),
      ],
    })),
  };
  for (const l of ['RawGdeltEntity', 'RawGdeltArticle'])
    await run(`CREATE INDEX raw_${l} IF NOT EXISTS FOR (n:${l}) ON (n.id)`);
  await run('CALL db.awaitIndexes(60)');
  const t1 = performance.now();
  for (const [name, statement] of Object.entries(RAW)) {
    const all = data[name as keyof typeof data];
    for (let i = 0; i < all.length; i += 1_000) await run(statement, { rows: all.slice(i, i + 1_000) });
  }
  const rawMs = performance.now() - t1;
  await deleteNodes(db, 'n:RawGdeltEntity OR n:RawGdeltArticle OR n:RawGdeltEvent');
  for (const l of ['RawGdeltEntity', 'RawGdeltArticle']) await run(`DROP INDEX raw_${l} IF EXISTS`);
  return { rows, oursMs, rawMs };
}

/** The GDELT sample shipped beside the repository (../shared). */
export const GDELT_SAMPLE = fileURLToPath(
  new URL('../../../shared/data/gdelt/gdeltpyr/events2samps.csv', import.meta.url),
);

/** A warm-up run (every statement planned once), then the measured one. */
export async function benchGdeltWarm(db: Db, files: string[]): Promise<GdeltRate> {
  await benchGdelt(db, files);
  return benchGdelt(db, files);
}

const perSec = (rows: number, ms: number) => Math.round((rows * 1000) / ms);

export function gdeltMarkdown(r: GdeltRate): string {
  return [
    '## GDELT import',
    '',
    '| load | rows | seconds | rows/s |',
    '|---|---|---|---|',
    `| npm run import:gdelt (read twice, check every row, resolve actors, versions, evidence) | ${r.rows} | ${(r.oursMs / 1000).toFixed(1)} | ${perSec(r.rows, r.oursMs)} |`,
    `| raw UNWIND of the same rows (built beforehand), distinct labels | ${r.rows} | ${(r.rawMs / 1000).toFixed(1)} | ${perSec(r.rows, r.rawMs)} |`,
    '',
    `ours / raw: ${(r.rawMs / r.oursMs).toFixed(2)}×`,
    '',
  ].join('\n');
}
