import type { Db, Tx } from '../neo4j/db';
import { SPAN_CLASSES } from './link-keys';

/** Events reconciled per statement when tallies are rebuilt for a whole graph. */
const REBUILD_BATCH = 2_000;

/**
 * Brings the timeline tallies (cypher/migrations/V0006) and the time keys of the events' links
 * (V0007, link-keys.ts) up to date for events a write transaction created, changed, relinked or
 * removed; called inside that transaction, so both commit or roll back with the events.
 * Idempotent: an event already counted and keyed as it is writes nothing.
 */
export async function reconcileTallies(tx: Tx, eventIds: Iterable<string>): Promise<void> {
  const ids = [...new Set(eventIds)].sort();
  for (let i = 0; i < ids.length; i += REBUILD_BATCH)
    await tx.run('timeline/tally-events', { ids: ids.slice(i, i + REBUILD_BATCH), classes: SPAN_CLASSES });
}

/**
 * Whether the tallies count every event there is and every event's links are keyed
 * (link-keys.ts). They are when every write of events went through the ingest and the GDELT
 * import; a graph loaded before tallies or keys existed, or changed by hand, is not, and
 * histograms and pages then read the events (same answers, slower) until rebuildTallies runs.
 */
export async function talliesReady(db: Db): Promise<boolean> {
  const [row] = await db.read<{ ready: boolean }>('timeline/tallies-ready');
  return row?.ready ?? false;
}

/**
 * Recounts the tallies of every event, and of every event that was counted and is gone, in
 * transactions of REBUILD_BATCH events, each under the facts write lock (writers wait, and their own
 * reconciliation commits before or after a batch, never inside it). Returns how many it looked at.
 */
export async function rebuildTallies(db: Db, log: (line: string) => void = () => {}): Promise<number> {
  let after = '';
  let seen = 0;
  for (;;) {
    const ids = await db.writeTx(async (tx) => {
      await tx.run('ingest/lock');
      const [row] = await tx.run<{ ids: string[] }>('timeline/tally-rebuild-ids', {
        after,
        limit: REBUILD_BATCH,
      });
      const batch = row?.ids ?? [];
      await reconcileTallies(tx, batch);
      return batch;
    });
    if (!ids.length) {
      // Every event's links are keyed now too (tally-events keys them): pages may read the keys.
      await db.writeTx(async (tx) => {
        await tx.run('ingest/lock');
        await tx.run('timeline/tallies-keyed');
      });
      return seen;
    }
    seen += ids.length;
    after = ids.at(-1) as string;
    if (seen % (REBUILD_BATCH * 25) === 0) log(`timeline tallies: ${seen} events recounted`);
  }
}

/**
 * Recounts the tallies unless they already count every event (or `force`): what start-up and
 * `npm run tallies` both do. Returns how many events were recounted and how long it took, or null
 * when nothing needed recounting.
 */
export async function recountTalliesIfNeeded(
  db: Db,
  { force = false, log = () => {} }: { force?: boolean; log?: (line: string) => void } = {},
): Promise<{ events: number; ms: number } | null> {
  if (!force && (await talliesReady(db))) return null;
  const started = Date.now();
  const events = await rebuildTallies(db, log);
  return { events, ms: Date.now() - started };
}
