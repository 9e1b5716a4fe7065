import edtfValue, { type EdtfParseTree, type EdtfValue, parse as parseEdtfTree } from 'edtf';
import { daysInMonth, isoDayFromUtcMs } from './calendar';

export type DatePrecision =
  | 'DAY'
  | 'MONTH'
  | 'PART_OF_MONTH'
  | 'SEASON'
  | 'QUARTER'
  | 'PART_OF_YEAR'
  | 'YEAR'
  | 'DECADE'
  | 'OPEN';

/** A stretch of time a date expression denotes, as EDTF plus its day bounds (see docs/dates.md). */
export interface TimeSpan {
  edtf: string;
  /** Earliest ISO day the span can cover; null only for an open start. */
  start: string | null;
  /** Latest ISO day the span can cover; null for an open (ongoing) end. */
  end: string | null;
  precision: DatePrecision;
  approximate: boolean;
  uncertain: boolean;
  /** The expression as written, when known. */
  text?: string;
}

export class DateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DateError';
  }
}

/** Parses an EDTF string (levels 0–2) into a TimeSpan; throws DateError when it is not valid EDTF. */
export function spanFromEdtf(edtf: string, text?: string): TimeSpan {
  let cached = parsed.get(edtf);
  if (!cached) {
    cached = spanOf(edtf);
    // The edtf package's parser costs about a third of a millisecond; loads repeat the same few
    // thousand strings, so parsed spans are kept (bounded).
    if (parsed.size >= 10_000) parsed.clear();
    parsed.set(edtf, cached);
  }
  return text === undefined ? { ...cached } : { ...cached, text };
}

const parsed = new Map<string, TimeSpan>();

function spanOf(edtf: string): TimeSpan {
  const value = parseValid(edtf);
  const start = value.min !== null && Number.isFinite(value.min) ? isoDayFromUtcMs(value.min) : null;
  const end = value.max !== null && Number.isFinite(value.max) ? isoDayFromUtcMs(value.max) : null;
  const span: TimeSpan = {
    edtf: value.edtf,
    start,
    end,
    precision: precisionOf(value, start, end),
    approximate: hasFlag(value, 'approximate'),
    uncertain: hasFlag(value, 'uncertain'),
  };
  return span;
}

function parseValid(edtf: string): EdtfValue {
  let value: EdtfValue;
  try {
    const tree = parseEdtfTree(edtf);
    rejectRolledOverDays(tree);
    value = edtfValue(tree); // from the tree: the string is parsed once
  } catch (err) {
    if (err instanceof DateError) throw err;
    const reason = (err as Error).message.split('\n')[0];
    throw new DateError(`invalid EDTF '${edtf}': ${reason}`);
  }
  if (value.type === 'Set' || value.type === 'List' || value.type === 'Century') {
    throw new DateError(`unsupported EDTF '${edtf}': ${value.type} has no TimeSpan form`);
  }
  return value;
}

/**
 * The edtf package accepts '2025-02-29' and silently rolls it over to 2025-03-01; walk the parse tree
 * and reject any day beyond the end of its month instead.
 */
function rejectRolledOverDays(tree: EdtfParseTree | null): void {
  if (!tree) return;
  if (tree.type === 'Date') {
    const [year, monthIndex, day] = tree.values as number[];
    if (year !== undefined && monthIndex !== undefined && day !== undefined) {
      if (day > daysInMonth(year, monthIndex + 1)) {
        throw new DateError(`invalid date: day ${day} does not exist in ${year}-${monthIndex + 1}`);
      }
    }
    return;
  }
  for (const child of tree.values) {
    if (child !== null && typeof child === 'object') rejectRolledOverDays(child);
  }
}

function hasFlag(value: EdtfValue, flag: 'approximate' | 'uncertain'): boolean {
  if (value.type === 'Interval') {
    return [value.lower, value.upper].some(
      (end) => typeof end === 'object' && end !== null && hasFlag(end, flag),
    );
  }
  return (value[flag]?.value ?? 0) !== 0;
}

/** Season codes per EDTF sub-year groupings: 21–32 seasons, 33–36 quarters, 37–41 thirds and halves. */
function subYearPrecision(code: number): DatePrecision {
  if (code >= 33 && code <= 36) return 'QUARTER';
  if (code >= 37) return 'PART_OF_YEAR';
  return 'SEASON';
}

function precisionOf(value: EdtfValue, start: string | null, end: string | null): DatePrecision {
  if (start === null || end === null) return 'OPEN';
  if (value.type === 'Season') return subYearPrecision(value.values?.[1] ?? 21);
  if (value.type === 'Decade') return 'DECADE';
  const sameYear = start.slice(0, 4) === end.slice(0, 4);
  const sameMonth = sameYear && start.slice(5, 7) === end.slice(5, 7);
  if (value.type === 'Interval') {
    if (sameMonth) return 'PART_OF_MONTH';
    return sameYear ? 'PART_OF_YEAR' : 'YEAR';
  }
  // A single date: its bounds say how much of the calendar it covers ('2025-06', '199X', '2025-06-XX').
  if (start === end) return 'DAY';
  if (sameMonth) return 'MONTH';
  if (sameYear) return 'YEAR';
  if (Number(end.slice(0, 4)) - Number(start.slice(0, 4)) === 9) return 'DECADE';
  throw new DateError(`unsupported EDTF '${value.edtf}': coarser than a decade`);
}

/** A time span as stored on events and relationships and as the API shows it: `text` always present. */
export type SpanRow = Omit<TimeSpan, 'text'> & { text: string | null };

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
