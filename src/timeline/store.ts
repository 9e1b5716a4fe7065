import { daysInMonth, parseIsoDay } from '../dates/calendar';
import { entityRow } from '../entity/store';
import { eventRow } from '../event/store';
import { compose, composeSlots } from '../neo4j/cypher';
import type { Db } from '../neo4j/db';
import { evidenceRow } from '../provenance/store';
import type { KeyBounds } from './cursor';
import type { FilterPlan } from './filter';
import { linkKeyStreams } from './link-keys';
import { type PageProjection, zipProps } from './projection';

/** The tail fragments of a page statement: the page, the lists asked for, the rows in order. */
export function pageTail(descending: boolean, projection: PageProjection): string[] {
  const order = descending ? 'desc' : 'asc';
  return [
    `page-${order}`,
    projection.place ? 'with-place' : 'without-place',
    projection.entityProps ? 'with-participants' : 'without-participants',
    projection.evidenceProps ? 'with-evidence' : 'without-evidence',
    `return-page-${order}`,
  ];
}

/** The statement of a page: the plan's match, its keyset bounds, the page and the lists asked for. */
export function pageStatement(
  plan: FilterPlan,
  bounds: KeyBounds,
  descending: boolean,
  projection: PageProjection,
) {
  const predicates = [...plan.predicates];
  if (bounds.above !== null) predicates.push('where-key-above');
  if (bounds.below !== null) predicates.push('where-key-below');
  if (bounds.above === null && bounds.below === null) predicates.push('where-ordered');
  return compose('timeline', plan.source, predicates, pageTail(descending, projection));
}

/**
 * The statement of a page read from the link time keys (a plan with `keyed`; link-keys.ts): the
 * key ranges of $streams, the page and the lists asked for, and a row with no id when the links
 * are not all keyed yet.
 */
export function keyedPageStatement(
  keyed: NonNullable<FilterPlan['keyed']>,
  descending: boolean,
  projection: PageProjection,
) {
  return composeSlots('timeline', 'keyed-page', {
    where: { fragments: keyed.predicates, join: '\n    AND ', empty: 'true' },
    arm: { fragments: [descending ? 'keyed-arm-desc' : 'keyed-arm-asc'], join: '' },
    page: { fragments: pageTail(descending, projection), join: '\n' },
    unready: { fragments: ['keyed-unready'], join: '' },
  });
}

/** The parameters that say which properties a page statement reads (see projection.ts). */
export function projectionParams(projection: PageProjection) {
  return {
    eventProps: projection.eventProps,
    entityProps: projection.entityProps ?? [],
    evidenceProps: projection.evidenceProps ?? [],
  };
}

type PageRow = {
  id: string;
  key: string;
  event: unknown[];
  place: string | null;
  /** Each participant: its entity's id, its role, the values of $entityProps (with-participants). */
  participants: [entity: string, role: string, values: unknown[]][] | null;
  /** Each piece of evidence: its id, its article's id, the values of $evidenceProps (with-evidence). */
  evidence: [id: string, article: string, values: unknown[]][] | null;
};

/**
 * One page of events in keyset order, with the properties the request selects and, in the same
 * statement, the lists it selects (participants with their entities' properties, evidence);
 * `descending` walks the timeline backwards. Rows carry only what the projection reads.
 */
export async function pageOfEvents(
  db: Db,
  plan: FilterPlan,
  bounds: KeyBounds,
  descending: boolean,
  limit: number,
  projection: PageProjection,
) {
  if (plan.selectsNothing) return [];
  const params = { ...plan.params, ...projectionParams(projection), limit };
  let rows: PageRow[] | null = null;
  if (plan.keyed) {
    const { from, to } = plan.params as { from?: string; to?: string };
    const streams = linkKeyStreams(plan.keyed.entities, { from, to }, bounds);
    rows = await db.readOnce<PageRow>(keyedPageStatement(plan.keyed, descending, projection), {
      ...params,
      streams,
    });
    // Links not all keyed yet (a row with no id): the page is read from the events instead.
    if (rows.some((r) => r.id === null)) rows = null;
  }
  rows ??= await db.readOnce<PageRow>(pageStatement(plan, bounds, descending, projection), {
    ...params,
    keyAbove: bounds.above,
    keyBelow: bounds.below,
  });
  const { eventProps, entityProps, evidenceProps } = projection;
  return rows.map((r) => {
    const event = eventRow(zipProps(eventProps, r.event, r.id), r.place);
    if (r.participants && entityProps)
      event.participants = r.participants.map(([entity, role, values]) => {
        const props = zipProps(entityProps, values, entity);
        return { event: r.id, entity, role, props, row: entityRow(props) };
      });
    if (r.evidence && evidenceProps)
      event.evidence = r.evidence.map(([id, article, values]) =>
        evidenceRow(r.id, id, article, zipProps(evidenceProps, values, id)),
      );
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

/**
 * Which tallies a histogram adds up. The monthly ones (a scope's events per start month and the
 * months of their span's bounds) give exactly the daily ones' buckets and coarse counts when the
 * buckets are months or years and the time bounds fall on month edges (from on a first day, to on a
 * last day): then a month's events are wholly in or out. Dashboards ask such ranges, and a busy
 * scope has far fewer monthly tallies to add up (every event: a thirtieth as many; an entity with a
 * few events a month gains little). Any other histogram adds up the daily ones.
 */
export function tallyGrain(plan: FilterPlan, granularity: Granularity): 'day' | 'month' {
  if (granularity !== 'MONTH' && granularity !== 'YEAR') return 'day';
  const { from, to } = plan.params as { from?: string; to?: string };
  const first = (d: string) => parseIsoDay(d)?.day === 1;
  const last = (d: string) => {
    const day = parseIsoDay(d);
    return day !== null && day.day === daysInMonth(day.year, day.month);
  };
  return (!from || first(from)) && (!to || last(to)) ? 'month' : 'day';
}

/** The statement adding up a histogram from the tallies of a plan's scopes, within its time bounds. */
export function tallyStatement(plan: FilterPlan, granularity: Granularity) {
  const predicates = ['tally-where-scopes'];
  if (plan.params.from) predicates.push('tally-where-from');
  if (plan.params.to) predicates.push('tally-where-to');
  return compose('timeline', 'tally-source', predicates, `tally-histogram-${granularity.toLowerCase()}`);
}

/**
 * The parameters of tallyStatement: the plan's scopes and total at the grain chosen (monthly ones
 * are the daily ones prefixed `month:`), and its time bounds.
 */
export function tallyParams(plan: FilterPlan, granularity: Granularity) {
  const { from, to } = plan.params;
  const prefix = tallyGrain(plan, granularity) === 'month' ? 'month:' : '';
  return {
    total: `${prefix}total`,
    scopes: plan.tallyScopes?.map((scope) => prefix + scope),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
  };
}

/**
 * The histogram added up from the tallies (a plan with tallyScopes): the same buckets as
 * eventHistogram, or none when the tallies do not count every event.
 */
export function tallyHistogram(db: Db, plan: FilterPlan, granularity: Granularity): Promise<BucketRow[]> {
  return db.readOnce<BucketRow>(tallyStatement(plan, granularity), tallyParams(plan, granularity));
}
