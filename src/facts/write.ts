import { Mutex } from 'async-mutex';
import type { Db, Tx } from '../neo4j/db';
import { reconcileTallies } from '../timeline/tallies';
import type { PreparedArticle } from './prepared';
import { SheetProblems } from './problems';
import { checkAgainstGraph, kindsIn } from './validate';

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
  return writers.runExclusive(() =>
    db.writeTx(async (tx: Tx) => {
      await lockAndCheck(tx, batch);
      return writeInTx(tx, batch);
    }),
  );
}

/**
 * One writer of facts at a time in this process (the others queue here instead of holding pool
 * connections while they wait for the lock); the lock node serialises writers across processes.
 */
const writers = new Mutex();

/**
 * Takes the facts write lock, then checks the batch's ids against the graph as this transaction
 * sees it: nothing the batch refers to can vanish, nor change kind, before it commits.
 */
async function lockAndCheck(tx: Tx, batch: PreparedArticle[]) {
  await tx.run('ingest/lock');
  const problems = await checkAgainstGraph(kindsIn(tx), batch);
  if (problems.length) throw new SheetProblems(problems, 'this batch was not written');
}

type Reports = Map<string, ArticleReport>;
type Former = { article: string; events: string[]; relations: string[] };

/** The batch's steps, in one transaction; each step is one UNWIND statement over the batch. */
async function writeInTx(tx: Tx, batch: PreparedArticle[]): Promise<ArticleReport[]> {
  const { reports, changed, updated } = await compareHashes(tx, batch);
  if (changed.length) {
    const former = await retractFormerClaims(tx, updated);
    await writeClaims(tx, changed, reports);
    const removed = await pruneUnsupported(tx, former, reports);
    await checkLinks(tx, changed, removed);
    // Histogram tallies of every event written, relinked or removed, in this same transaction.
    await reconcileTallies(tx, [
      ...changed.flatMap((p) => p.events.map((e) => e.id)),
      ...former.flatMap((f) => f.events),
    ]);
  }
  return [...reports.values()];
}

/** Which articles changed since they were last loaded (an unchanged one writes nothing). */
async function compareHashes(tx: Tx, batch: PreparedArticle[]) {
  const reports: Reports = new Map(batch.map((p) => [p.article.id, newReport(p.article.id)]));
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
  const updated = changed.filter((p) => before.get(p.article.id)).map((p) => p.article.id);
  return { reports, changed, updated };
}

/** An edited article's former evidence goes, and it is taken off the links of its former events. */
async function retractFormerClaims(tx: Tx, updated: string[]): Promise<Former[]> {
  if (!updated.length) return [];
  const former = await tx.run<Former>('ingest/retract', { articles: updated });
  await tx.run('ingest/unlink', {
    pairs: former.flatMap((f) => f.events.map((event) => ({ article: f.article, event }))),
  });
  return former;
}

/** Entities, articles, events and their links, relationships and evidence, tallied per article. */
async function writeClaims(tx: Tx, changed: PreparedArticle[], reports: Reports) {
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
}

/** Former events and relationships that no evidence supports any more are removed; returns their ids. */
async function pruneUnsupported(tx: Tx, former: Former[], reports: Reports): Promise<Set<string>> {
  if (!former.length) return new Set();
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
  return new Set([...(ev?.removed ?? []), ...(rel?.removed ?? [])]);
}

/** A link the batch meant to write, as ingest/missing-links checks it. */
interface Link {
  article: string;
  kind: 'publisher' | 'participant' | 'place' | 'related' | 'relationship' | 'supports' | 'attributed';
  from: string;
  to: string;
  role?: string;
}

function linksOf(p: PreparedArticle): Link[] {
  const article = p.article.id;
  const links: Link[] = [{ article, kind: 'publisher', from: article, to: p.article.publisher }];
  for (const e of p.events) {
    for (const x of e.participants)
      links.push({ article, kind: 'participant', from: x.entity, to: e.id, role: x.role });
    if (e.place) links.push({ article, kind: 'place', from: e.id, to: e.place });
    for (const r of e.related)
      links.push({ article, kind: 'related', from: e.id, to: r.event, role: r.type });
  }
  for (const v of p.evidence) {
    if (v.claimKind === 'EVENT') links.push({ article, kind: 'supports', from: v.id, to: v.claim });
    if (v.attributedTo) links.push({ article, kind: 'attributed', from: v.id, to: v.attributedTo });
  }
  return links;
}

/**
 * Proves the batch's links to what it pruned were all made (the link statements MATCH their ends,
 * and a referent missing there would drop a link without a word): any that is not fails the batch,
 * naming the article and the link, and the transaction rolls back. Only this batch's own pruning
 * can remove a referent here: every referent was checked under the lock (lockAndCheck), and every
 * statement that deletes nodes (ingest, GDELT import) runs under that lock. So links touching no
 * pruned id need no second look, and a batch that pruned nothing (all new articles) skips it.
 */
async function checkLinks(tx: Tx, changed: PreparedArticle[], removed: Set<string>) {
  if (!removed.size) return;
  const relationships = lastVersionPerId(
    changed.flatMap((p) => p.relations.map((r) => ({ ...r, article: p.article.id }))),
  ).map((r): Link => ({ article: r.article, kind: 'relationship', from: r.from, to: r.to, role: r.id }));
  const links = [...changed.flatMap(linksOf), ...relationships].filter(
    (l) => removed.has(l.from) || removed.has(l.to) || (l.role !== undefined && removed.has(l.role)),
  );
  if (!links.length) return;
  const missing = await tx.run<Link>('ingest/missing-links', { links });
  if (!missing.length) return;
  const fileOf = new Map(changed.map((p) => [p.article.id, p.file]));
  throw new SheetProblems(
    missing.map((l) => ({
      file: fileOf.get(l.article) ?? l.article,
      path: '',
      message: `the ${l.kind} link from "${l.from}" to "${l.to}" could not be made: one of them is not in the graph`,
    })),
    'this batch was not written',
  );
}

function newReport(article: string): ArticleReport {
  return { article, status: 'unchanged', entities: zero(), events: zero(), relationships: zero() };
}
