import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, isoDay, parseIsoDay } from '../src/dates/calendar';
import { linkKeyStreams, OTHER_CLASS, SINCE_CLASS, SPAN_DAYS, UNTIL_CLASS } from '../src/timeline/link-keys';

const FAR_PAST = '0001-01-01';
const FAR_FUTURE = '9999-12-31';
const plus = (day: string, days: number) =>
  isoDay(addDays(parseIsoDay(day) ?? { year: 1, month: 1, day: 1 }, days));
const daysBetween = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 86_400_000;

/** The span class tally-events.cypher gives an event (the oracle of the property below). */
function classOf(lo: string, hi: string): number {
  if (lo === FAR_PAST && hi === FAR_FUTURE) return OTHER_CLASS;
  if (hi === FAR_FUTURE) return SINCE_CLASS;
  if (lo === FAR_PAST) return UNTIL_CLASS;
  const c = SPAN_DAYS.findIndex((days) => daysBetween(lo, hi) <= days);
  return c === -1 ? OTHER_CLASS : c;
}

const day = fc
  .date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** An event's span as stored: closed (of any length), open at one end or at both. */
const span = fc.oneof(
  fc.tuple(day, fc.integer({ min: 0, max: 8000 })).map(([lo, n]) => ({ lo, hi: plus(lo, n), sortKey: lo })),
  day.map((lo) => ({ lo, hi: FAR_FUTURE, sortKey: lo })),
  day.map((hi) => ({ lo: FAR_PAST, hi, sortKey: hi })),
  fc.constant({ lo: FAR_PAST, hi: FAR_FUTURE, sortKey: FAR_PAST }),
);

const inStreams = (key: string, streams: { after: string; before: string }[]) =>
  streams.some((s) => key > s.after && key < s.before);

describe('link time keys', () => {
  it('put every event that overlaps the time filter and lies between the cursors in a range read', () => {
    fc.assert(
      fc.property(
        span,
        fc.option(day, { nil: undefined }),
        fc.option(day, { nil: undefined }),
        fc.option(day, { nil: undefined }),
        fc.option(day, { nil: undefined }),
        (s, from, to, above, below) => {
          const orderKey = `${s.sortKey}|0|ev-1`;
          const key = `fx-a|${classOf(s.lo, s.hi)}|${orderKey}`;
          const bounds = { above: above ? `${above}|0|ev-0` : null, below: below ? `${below}|9|z` : null };
          const overlaps = (!from || s.hi >= from) && (!to || s.lo <= to);
          const between =
            (!bounds.above || orderKey > bounds.above) && (!bounds.below || orderKey < bounds.below);
          const streams = linkKeyStreams(['fx-b', 'fx-a', 'fx-a-b'], { from, to }, bounds);
          if (overlaps && between) expect(inStreams(key, streams)).toBe(true);
          // Never another entity's key, whatever its id starts with.
          expect(
            inStreams(
              `fx-a-|${classOf(s.lo, s.hi)}|${orderKey}`,
              linkKeyStreams(['fx-a'], { from, to }, bounds),
            ),
          ).toBe(false);
        },
      ),
      { numRuns: 5_000 },
    );
  });

  it('read only the start days a span class can overlap from', () => {
    const streams = linkKeyStreams(
      ['fx-a'],
      { from: '2024-03-01', to: '2024-03-31' },
      { above: null, below: null },
    );
    expect(streams).toEqual([
      { after: 'fx-a|0|2024-03-01', before: 'fx-a|0|2024-04-01' },
      { after: 'fx-a|1|2024-01-30', before: 'fx-a|1|2024-04-01' },
      { after: 'fx-a|2|2023-11-30', before: 'fx-a|2|2024-04-01' },
      { after: 'fx-a|3|2023-03-01', before: 'fx-a|3|2024-04-01' },
      { after: 'fx-a|4|2014-03-01', before: 'fx-a|4|2024-04-01' },
      { after: 'fx-a|5|', before: 'fx-a|5|2024-04-01' },
      { after: 'fx-a|6|2024-03-01', before: 'fx-a|6}' },
      { after: 'fx-a|7|', before: 'fx-a|7}' },
    ]);
  });

  it('leave out ranges the cursors empty, and bounds past the calendar', () => {
    const streams = linkKeyStreams(
      ['fx-a'],
      { from: '0001-01-05', to: '9999-12-31' },
      { above: '2024-05-01|0|b', below: '2024-05-01|0|a' },
    );
    expect(streams).toEqual([]);
    expect(
      linkKeyStreams(['fx-a'], { from: '0001-01-05', to: '9999-12-31' }, { above: null, below: null }),
    ).toContainEqual({
      after: 'fx-a|4|',
      before: 'fx-a|4}',
    });
  });
});
