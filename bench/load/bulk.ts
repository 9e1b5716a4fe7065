import { checkSheet, type LoadedSheet } from '../../src/facts/load';
import { orderForWrite } from '../../src/facts/order';
import { SheetProblems } from '../../src/facts/problems';
import { validateBatch } from '../../src/facts/validate';
import type { Db } from '../../src/neo4j/db';
import type { SheetInput } from '../corpus/generate';
import type { LoadResult } from './ours';

const lastById = <T extends { id: string }>(rows: T[]) => [...new Map(rows.map((r) => [r.id, r])).values()];

/**
 * Direct load for big sizes: validates each batch like the ingest (prepare + references), then
 * writes it with the ingest's own statements (cypher/queries/ingest/*) in ONE transaction per
 * batch, entities, events and relationships of all its articles in one UNWIND each. It skips the
 * hash check, retract, unlink and prune steps, which do nothing for articles new to the graph —
 * so it only loads new articles (the bench's growing corpus), and writes the same graph.
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
    const ordered = orderForWrite(v.prepared);
    await db.writeTx(async (tx) => {
      await tx.run('ingest/entities', { entities: lastById(ordered.flatMap((p) => p.entities)) });
      for (const p of ordered)
        await tx.run('ingest/article', {
          id: p.article.id,
          props: p.article.props,
          hash: p.article.hash,
          publisher: p.article.publisher,
        });
      await tx.run('ingest/events', { events: ordered.flatMap((p) => p.events) });
      for (const p of ordered)
        await tx.run('ingest/event-links', { article: p.article.id, events: p.events });
      await tx.run('ingest/relations', { relations: lastById(ordered.flatMap((p) => p.relations)) });
      for (const p of ordered)
        await tx.run('ingest/evidence', { article: p.article.id, evidence: p.evidence });
    });
    done.articles += batch.length;
    done.events += v.prepared.reduce((n, p) => n + p.events.length, 0);
    done.ms = performance.now() - t0;
    onBatch?.({ ...done });
  }
  return done;
}
