import { type EventNode, eventRow } from '../event/store';
import { compose } from '../neo4j/cypher';
import type { Db } from '../neo4j/db';
import type { FilterPlan } from './filter';

/** Keyset bounds in order-key space: events strictly between them. */
export interface KeyBounds {
  above: string | null;
  below: string | null;
}

/** One page of events in keyset order, with their rows; `descending` walks the timeline backwards. */
export async function pageOfEvents(
  db: Db,
  plan: FilterPlan,
  bounds: KeyBounds,
  descending: boolean,
  limit: number,
) {
  if (plan.selectsNothing) return [];
  const predicates = [...plan.predicates];
  if (bounds.above !== null) predicates.push('where-key-above');
  if (bounds.below !== null) predicates.push('where-key-below');
  const statement = compose(
    'timeline',
    plan.source,
    predicates,
    descending ? 'return-page-desc' : 'return-page-asc',
  );
  const rows = await db.read<{ id: string; key: string } & EventNode>(statement, {
    ...plan.params,
    keyAbove: bounds.above,
    keyBelow: bounds.below,
    limit,
  });
  return rows.map((r) => ({ id: r.id, key: r.key, event: eventRow(r.event, r.place) }));
}

export async function countEvents(db: Db, plan: FilterPlan): Promise<number> {
  if (plan.selectsNothing) return 0;
  const [row] = await db.read<{ n: number }>(
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

/** The non-empty buckets of the filter's events, in order. */
export async function histogram(db: Db, plan: FilterPlan, granularity: Granularity): Promise<BucketRow[]> {
  if (plan.selectsNothing) return [];
  const tail = `return-histogram-${granularity.toLowerCase()}`;
  return db.read<BucketRow>(compose('timeline', plan.source, plan.predicates, tail), plan.params);
}
