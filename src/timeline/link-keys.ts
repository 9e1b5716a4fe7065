import { addDays, isoDay, parseIsoDay } from '../dates/calendar';
import type { KeyBounds } from './cursor';

/**
 * The link time keys (cypher/migrations/V0007): every link between an entity and an event
 * (PARTICIPATED_IN, AT) carries `timeKey` = entity id | span class | the event's order key, in a
 * range index per relationship type, so that one entity's events can be read in timeline order
 * straight from the index, a page at a time, however many events the entity has.
 *
 * A time filter keeps the events whose span overlaps [from, to]. An index in start order alone
 * cannot stop early for that: a long span that starts years before `from` still overlaps it. So
 * the keys are split by the length of the span: an event of class c spans at most SPAN_DAYS[c]
 * days, so when it overlaps [from, to] it starts between from - SPAN_DAYS[c] and to. Open spans
 * have classes of their own: "since" (no end: it overlaps when it starts by `to`), "until" (no
 * start: placed at its end, it overlaps when that is on or after `from`), and the rest (open at
 * both ends, or longer than a decade) read whole. Each (entity, class) is one ordered range of the
 * index: a page reads at most `limit` keys from each, and the page is the first `limit` of those.
 *
 * Written by hand: the key ranges are this graph's own index layout; no library plans them.
 */
export const SPAN_DAYS = [0, 31, 92, 366, 3653] as const;
export const SINCE_CLASS = 5;
export const UNTIL_CLASS = 6;
export const OTHER_CLASS = 7;
/** Every class: the closed ones (one per SPAN_DAYS entry), then the open ones. */
const CLASSES = [...SPAN_DAYS.keys(), SINCE_CLASS, UNTIL_CLASS, OTHER_CLASS];

/**
 * The span classes as tally-events.cypher writes them into the keys (its `$classes`): defined here
 * only, so the keys written and the ranges read cannot disagree.
 */
export const SPAN_CLASSES = {
  spanDays: SPAN_DAYS,
  since: SINCE_CLASS,
  until: UNTIL_CLASS,
  other: OTHER_CLASS,
};

/** One range of the link time keys, both ends exclusive. */
export interface KeyStream {
  after: string;
  before: string;
}

/** The day `days` away from an ISO day, or null past the calendar's first or last day. */
function shift(day: string, days: number): string | null {
  const d = parseIsoDay(day);
  if (!d) return null;
  const out = addDays(d, days);
  return out.year < 1 || out.year > 9999 ? null : isoDay(out);
}

const max = (a: string, b: string) => (a > b ? a : b);
const min = (a: string, b: string) => (a < b ? a : b);

/**
 * The key ranges that hold, for each entity, every event that can overlap [from, to] and lies
 * strictly between the keyset bounds (order keys), one range per span class; empty ranges are left
 * out. The statement still checks the time filter on each event: a range may hold some that do
 * not overlap (a short span that ends before `from`), never miss one that does.
 */
export function linkKeyStreams(
  entities: string[],
  time: { from?: string; to?: string },
  bounds: KeyBounds,
): KeyStream[] {
  const streams: KeyStream[] = [];
  for (const entity of entities)
    for (const c of CLASSES) {
      const prefix = `${entity}|${c}|`;
      // '}' follows '|': every key of the prefix sorts before it (ids never hold '|' nor '}').
      let after = prefix;
      let before = `${entity}|${c}}`;
      const span = SPAN_DAYS[c];
      if (time.from && span !== undefined) {
        const first = shift(time.from, -span);
        if (first) after = max(after, prefix + first);
      }
      if (time.from && c === UNTIL_CLASS) after = max(after, prefix + time.from);
      if (time.to && (span !== undefined || c === SINCE_CLASS)) {
        const next = shift(time.to, 1);
        if (next) before = min(before, prefix + next);
      }
      if (bounds.above !== null) after = max(after, prefix + bounds.above);
      if (bounds.below !== null) before = min(before, prefix + bounds.below);
      if (after < before) streams.push({ after, before });
    }
  return streams;
}
