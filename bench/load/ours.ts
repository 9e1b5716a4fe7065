import { ingestSheets } from '../../src/facts/ingest';
import { checkSheet } from '../../src/facts/load';
import type { Db } from '../../src/neo4j/db';
import type { SheetInput } from '../corpus/generate';
import { deleteNodes } from './delete';

export interface LoadResult {
  articles: number;
  events: number;
  ms: number;
}

/**
 * Loads sheets through our ingest exactly as `npm run ingest` does (schema check, batch validation
 * against the graph, batched transactions of whole articles), in slices so a 200k-event corpus never sits in
 * memory whole. Stops after `maxEvents` events (the bench grows one corpus from small to large).
 */
export async function ingestOurs(
  db: Db,
  sheets: Iterator<SheetInput>,
  maxEvents: number,
  onBatch?: (done: LoadResult) => void,
  batchSize = 250,
): Promise<LoadResult> {
  const done: LoadResult = { articles: 0, events: 0, ms: 0 };
  const t0 = performance.now();
  while (done.events < maxEvents) {
    const batch: SheetInput[] = [];
    let events = 0;
    while (batch.length < batchSize && done.events + events < maxEvents) {
      const next = sheets.next();
      if (next.done) break;
      batch.push(next.value);
      events += next.value.events?.length ?? 0;
    }
    if (!batch.length) break;
    // Corroboration is a derived step after the facts are in: not part of the load measured here.
    await ingestSheets(
      db,
      batch.map((s) => checkSheet(s, `${s.article.id}.json`)),
      { corroborate: false },
    );
    done.articles += batch.length;
    done.events += events;
    done.ms = performance.now() - t0;
    onBatch?.({ ...done });
  }
  return done;
}

/** Takes sheets off a generator until `events` events are taken (for the raw load of the same data). */
export function takeEvents(sheets: Iterator<SheetInput>, events: number): SheetInput[] {
  const out: SheetInput[] = [];
  let n = 0;
  while (n < events) {
    const next = sheets.next();
    if (next.done) break;
    out.push(next.value);
    n += next.value.events?.length ?? 0;
  }
  return out;
}

/** Empties the graph but for the migration records (after a warm-up load). */
export function dropAll(db: Db): Promise<void> {
  return deleteNodes(db, 'NOT n:__Migration');
}
