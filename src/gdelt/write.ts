import type { Db, Tx } from '../neo4j/db';
import { reconcileTallies } from '../timeline/tallies';
import { resolveEntities } from './resolve';
import type { ArticleRow, EntityRow, EventWriteRow, MentionWriteRow } from './rows';

export interface EventCounts {
  created: number;
  updated: number;
  unchanged: number;
  /** Rows older (by DATEADDED) than the version already stored: ignored. */
  older: number;
}
export interface MentionCounts {
  written: number;
  /** Mentions of events that are neither in the graph nor in the import: skipped. */
  orphans: number;
}

/** Of several rows for one event, the newest (DATEADDED) wins; on a tie the later row. */
function newest(rows: { event: EventWriteRow; article: ArticleRow | null }[]) {
  const byId = new Map<string, (typeof rows)[number]>();
  for (const r of rows) {
    const before = byId.get(r.event.id);
    if (!before || r.event.added >= before.event.added) byId.set(r.event.id, r);
  }
  return [...byId.values()];
}

async function writeArticles(tx: Tx, articles: ArticleRow[], resolved: Map<string, string>) {
  const unique = new Map(articles.map((a) => [a.id, a] as const));
  if (!unique.size) return;
  await tx.run('gdelt/articles', {
    articles: [...unique.values()].map((a) => ({
      id: a.id,
      props: a.props,
      publisher: resolved.get(a.publisher.id) ?? a.publisher.id,
    })),
  });
}

/**
 * Writes a batch of event rows in one transaction: new events and newer versions of stored ones;
 * rows equal to (or older than) what is stored write nothing, so a re-import changes nothing.
 */
export function writeEvents(
  db: Db,
  batch: { event: EventWriteRow; article: ArticleRow | null }[],
): Promise<EventCounts> {
  return db.writeTx(async (tx) => {
    // The facts write lock: no fact-sheet ingest interleaves with this batch (they share entities).
    await tx.run('ingest/lock');
    const counts: EventCounts = { created: 0, updated: 0, unchanged: 0, older: batch.length };
    const rows = newest(batch);
    counts.older -= rows.length; // superseded within the batch
    const stored = new Map(
      (
        await tx.run<{ id: string; added: string | null; hash: string | null }>('gdelt/event-versions', {
          ids: rows.map((r) => r.event.id),
        })
      ).map((v) => [v.id, v] as const),
    );
    const writes = rows.filter(({ event }) => {
      const before = stored.get(event.id);
      if (!before?.hash) return ++counts.created;
      if (before.added === null || event.added > before.added) return ++counts.updated;
      if (event.added === before.added && event.hash !== before.hash) return ++counts.updated;
      if (event.added < before.added) counts.older++;
      else counts.unchanged++;
      return false;
    });
    if (!writes.length) return counts;
    const entities: EntityRow[] = writes.flatMap(({ event, article }) => [
      ...event.participants.map((p) => p.entity),
      ...(event.place ? [event.place] : []),
      ...(article ? [article.publisher] : []),
    ]);
    const resolved = await resolveEntities(tx, entities);
    const id = (e: EntityRow) => resolved.get(e.id) ?? e.id;
    await writeArticles(
      tx,
      writes.flatMap((w) => (w.article ? [w.article] : [])),
      resolved,
    );
    await tx.run('gdelt/events', {
      events: writes.map(({ event }) => ({
        id: event.id,
        props: event.props,
        hash: event.hash,
        span: event.span,
        article: event.article,
        source: event.article ?? 'gdelt',
        place: event.place ? id(event.place) : null,
        participants: event.participants.map((p) => ({ entity: id(p.entity), role: p.role })),
      })),
    });
    // Histogram tallies of the events written, in this same transaction.
    await reconcileTallies(
      tx,
      writes.map((w) => w.event.id),
    );
    return counts;
  });
}

/** Writes a batch of mentions as evidence of the events they mention (those in the graph). */
export function writeMentions(db: Db, batch: MentionWriteRow[]): Promise<MentionCounts> {
  return db.writeTx(async (tx) => {
    await tx.run('ingest/lock');
    const [row] = await tx.run<{ found: string[] }>('gdelt/existing-events', {
      ids: [...new Set(batch.map((m) => m.claim))],
    });
    const found = new Set(row?.found ?? []);
    const mentions = batch.filter((m) => found.has(m.claim));
    const counts = { written: mentions.length, orphans: batch.length - mentions.length };
    if (!mentions.length) return counts;
    const resolved = await resolveEntities(
      tx,
      mentions.map((m) => m.article.publisher),
    );
    await writeArticles(
      tx,
      mentions.map((m) => m.article),
      resolved,
    );
    await tx.run('gdelt/mentions', {
      mentions: mentions.map((m) => ({ id: m.id, claim: m.claim, article: m.article.id, props: m.props })),
    });
    return counts;
  });
}
