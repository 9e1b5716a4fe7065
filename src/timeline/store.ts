import { type EventNode, eventRow, type ParticipantRow } from '../event/store';
import { compose } from '../neo4j/cypher';
import type { Db } from '../neo4j/db';
import type { EvidenceRow } from '../provenance/store';
import type { FilterPlan } from './filter';

/** Keyset bounds in order-key space: events strictly between them. */
export interface KeyBounds {
  above: string | null;
  below: string | null;
}

/** The lists of each event a page statement projects along with its rows (those the request selects). */
export interface PageLists {
  participants: boolean;
  evidence: boolean;
}

/** The tail fragments of a page statement: the page, the lists asked for, the rows in order. */
export function pageTail(descending: boolean, lists: PageLists): string[] {
  const order = descending ? 'desc' : 'asc';
  return [
    `page-${order}`,
    lists.participants ? 'with-participants' : 'without-participants',
    lists.evidence ? 'with-evidence' : 'without-evidence',
    `return-page-${order}`,
  ];
}

/** The statement of a page: the plan's match, its keyset bounds, the page and the lists asked for. */
export function pageStatement(plan: FilterPlan, bounds: KeyBounds, descending: boolean, lists: PageLists) {
  const predicates = [...plan.predicates];
  if (bounds.above !== null) predicates.push('where-key-above');
  if (bounds.below !== null) predicates.push('where-key-below');
  if (bounds.above === null && bounds.below === null) predicates.push('where-ordered');
  return compose('timeline', plan.source, predicates, pageTail(descending, lists));
}

type PageRow = { id: string; key: string } & EventNode & {
    participants: Omit<ParticipantRow, 'event'>[] | null;
    evidence: EvidenceRow[] | null;
  };

/**
 * One page of events in keyset order, with their rows and, in the same statement, the lists the
 * request selects (participants with their entities' rows, evidence); `descending` walks the
 * timeline backwards.
 */
export async function pageOfEvents(
  db: Db,
  plan: FilterPlan,
  bounds: KeyBounds,
  descending: boolean,
  limit: number,
  lists: PageLists = { participants: false, evidence: false },
) {
  if (plan.selectsNothing) return [];
  const statement = pageStatement(plan, bounds, descending, lists);
  const rows = await db.readOnce<PageRow>(statement, {
    ...plan.params,
    keyAbove: bounds.above,
    keyBelow: bounds.below,
    limit,
  });
  return rows.map((r) => {
    const event = eventRow(r.event, r.place);
    if (r.participants) event.participants = r.participants.map((p) => ({ ...p, event: r.id }));
    if (r.evidence) event.evidence = r.evidence;
    return { id: r.id, key: r.key, event };
  });
}

export async function countEvents(db: Db, plan: FilterPlan): Promise<number> {
  if (plan.selectsNothing) return 0;
  const [row] = await db.readOnce<{ n: number }>(
    compose('timeline', plan.source, plan.predicates, 'return-count'),
    plan.params,
  );
  return row?.n ?? 0;
}

export type Granularity = 'DAY' | 'WEEK' | 'MONTH' | 'YEAR';

export interface BucketRow {
  start: string;
  end: string;
  count: number;
  coarse: number;
}

/**
 * The non-empty buckets of the filter's events, in order: added up from the timeline tallies when
 * the filter is one they keep and they count every event, else counted from the events.
 */
export async function histogram(db: Db, plan: FilterPlan, granularity: Granularity): Promise<BucketRow[]> {
  if (plan.selectsNothing) return [];
  if (plan.tallyScopes) {
    const rows = await tallyHistogram(db, plan, granularity);
    // None: no event in the filter, or tallies that do not count every event; the events say which.
    if (rows.length) return rows;
  }
  return eventHistogram(db, plan, granularity);
}

/** The histogram counted from the events themselves (any filter). */
export function eventHistogram(db: Db, plan: FilterPlan, granularity: Granularity): Promise<BucketRow[]> {
  const tail = `return-histogram-${granularity.toLowerCase()}`;
  return db.readOnce<BucketRow>(compose('timeline', plan.source, plan.predicates, tail), plan.params);
}

/** The statement adding up a histogram from the tallies of a plan's scopes, within its time bounds. */
export function tallyStatement(plan: FilterPlan, granularity: Granularity) {
  const predicates = ['tally-where-scopes'];
  if (plan.params.from) predicates.push('tally-where-from');
  if (plan.params.to) predicates.push('tally-where-to');
  return compose('timeline', 'tally-source', predicates, `tally-histogram-${granularity.toLowerCase()}`);
}

/**
 * The histogram added up from the tallies (a plan with tallyScopes): the same buckets as
 * eventHistogram, or none when the tallies do not count every event.
 */
export function tallyHistogram(db: Db, plan: FilterPlan, granularity: Granularity): Promise<BucketRow[]> {
  const { from, to } = plan.params;
  return db.readOnce<BucketRow>(tallyStatement(plan, granularity), {
    scopes: plan.tallyScopes,
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
  });
}
