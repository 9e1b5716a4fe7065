import { badInput, checkBetween } from '../errors';
import type { Db } from '../neo4j/db';
import { decodeCursor, encodeCursor } from './cursor';
import { type FilterParams, pageOfEvents } from './store';

export const DEFAULT_PAGE = 20;
export const MAX_PAGE = 100;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
  order?: 'ASC' | 'DESC' | null;
}

function size(value: number | null | undefined, name: string): number | undefined {
  return value === null || value === undefined ? undefined : checkBetween(name, value, 0, MAX_PAGE);
}

/**
 * Relay paging over the keyset order: `first/after` walk forward in the asked order, `last/before`
 * backward; fetching one more than asked tells whether another page exists.
 */
export async function eventPage(db: Db, params: FilterParams, args: PageArgs) {
  const first = size(args.first, 'first');
  const last = size(args.last, 'last');
  if (first !== undefined && last !== undefined) throw badInput('last', 'cannot be combined with first');
  const backward = last !== undefined || (args.before != null && first === undefined);
  const limit = (backward ? last : first) ?? DEFAULT_PAGE;
  const cursor = backward ? args.before : args.after;
  const bound = cursor ? decodeCursor(cursor, backward ? 'before' : 'after') : null;
  const descending = (args.order === 'DESC') !== backward;
  const rows = await pageOfEvents(db, params, bound, descending, limit + 1);
  const more = rows.length > limit;
  const page = rows.slice(0, limit);
  if (backward) page.reverse();
  return {
    /** The page's events, already loaded: the caller primes its loader with them. */
    events: page.map((r) => r.event),
    edges: page.map((r) => ({ cursor: encodeCursor(r.key), node: r.id })),
    pageInfo: {
      hasNextPage: backward ? Boolean(args.before) : more,
      hasPreviousPage: backward ? more : Boolean(args.after),
      startCursor: page[0] ? encodeCursor(page[0].key) : null,
      endCursor: page.at(-1) ? encodeCursor((page.at(-1) as { key: string }).key) : null,
    },
  };
}
