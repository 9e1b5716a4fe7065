import { groupByKey } from '../batch';
import type { Db } from '../neo4j/db';

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

/** Evidence of a batch of claims (event or relationship ids), one list per claim. */
export async function evidenceOf(db: Db, claims: readonly string[]) {
  return groupByKey(claims, await db.read<EvidenceRow>('evidence/by-claims', { claims }), (r) => r.claim);
}
