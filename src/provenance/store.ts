import { byKey, groupByKey } from '../batch';
import type { Localized } from '../localized';
import type { Db } from '../neo4j/db';

export interface ArticleRow {
  id: string;
  url: string | null;
  /** The full text, when the sheet gave it (evidence offsets index into it). */
  text: string | null;
  language: string;
  published: string;
  publisher: string;
  titles: Localized[];
}

export async function articlesByIds(db: Db, ids: readonly string[]) {
  return byKey(ids, await db.read<ArticleRow>('article/by-ids', { ids }), (r) => r.id);
}

/** Ids of the events each article gives evidence for, in timeline order. */
export async function eventIdsOfArticles(db: Db, ids: readonly string[]) {
  const rows = await db.read<{ article: string; event: string }>('article/events', { ids });
  return groupByKey(ids, rows, (r) => r.article).map((list) => list.map((r) => r.event));
}

export interface EvidenceRow {
  claim: string;
  id: string;
  article: string;
  quote: string | null;
  startOffset: number | null;
  endOffset: number | null;
  language: string | null;
  attributedTo: string | null;
}

/** Evidence of a batch of claims (event or relationship ids), one list per claim. */
export async function evidenceOf(db: Db, claims: readonly string[]) {
  return groupByKey(claims, await db.read<EvidenceRow>('evidence/by-claims', { claims }), (r) => r.claim);
}
