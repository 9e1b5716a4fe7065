import type { DatePrecision, TimeSpan } from '../dates';

/** Finer precisions sort first among events that start on the same day. */
export const PRECISION_RANK: Record<DatePrecision, number> = {
  DAY: 0,
  PART_OF_MONTH: 1,
  MONTH: 2,
  SEASON: 3,
  QUARTER: 4,
  PART_OF_YEAR: 5,
  YEAR: 6,
  DECADE: 7,
  OPEN: 8,
};

/** Open bounds are stored as the far past / far future so overlap filters stay index-friendly. */
export const FAR_PAST = '0001-01-01';
export const FAR_FUTURE = '9999-12-31';

/** The span as flat properties (dates still ISO strings; the Cypher turns them into dates). */
export function spanProps(span: TimeSpan) {
  return {
    edtf: span.edtf,
    start: span.start,
    end: span.end,
    precision: span.precision,
    precisionRank: PRECISION_RANK[span.precision],
    approximate: span.approximate,
    uncertain: span.uncertain,
    text: span.text ?? null,
    lo: span.start ?? FAR_PAST,
    hi: span.end ?? FAR_FUTURE,
    // An "on or before" span has no start; it is placed on the timeline at its end.
    sortKey: span.start ?? span.end ?? FAR_PAST,
  };
}

export type SpanProps = ReturnType<typeof spanProps>;
