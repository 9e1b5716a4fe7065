import { groupByKey } from '../batch';
import type { Db } from '../neo4j/db';
import { assess, MIN_SCORE, type Side } from './score';

export const REVIEW_STATUSES = ['CANDIDATE', 'CONFIRMED', 'REJECTED'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export interface CorroborationRow {
  event: string;
  other: string;
  score: number;
  reasons: string[];
  contradictions: string[];
  status: ReviewStatus;
}

/** Days by which two spans may miss each other and still be compared. */
const WINDOW_DAYS = 3;
/** Events compared with each event at most (blocking keeps this far below all pairs). */
const PER_EVENT = 20;
/** Events whose candidates are found and written in one transaction (keeps its memory small). */
const IDS_PER_TX = 100;

/**
 * Finds and scores candidate links for a batch of events (two statements per 100 events):
 * the pairs blocking yields are scored, those from MIN_SCORE up are written. Returns how many.
 */
export async function corroborate(db: Db, ids: string[]): Promise<number> {
  let written = 0;
  for (let i = 0; i < ids.length; i += IDS_PER_TX)
    written += await corroborateSome(db, ids.slice(i, i + IDS_PER_TX));
  return written;
}

function corroborateSome(db: Db, ids: string[]): Promise<number> {
  return db.writeTx(async (tx) => {
    const rows = await tx.run<{ sides: [Side, Side] }>('corroboration/candidates', {
      ids,
      days: WINDOW_DAYS,
      perEvent: PER_EVENT,
    });
    const links = new Map<string, Record<string, unknown>>();
    for (const { sides } of rows) {
      const [a, b] = sides[0].id < sides[1].id ? sides : [sides[1], sides[0]];
      const r = assess(a, b);
      if (r.score >= MIN_SCORE) links.set(`${a.id}|${b.id}`, { a: a.id, b: b.id, ...r });
    }
    if (links.size) await tx.run('corroboration/merge', { links: [...links.values()] });
    return links.size;
  });
}

export async function corroborationOf(db: Db, ids: readonly string[]) {
  return groupByKey(ids, await db.read<CorroborationRow>('corroboration/of-events', { ids }), (r) => r.event);
}

export async function review(db: Db, event: string, other: string, status: ReviewStatus) {
  const [row] = await db.write<CorroborationRow>('corroboration/review', { event, other, status });
  return row ?? null;
}
