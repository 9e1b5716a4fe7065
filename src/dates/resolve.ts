import type { ParsedComponents, ParsedResult } from 'chrono-node';
import {
  type CalendarDay,
  compareMonthDay,
  daysInMonth,
  isoDay,
  isoMonth,
  isValidDay,
  pad,
  utcMs,
  weekdayOf,
} from './calendar';
import { dayOfWeekday } from './relative';
import { DateError, spanFromEdtf } from './span';
import type { Direction, Part, Relation } from './vocabulary';
import { type ResultTags, readTags } from './written';

/** The EDTF a chrono result denotes, resolved against the reference day (rules in docs/dates.md). */
export interface ResolvedResult {
  edtf: string;
  warnings: string[];
  /** Set when a written weekday disagrees with the written date. */
  weekdayMismatch?: { weekday: number; day: CalendarDay };
}

/** Which year a month (without a year) falls in, by the month-level rule. */
export function yearOfMonth(
  month: number,
  relation: Relation | undefined,
  ref: CalendarDay,
  prefer: Direction = 'PAST',
): number {
  if (relation === 'CURRENT') return ref.year;
  if (relation === 'PAST') return month < ref.month ? ref.year : ref.year - 1;
  if (relation === 'FUTURE') return month > ref.month ? ref.year : ref.year + 1;
  if (prefer === 'FUTURE') return month >= ref.month ? ref.year : ref.year + 1;
  return month <= ref.month ? ref.year : ref.year - 1;
}

/**
 * Which year a day and month (without a year) fall in: the most recent such day on or before the
 * reference (the next one on or after it when FUTURE is preferred), strictly before it for PAST, the
 * next one after it for FUTURE. 29 February moves on to a leap year.
 */
export function yearOfDay(
  month: number,
  day: number,
  relation: Relation | undefined,
  ref: CalendarDay,
  prefer: Direction = 'PAST',
): number {
  const order = compareMonthDay({ month, day }, ref);
  let year: number;
  if (relation === 'CURRENT') year = ref.year;
  else if (relation === 'FUTURE') year = order > 0 ? ref.year : ref.year + 1;
  else if (relation === 'PAST') year = order < 0 ? ref.year : ref.year - 1;
  else if (prefer === 'FUTURE') year = order >= 0 ? ref.year : ref.year + 1;
  else year = order <= 0 ? ref.year : ref.year - 1;
  const forward = relation === 'FUTURE' || (relation === undefined && prefer === 'FUTURE');
  const existsInLeapYears = day <= daysInMonth(2000, month);
  for (let tries = 0; tries < 8 && existsInLeapYears && !isValidDay({ year, month, day }); tries++)
    year += forward ? 1 : -1;
  return year;
}

const DAY_MS = 86_400_000;
const distance = (a: CalendarDay, b: CalendarDay) =>
  Math.abs(utcMs(a.year, a.month, a.day) - utcMs(b.year, b.month, b.day)) / DAY_MS;

/**
 * A weekday written with a day and month but no year: the year, of the one before, the reference's
 * and the one after, in which they agree and that lies nearest the reference; undefined if none does.
 */
function agreeingYear(month: number, day: number, weekday: number, ref: CalendarDay): number | undefined {
  let best: CalendarDay | undefined;
  for (const year of [ref.year - 1, ref.year, ref.year + 1]) {
    const date = { year, month, day };
    if (!isValidDay(date) || weekdayOf(date) !== weekday) continue;
    if (!best || distance(date, ref) < distance(best, ref)) best = date;
  }
  return best?.year;
}

const PART_DAYS: Record<Part, [number, number | null]> = { EARLY: [1, 10], MID: [11, 20], LATE: [21, null] };
const PART_MONTHS: Record<Part, [number, number]> = { EARLY: [1, 4], MID: [5, 8], LATE: [9, 12] };

function certain(
  components: ParsedComponents,
  name: 'year' | 'month' | 'day' | 'weekday',
): number | undefined {
  return components.isCertain(name) ? (components.get(name) ?? undefined) : undefined;
}

