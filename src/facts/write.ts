import type { Db, Tx } from '../neo4j/db';
import type { PreparedArticle } from './prepared';

export type Status = 'created' | 'updated' | 'unchanged';
export interface Counts {
  created: number;
  updated: number;
  unchanged: number;
  removed: number;
}
export interface ArticleReport {
  article: string;
  status: Status;
  entities: Counts;
  events: Counts;
  relationships: Counts;
}

const zero = (): Counts => ({ created: 0, updated: 0, unchanged: 0, removed: 0 });
const tally = (rows: { status: Status; n: number }[], into: Counts) => {
  for (const r of rows) into[r.status] += r.n;
  return into;
};

/**
 * Writes one article in one transaction: all of it or none of it. A sheet loaded again unchanged
 * writes nothing. An edited sheet replaces what this article claims: its old evidence is removed,
 * its new claims written, and claims no article supports any more are dropped; other articles'
 * evidence is never touched. Every step is one batched (UNWIND) statement.
 */
export function writeArticle(db: Db, p: PreparedArticle): Promise<ArticleReport> {
  return db.writeTx(async (tx: Tx) => {
    const report: ArticleReport = {
      article: p.article.id,
      status: 'unchanged',
      entities: zero(),
      events: zero(),
      relationships: zero(),
    };
    const [prior] = await tx.run<{ hash: string | null }>('ingest/article-hash', { id: p.article.id });
    if (prior?.hash === p.article.hash) {
      report.entities.unchanged = p.entities.length;
      report.events.unchanged = p.events.length;
      report.relationships.unchanged = p.relations.length;
      return report;
    }
    report.status = prior?.hash ? 'updated' : 'created';
    const article = p.article.id;
    tally(await tx.run('ingest/entities', { entities: p.entities }), report.entities);
    await tx.run('ingest/article', {
      id: article,
      props: p.article.props,
      hash: p.article.hash,
      publisher: p.article.publisher,
    });
    const [before] = await tx.run<{ events: string[]; relations: string[] }>('ingest/retract', { article });
    await tx.run('ingest/unlink', { article, events: before?.events ?? [] });
    tally(await tx.run('ingest/events', { events: p.events }), report.events);
    await tx.run('ingest/event-links', { article, events: p.events });
    tally(await tx.run('ingest/relations', { relations: p.relations }), report.relationships);
    await tx.run('ingest/evidence', { article, evidence: p.evidence });
    const [ev] = await tx.run<{ removed: number }>('ingest/prune-events', { ids: before?.events ?? [] });
    const [rel] = await tx.run<{ removed: number }>('ingest/prune-relations', {
      ids: before?.relations ?? [],
    });
    report.events.removed = ev?.removed ?? 0;
    report.relationships.removed = rel?.removed ?? 0;
    return report;
  });
}
