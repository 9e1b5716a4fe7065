import { checkBetween } from '../errors';
import type { Db } from '../neo4j/db';
import type { KeyBounds } from './cursor';
import { decodeCursor, encodeCursor } from './cursor';
import type { FilterPlan } from './filter';
import type { PageProjection } from './projection';
import { pageOfEvents } from './store';

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
 * The cursors as key bounds. `after` and `before` are positions in the asked order, so in a
 * descending timeline "after" is a smaller key.
 */
export function keyBounds(args: PageArgs): KeyBounds {
  const after = args.after ? decodeCursor(args.after, 'after') : null;
  const before = args.before ? decodeCursor(args.before, 'before') : null;
  return args.order === 'DESC' ? { above: before, below: after } : { above: after, below: before };
}

/**
 * Relay paging over the keyset order (the cursor connections spec's ApplyCursorsToEdges, then
 * first, then last): the edges between `after` and `before`; `first` takes them from the start,
 * `last` from the end, and both together take the last `last` of the first `first`. With neither,
 * a default page from the start, or from the end when only `before` is given. Fetching one more
 * than asked tells whether more edges lie beyond the page.
 */
export async function eventPage(db: Db, plan: FilterPlan, args: PageArgs, projection: PageProjection) {
  const first = size(args.first, 'first');
  const last = size(args.last, 'last');
  const bounds = keyBounds(args);
  const fromEnd = first === undefined && (last !== undefined || (args.before != null && args.after == null));
  const limit = (fromEnd ? last : first) ?? DEFAULT_PAGE;
  const crossed = bounds.above !== null && bounds.below !== null && bounds.above >= bounds.below;
  const descending = (args.order === 'DESC') !== fromEnd;
  const rows = crossed ? [] : await pageOfEvents(db, plan, bounds, descending, limit + 1, projection);
  const more = rows.length > limit;
  let page = rows.slice(0, limit);
  if (fromEnd) page.reverse();
  let cutByLast = false;
  if (!fromEnd && last !== undefined && page.length > last) {
    page = page.slice(page.length - last);
    cutByLast = true;
  }
  const firstRow = page[0];
  const lastRow = page.at(-1);
  return {
    /** The page's events as read (with the properties the projection asked for). */
    events: page.map((r) => r.event),
    edges: page.map((r) => ({ cursor: encodeCursor(r.key), node: r.event })),
    pageInfo: {
      // Beyond the page in its direction of travel we know exactly; behind it, an `after` or
      // `before` cursor means edges lie there (the spec lets a server answer that way).
      hasNextPage: fromEnd ? args.before != null : more,
      hasPreviousPage: fromEnd ? more : cutByLast || args.after != null,
      // The spec lets these be null when there are no edges.
      startCursor: firstRow ? encodeCursor(firstRow.key) : null,
      endCursor: lastRow ? encodeCursor(lastRow.key) : null,
    },
  };
}
