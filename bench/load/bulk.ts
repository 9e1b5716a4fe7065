import { checkSheet, type LoadedSheet } from '../../src/facts/load';
import { orderForWrite } from '../../src/facts/order';
import { SheetProblems } from '../../src/facts/problems';
import { validateBatch } from '../../src/facts/validate';
import { writeBatch } from '../../src/facts/write';
import type { Db } from '../../src/neo4j/db';
import type { SheetInput } from '../corpus/generate';
import type { LoadResult } from './ours';

/**
 * Direct load for big sizes: builds the sheets in memory (no files), validates each batch like the
 * ingest (prepare + references), and writes it with the ingest's own batched write (writeBatch),
 * in larger batches than `npm run ingest` uses.
 */
export async function bulkLoad(
  db: Db,
  sheets: Iterator<SheetInput>,
  maxEvents: number,
  onBatch?: (done: LoadResult) => void,
  batchSize = 100,
): Promise<LoadResult> {
  const done: LoadResult = { articles: 0, events: 0, ms: 0 };
  const t0 = performance.now();
  while (done.events < maxEvents) {
    const batch: SheetInput[] = [];
    for (let n = done.events; batch.length < batchSize && n < maxEvents; ) {
      const next = sheets.next();
      if (next.done) break;
      batch.push(next.value);
      n += next.value.events?.length ?? 0;
    }
    if (!batch.length) break;
    const loaded = batch.map((s) => checkSheet(s, `${s.article.id}.json`));
    const bad = loaded.filter(Array.isArray).flat();
    const v = await validateBatch(
      db,
      loaded.filter((l): l is LoadedSheet => !Array.isArray(l)),
    );
    if (bad.length || v.problems.length) throw new SheetProblems([...bad, ...v.problems]);
    await writeBatch(db, orderForWrite(v.prepared));
    done.articles += batch.length;
    done.events += v.prepared.reduce((n, p) => n + p.events.length, 0);
    done.ms = performance.now() - t0;
    onBatch?.({ ...done });
  }
  return done;
}