/** One end of a result (start or end components) as EDTF, or null if it names no date. */
function pointEdtf(
  components: ParsedComponents,
  tags: ResultTags,
  ref: CalendarDay,
  prefer: Direction,
): string | null {
  const year = certain(components, 'year');
  const month = certain(components, 'month');
  const day = certain(components, 'day');
  const weekday = certain(components, 'weekday');
  if (tags.decade && year !== undefined) return `${pad(Math.floor(year / 10), 3)}X`;
  if (tags.quarter && year !== undefined && month !== undefined)
    return `${pad(year, 4)}-${32 + Math.ceil(month / 3)}`;
  if (tags.part && month !== undefined && day === undefined) {
    const y = year ?? yearOfMonth(month, tags.relation, ref, prefer);
    const [first, last] = PART_DAYS[tags.part];
    const lastDay = last ?? daysInMonth(y, month);
    return `${isoDay({ year: y, month, day: first })}~/${isoDay({ year: y, month, day: lastDay })}~`;
  }
  if (tags.part && year !== undefined && month === undefined) {
    const [first, last] = PART_MONTHS[tags.part];
    return `${isoMonth(year, first)}~/${isoMonth(year, last)}~`;
  }
  if (month !== undefined && day !== undefined) {
    let y = year ?? yearOfDay(month, day, tags.relation, ref, prefer);
    if (year === undefined && !tags.relation && !tags.sameDay && weekday !== undefined)
      y = agreeingYear(month, day, weekday, ref) ?? y;
    const date = { year: y, month, day };
    if (!isValidDay(date))
      throw new DateError(`impossible date: there is no day ${day} in month ${month} of ${date.year}`);
    return isoDay(date);
  }
  if (weekday !== undefined && month === undefined && year === undefined) {
    // A weekday alone, counted from the reference; chrono's parsers imply a day for it already.
    if (tags.ours) return isoDay(dayOfWeekday(weekday, tags.relation, ref, prefer));
    const [y, m, d] = [components.get('year'), components.get('month'), components.get('day')];
    return y !== null && m !== null && d !== null ? isoDay({ year: y, month: m, day: d }) : null;
  }
  if (month !== undefined) return isoMonth(year ?? yearOfMonth(month, tags.relation, ref, prefer), month);
  if (year !== undefined) return pad(year, 4);
  return null;
}

const DAY_EDTF = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A range of days without a year on one end or both ("13–15 July", "من 28 تموز إلى 3 آب", "28 December –
 * 3 January 2025") takes its year once for the whole range: a written year on one end gives the other
 * its year (the next one when the range crosses a new year); with none, reading back the start is the
 * most recent such day on or before the reference, reading forward the end the next on or after it.
 */
function rangeYears(
  start: ParsedComponents,
  end: ParsedComponents,
  tags: ResultTags,
  ref: CalendarDay,
  prefer: Direction,
): [ParsedComponents, ParsedComponents] {
  const [m1, d1, m2, d2] = [
    certain(start, 'month'),
    certain(start, 'day'),
    certain(end, 'month'),
    certain(end, 'day'),
  ];
  if (m1 === undefined || d1 === undefined || m2 === undefined || d2 === undefined) return [start, end];
  // A range runs forward: an end month before the start month is in the next year (a day before the
  // start in the same month is an inverted range, rejected later).
  const crosses = m2 < m1 ? 1 : 0;
  let [y1, y2] = [certain(start, 'year'), certain(end, 'year')];
  if (y1 !== undefined && y2 !== undefined) return [start, end];
  if (y2 !== undefined) y1 = y2 - crosses;
  else if (y1 !== undefined) y2 = y1 + crosses;
  else if (tags.relation === 'FUTURE' || (tags.relation === undefined && prefer === 'FUTURE')) {
    y2 = yearOfDay(m2, d2, tags.relation, ref, prefer);
    y1 = y2 - crosses;
  } else {
    y1 = yearOfDay(m1, d1, tags.relation, ref, prefer);
    y2 = y1 + crosses;
  }
  return [withYear(start, y1), withYear(end, y2)];
}

/** The components with a year settled (read-only: chrono's result is left as it is). */
const withYear = (c: ParsedComponents, year: number): ParsedComponents => ({
  isCertain: (name) => name === 'year' || c.isCertain(name),
  get: (name) => (name === 'year' ? year : c.get(name)),
  date: () => c.date(),
  tags: () => c.tags(),
});

export function resolveResult(
  result: ParsedResult,
  ref: CalendarDay,
  prefer: Direction = 'PAST',
): ResolvedResult | null {
  const tags = readTags(result);
  const warnings = [...tags.warnings];
  if (tags.refused) throw new DateError(tags.refused);
  if (tags.edtf) return { edtf: tags.edtf, warnings };
  const [first, last] = result.end
    ? rangeYears(result.start, result.end, tags, ref, prefer)
    : [result.start, null];
  const start = pointEdtf(first, tags, ref, prefer);
  if (start === null) return null;
  const end = last ? pointEdtf(last, tags, ref, prefer) : null;
  let edtf = end !== null && end !== start ? `${start}/${end}` : start;
  if (end !== null && end !== start) {
    const [first, last] = [spanFromEdtf(start), spanFromEdtf(end)];
    if (first.start && last.end && first.start > last.end)
      throw new DateError(`inverted range: ${start} is after ${end}, so the range names no time`);
  }
  if (tags.since) edtf = `${/^[\d-]+$/.test(start) ? start : spanFromEdtf(start).start}/..`;
  const resolved: ResolvedResult = { edtf, warnings };
  const dayMatch = DAY_EDTF.exec(start);
  if (!dayMatch) return resolved;
  const day = { year: Number(dayMatch[1]), month: Number(dayMatch[2]), day: Number(dayMatch[3]) };
  const weekday = certain(result.start, 'weekday');
  if (weekday !== undefined && isValidDay(day) && weekdayOf(day) !== weekday) {
    resolved.weekdayMismatch = { weekday, day };
  }
  if (tags.sameDay && tags.sameDay !== start) {
    warnings.push(`relative day ${tags.sameDay} does not match the written date ${start}`);
  }
  return resolved;
}
