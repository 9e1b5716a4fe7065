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
  return byKey(ids, await db.readOnce<ArticleRow>('article/by-ids', { ids }), (r) => r.id);
}

/** Ids of the events each article gives evidence for, in timeline order. */
export async function eventIdsOfArticles(db: Db, ids: readonly string[]) {
  const rows = await db.readOnce<{ article: string; event: string }>('article/events', { ids });
  return groupByKey(ids, rows, (r) => r.article).map((list) => list.map((r) => r.event));
}

/** How a piece of evidence was obtained: a fact sheet's verified quote, or GDELT's machine coding. */
export const EVIDENCE_METHODS = ['CURATED', 'MACHINE_CODED'] as const;
export type EvidenceMethod = (typeof EVIDENCE_METHODS)[number];

export interface EvidenceRow {
  claim: string;
  id: string;
  article: string;
  quote: string | null;
  startOffset: number | null;
  endOffset: number | null;
  language: string | null;
  attributedTo: string | null;
  method: EvidenceMethod;
  /** Machine-coded mentions: GDELT's sentence number, character offsets and confidence (0–100). */
  sentence: number | null;
  actor1Offset: number | null;
  actor2Offset: number | null;
  actionOffset: number | null;
  confidence: number | null;
}

/**
 * A piece of evidence from the properties a statement read (those not read are null); a missing
 * method is CURATED, as for evidence written before methods were recorded.
 */
export function evidenceRow(
  claim: string,
  id: string,
  article: string,
  p: Record<string, unknown>,
): EvidenceRow {
  const value = <T>(k: string) => (p[k] ?? null) as T | null;
  return {
    claim,
    id,
    article,
    quote: value('quote'),
    startOffset: value('startOffset'),
    endOffset: value('endOffset'),
    language: value('language'),
    attributedTo: value('attributedTo'),
    method: value<EvidenceMethod>('method') ?? 'CURATED',
    sentence: value('sentence'),
    actor1Offset: value('actor1Offset'),
    actor2Offset: value('actor2Offset'),
    actionOffset: value('actionOffset'),
    confidence: value('confidence'),
  };
}

/** Evidence of a batch of claims (event or relationship ids), one list per claim. */
export async function evidenceOf(db: Db, claims: readonly string[]) {
  return groupByKey(claims, await db.readOnce<EvidenceRow>('evidence/by-claims', { claims }), (r) => r.claim);
}
