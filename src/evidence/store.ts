import { groupByKey } from '../batch';
import type { Db } from '../neo4j/db';

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
