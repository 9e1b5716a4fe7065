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

type StatusRow = { article: string; status: Status; n: number };
const zero = (): Counts => ({ created: 0, updated: 0, unchanged: 0, removed: 0 });
/**
 * Rows shared by several articles of a batch are written once: with the last article's data (a
 * later sheet wins, as it would one transaction later), reported under the first article.
 */
function lastVersionPerId<T extends { id: string; article: string }>(rows: T[]): T[] {
  const byId = new Map<string, T>();
  for (const r of rows) byId.set(r.id, { ...r, article: byId.get(r.id)?.article ?? r.article });
  return [...byId.values()];
}

/**
 * Writes a batch of articles in one transaction, so each article is all or nothing. Sheets loaded
 * again unchanged write nothing. An edited sheet replaces what its article claims: its old
 * evidence is removed, its new claims written, and claims no article supports any more are
 * dropped; other articles' evidence is never touched. Each step is one UNWIND statement for the
 * whole batch, so the round trips do not grow with the number of articles or facts.
 */
export function writeBatch(db: Db, batch: PreparedArticle[]): Promise<ArticleReport[]> {
  return db.writeTx(async (tx: Tx) => {
    const reports = new Map(batch.map((p) => [p.article.id, newReport(p.article.id)]));
    const hashes = await tx.run<{ id: string; hash: string | null }>('ingest/article-hashes', {
      ids: [...reports.keys()],
    });
    const before = new Map(hashes.map((h) => [h.id, h.hash]));
    const changed = batch.filter((p) => before.get(p.article.id) !== p.article.hash);
    for (const p of batch) {
      const r = reports.get(p.article.id) as ArticleReport;
      if (changed.includes(p)) r.status = before.get(p.article.id) ? 'updated' : 'created';
      else
        Object.assign(r, {
          entities: { ...zero(), unchanged: p.entities.length },
          events: { ...zero(), unchanged: p.events.length },
          relationships: { ...zero(), unchanged: p.relations.length },
        });
    }
    if (!changed.length) return [...reports.values()];

    const rows = <T>(pick: (p: PreparedArticle) => T[]) =>
      changed.flatMap((p) => pick(p).map((x) => ({ ...x, article: p.article.id })));
    const tally = (result: StatusRow[], kind: 'entities' | 'events' | 'relationships') => {
      for (const row of result) (reports.get(row.article) as ArticleReport)[kind][row.status] += row.n;
    };
    tally(
      await tx.run<StatusRow>('ingest/entities', { entities: lastVersionPerId(rows((p) => p.entities)) }),
      'entities',
    );
    await tx.run('ingest/articles', {
      articles: changed.map((p) => ({
        id: p.article.id,
        props: p.article.props,
        hash: p.article.hash,
        publisher: p.article.publisher,
      })),
    });
    const updated = changed.filter((p) => before.get(p.article.id)).map((p) => p.article.id);
    const former = updated.length
      ? await tx.run<{ article: string; events: string[]; relations: string[] }>('ingest/retract', {
          articles: updated,
        })
      : [];
    if (former.length)
      await tx.run('ingest/unlink', {
        pairs: former.flatMap((f) => f.events.map((event) => ({ article: f.article, event }))),
      });
    tally(
      await tx.run<StatusRow>('ingest/events', { events: lastVersionPerId(rows((p) => p.events)) }),
      'events',
    );
    await tx.run('ingest/event-links', { events: rows((p) => p.events) });
    tally(
      await tx.run<StatusRow>('ingest/relations', { relations: lastVersionPerId(rows((p) => p.relations)) }),
      'relationships',
    );
    await tx.run('ingest/evidence', { evidence: rows((p) => p.evidence) });
    if (former.length) {
      const unique = (ids: string[]) => [...new Set(ids)];
      const [ev] = await tx.run<{ removed: string[] }>('ingest/prune-events', {
        ids: unique(former.flatMap((f) => f.events)),
      });
      const [rel] = await tx.run<{ removed: string[] }>('ingest/prune-relations', {
        ids: unique(former.flatMap((f) => f.relations)),
      });
      for (const f of former) {
        const r = reports.get(f.article) as ArticleReport;
        r.events.removed = f.events.filter((id) => ev?.removed.includes(id)).length;
        r.relationships.removed = f.relations.filter((id) => rel?.removed.includes(id)).length;
      }
    }
    return [...reports.values()];
  });
}

function newReport(article: string): ArticleReport {
  return { article, status: 'unchanged', entities: zero(), events: zero(), relationships: zero() };
}
