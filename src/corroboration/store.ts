import { groupByKey } from '../batch';
import type { Db } from '../neo4j/db';
import { BLOCK_CAP, bestLinks, blocksOf, type Degree } from './blocking';
import type { Side } from './score';

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

/** Events compared in one round: blocks are shared by the round's events, and its memory bounded. */
const IDS_PER_ROUND = 5_000;
/** Rows per statement when reading sides and blocks, and links per write transaction. */
const CHUNK = 1_000;

export interface CorroborationReport {
  /** Links written or rescored. */
  links: number;
  /** Blocks with more than BLOCK_CAP events, of which only the first BLOCK_CAP were compared. */
  cutBlocks: number;
  /** Events with no blocking key (only one common entity, or none): compared with nothing. */
  unblocked: number;
}

const addReports = (a: CorroborationReport | undefined, b: CorroborationReport): CorroborationReport =>
  a
    ? { links: a.links + b.links, cutBlocks: a.cutBlocks + b.cutBlocks, unblocked: a.unblocked + b.unblocked }
    : b;

/**
 * Compares every event written since its last comparison (see V0005): those just written, and
 * those a run that stopped early (crash, kill) left behind. With `among`, only those of these
 * events that wait: an unchanged article sent again compares nothing.
 */
export async function corroboratePending(db: Db, among?: readonly string[]): Promise<CorroborationReport> {
  const pending = among
    ? await db.read<{ id: string }>('corroboration/pending-among', { ids: among })
    : await db.read<{ id: string }>('corroboration/pending');
  return corroborate(
    db,
    pending.map((r) => r.id),
  );
}

/**
 * Finds, scores and writes candidate links for events, 5,000 at a time: their sides and entity
 * degrees, the members of their blocks and those members' sides are read (a statement per 1,000),
 * the links chosen (blocking.ts), then written in one transaction that also drops the
 * events' candidate links no longer among their best. Reads and the write are separate
 * transactions: a link is a suggestion, rescored whenever either event changes.
 */
export async function corroborate(db: Db, ids: string[]): Promise<CorroborationReport> {
  let report: CorroborationReport | undefined;
  for (let i = 0; i < ids.length; i += IDS_PER_ROUND)
    report = addReports(report, await corroborateRound(db, ids.slice(i, i + IDS_PER_ROUND)));
  return report ?? { links: 0, cutBlocks: 0, unblocked: 0 };
}

type SideRow = { side: Side; degrees: Degree[]; token: string | null };

async function inChunks<T, R>(items: T[], run: (chunk: T[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(...(await run(items.slice(i, i + CHUNK))));
  return out;
}

async function corroborateRound(db: Db, ids: string[]): Promise<CorroborationReport> {
  const batch = await inChunks(ids, (chunk) => db.read<SideRow>('corroboration/sides', { ids: chunk }));
  const { blocks, keysByEvent } = blocksOf(batch);
  const found = await inChunks(blocks, (chunk) =>
    db.read<{ key: string; events: string[] }>('corroboration/blocks', { blocks: chunk, cap: BLOCK_CAP }),
  );
  const members = new Map(found.map(({ key, events }) => [key, events.slice(0, BLOCK_CAP)] as const));
  const sides = new Map(batch.map((r) => [r.side.id, r.side] as const));
  const missing = [...new Set([...members.values()].flat())].filter((id) => !sides.has(id));
  for (const r of await inChunks(missing, (chunk) => db.read<SideRow>('corroboration/sides', { ids: chunk })))
    sides.set(r.side.id, r.side);
  const links = bestLinks(
    batch,
    (id) => (keysByEvent.get(id) ?? []).flatMap((k) => members.get(k) ?? []),
    sides,
  );
  // Replaced in one transaction, so a reader never sees an event between its old links and new.
  const keep = links.map((l) => `${l.a}|${l.b}`);
  await db.writeTx(async (tx) => {
    for (let i = 0; i < ids.length; i += CHUNK)
      await tx.run('corroboration/prune', { ids: ids.slice(i, i + CHUNK), keep });
    for (let i = 0; i < links.length; i += CHUNK)
      await tx.run('corroboration/merge', { links: links.slice(i, i + CHUNK) });
    const done = batch.flatMap((r) => (r.token === null ? [] : [{ id: r.side.id, token: r.token }]));
    for (let i = 0; i < done.length; i += CHUNK)
      await tx.run('corroboration/done', { events: done.slice(i, i + CHUNK) });
  });
  return {
    links: links.length,
    cutBlocks: found.filter((f) => f.events.length > BLOCK_CAP).length,
    unblocked: [...keysByEvent.values()].filter((k) => !k.length).length,
  };
}

export async function corroborationOf(db: Db, ids: readonly string[]) {
  return groupByKey(
    ids,
    await db.readOnce<CorroborationRow>('corroboration/of-events', { ids }),
    (r) => r.event,
  );
}

export async function review(db: Db, event: string, other: string, status: ReviewStatus) {
  const [row] = await db.write<CorroborationRow>('corroboration/review', { event, other, status });
  return row ?? null;
}
