import type { ParsingContext, ParsingResult } from 'chrono-node';
import {
  addDays,
  type CalendarDay,
  daysInMonth,
  isoDay,
  isoMonth,
  isValidDay,
  pad,
  shiftMonth,
  WEEKDAY_NAMES,
  weekdayOf,
} from './calendar';
import { dayOfWeek, OFFSET } from './relative';
import { DateError } from './span';
import type { Relation, Season, Unit } from './vocabulary';
import { writtenResult } from './written';

// Computations shared by the Arabic and English parsers of the forms chrono does not read (or reads
// otherwise than docs/dates.md says): each returns the EDTF of the whole span.

export const forward = (context: ParsingContext) => context.option.forwardDate === true;

/**
 * A result whose span the parser computed whole; a DateError while computing it (an impossible Hijri
 * day, a fifth Monday the month lacks) becomes a refused result, which findDateMentions reports.
 */
export function spanResult(
  context: ParsingContext,
  match: RegExpMatchArray,
  edtf: () => string | null,
): ParsingResult | null {
  try {
    const value = edtf();
    return value === null ? null : writtenResult(context, match, { edtf: value });
  } catch (err) {
    if (!(err instanceof DateError)) throw err;
    return writtenResult(context, match, { refused: err.message });
  }
}

/** Moves a day by N units (months and years keep the day, clamped to the month's end). */
export function shiftBy(day: CalendarDay, unit: Unit, n: number): CalendarDay {
  if (unit === 'DAY') return addDays(day, n);
  if (unit === 'WEEK') return addDays(day, 7 * n);
  const months = unit === 'MONTH' ? n : 12 * n;
  const { year, month } = shiftMonth(day.year, day.month, months);
  return { year, month, day: Math.min(day.day, daysInMonth(year, month)) };
}

/**
 * How many units a text counts: a number ("3 days"), an approximate one ("نحو أسبوعين", "about two
 * weeks"), or a vague few (a plural without a number, "بضعة أيام", "a few days", "the coming weeks").
 */
export type Count = { n: number; about?: boolean } | 'FEW';

/** A vague few is at least two units (one or two would be written so) and at most seven. */
export const FEW_UNITS: readonly [number, number] = [2, 7];

/** The day, month or year N units away: months and years name a month or year, not a day. */
function unitAway(ref: CalendarDay, unit: Unit, n: number): string {
  const day = shiftBy(ref, unit, n);
  if (unit === 'MONTH') return isoMonth(day.year, day.month);
  if (unit === 'YEAR') return pad(day.year, 4);
  return isoDay(day);
}

/** Half a unit either side of an approximate count, in days: one day for days, three for weeks. */
const ABOUT_DAYS: Partial<Record<Unit, number>> = { DAY: 1, WEEK: 3 };

/**
 * "3 days ago", "قبل أسبوعين", "in 2 months", "a week hence": the day N days or weeks away; for months
 * and years the month or year N units away (a month ago names a month, not a day). `sign` is -1 back
 * and 1 ahead. About N units: the day N units away give or take half a unit (a day for days, three
 * days for weeks), approximate; for months and years their month or year, approximate. A few units:
 * from 2 to 7 units away, approximate at both ends.
 */
export function unitsAwayEdtf(ref: CalendarDay, unit: Unit, count: Count, sign: 1 | -1): string {
  if (count === 'FEW') {
    const [near, far] = FEW_UNITS.map((k) => unitAway(ref, unit, sign * k)) as [string, string];
    return sign < 0 ? `${far}~/${near}~` : `${near}~/${far}~`;
  }
  const margin = ABOUT_DAYS[unit];
  if (!count.about) return unitAway(ref, unit, sign * count.n);
  if (margin === undefined) return `${unitAway(ref, unit, sign * count.n)}~`;
  const day = shiftBy(ref, unit, sign * count.n);
  return `${isoDay(addDays(day, -margin))}~/${isoDay(addDays(day, margin))}~`;
}

/**
 * "the last 3 days", "خلال الأسبوعين الماضيين": the N whole units before the reference day (from the same
 * day N units back to the day before); "the next 3 months": from the day after to N units ahead. The
 * last or next few units ("الأسابيع القليلة الماضية", "the coming weeks") reach 7 units, approximately.
 */
export function lastUnitsEdtf(ref: CalendarDay, unit: Unit, count: Count, future: boolean): string {
  const [n, mark] = count === 'FEW' ? [FEW_UNITS[1], '~'] : [count.n, count.about ? '~' : ''];
  if (future) return `${isoDay(addDays(ref, 1))}/${isoDay(shiftBy(ref, unit, n))}${mark}`;
  return `${isoDay(shiftBy(ref, unit, -n))}${mark}/${isoDay(addDays(ref, -1))}`;
}

/** A part of a month or a year counted by ordinal: the second half, the last week, the first day. */
export type PeriodPart = 'HALF' | 'QUARTER' | 'MONTH' | 'WEEK' | 'DAY';

/**
 * The nth part (-1 for the last) of a month or a year, as EDTF; null when the period has no such part
 * (a third half, a quarter of a month). Halves of a year are January–June and July–December, of a
 * month days 1–15 and 16 to the end; weeks are the seven days from the period's first (the second
 * week of March is 8–14 March, the last week its last seven days) and approximate, since some count
 * calendar weeks instead; quarters are EDTF quarters.
 */
export function partOfPeriodEdtf(
  part: PeriodPart,
  nth: number,
  period: { year: number; month?: number },
): string | null {
  const { year, month } = period;
  const first: CalendarDay = { year, month: month ?? 1, day: 1 };
  const last: CalendarDay = month
    ? { year, month, day: daysInMonth(year, month) }
    : { year, month: 12, day: 31 };
  const count = (units: number) => (nth === -1 ? units : nth <= units ? nth : null);
  if (part === 'HALF') {
    const half = count(2);
    if (half === null) return null;
    if (!month)
      return half === 1
        ? `${isoMonth(year, 1)}/${isoMonth(year, 6)}`
        : `${isoMonth(year, 7)}/${isoMonth(year, 12)}`;
    return half === 1
      ? `${isoDay(first)}/${isoDay({ ...first, day: 15 })}`
      : `${isoDay({ ...first, day: 16 })}/${isoDay(last)}`;
  }
  if (part === 'QUARTER' || part === 'MONTH') {
    const n = month ? null : count(part === 'QUARTER' ? 4 : 12);
    if (n === null) return null;
    return part === 'QUARTER' ? quarterEdtf(year, n) : isoMonth(year, n);
  }
  const size = part === 'WEEK' ? 7 : 1;
  const from = nth === -1 ? addDays(last, 1 - size) : addDays(first, size * (nth - 1));
  const to = addDays(from, size - 1);
  if (nth < 1 && nth !== -1) return null;
  if (isoDay(to) > isoDay(last)) return null;
  return size === 1 ? isoDay(from) : `${isoDay(from)}~/${isoDay(to)}~`;
}

/** "Monday of this week", "الأحد من الأسبوع الماضي". */
export function weekdayOfWeekEdtf(ref: CalendarDay, weekday: number, relation: Relation): string {
  return isoDay(dayOfWeek(weekday, ref, OFFSET[relation]));
}

/** The nth (1–5, or -1 for the last) weekday of a month; DateError when the month has no such day. */
export function nthWeekdayEdtf(year: number, month: number, weekday: number, nth: number): string {
  if (nth === -1) {
    const last = { year, month, day: daysInMonth(year, month) };
    return isoDay(addDays(last, -((weekdayOf(last) - weekday + 7) % 7)));
  }
  const first = { year, month, day: 1 };
  const day = addDays(first, ((weekday - weekdayOf(first) + 7) % 7) + 7 * (nth - 1));
  if (day.month !== month)
    throw new DateError(
      `impossible date: ${isoMonth(year, month)} has no ${WEEKDAY_NAMES[weekday]} number ${nth}`,
    );
  return isoDay(day);
}

/** The quarter (1–4) of a year, a quarter without a year read like a month: relation, then direction. */
export function quarterYear(
  quarter: number,
  relation: Relation | undefined,
  ref: CalendarDay,
  future: boolean,
) {
  const current = Math.ceil(ref.month / 3);
  if (relation === 'CURRENT') return ref.year;
  if (relation === 'PAST') return quarter < current ? ref.year : ref.year - 1;
  if (relation === 'FUTURE') return quarter > current ? ref.year : ref.year + 1;
  if (future) return quarter >= current ? ref.year : ref.year + 1;
  return quarter <= current ? ref.year : ref.year - 1;
}

export const quarterEdtf = (year: number, quarter: number) => `${pad(year, 4)}-${32 + quarter}`;

/** "this quarter", "last quarter", "الربع المقبل". */
export function relativeQuarterEdtf(ref: CalendarDay, relation: Relation): string {
  const index = ref.year * 4 + Math.ceil(ref.month / 3) - 1 + OFFSET[relation];
  return quarterEdtf(Math.floor(index / 4), (index % 4) + 1);
}

/**
 * Meteorological seasons (northern hemisphere), approximate: spring March–May, summer June–August,
 * autumn September–November, winter December–February, named by the year of its January ("winter
 * 2024" is December 2023 – February 2024).
 */
const SEASON_MONTHS: Record<Season, number> = { SPRING: 3, SUMMER: 6, AUTUMN: 9, WINTER: 12 };
export function seasonEdtf(season: Season, year: number): string {
  const startYear = season === 'WINTER' ? year - 1 : year;
  const start = SEASON_MONTHS[season];
  const end = shiftMonth(startYear, start, 2);
  return `${isoMonth(startYear, start)}~/${isoMonth(end.year, end.month)}~`;
}

/** The year of a season without one: the season containing the reference, or the nearest before/after. */
export function seasonYear(
  season: Season,
  relation: Relation | undefined,
  ref: CalendarDay,
  future: boolean,
) {
  const order = ['WINTER', 'SPRING', 'SUMMER', 'AUTUMN'];
  // The season of the reference, with winter counted in the year of its January.
  const refSeason = ref.month === 12 ? 0 : Math.floor(ref.month / 3) % 4;
  const refYear = ref.month === 12 ? ref.year + 1 : ref.year;
  const index = order.indexOf(season);
  const cmp = index - refSeason;
  if (relation === 'CURRENT') return refYear;
  if (relation === 'PAST') return cmp < 0 ? refYear : refYear - 1;
  if (relation === 'FUTURE') return cmp > 0 ? refYear : refYear + 1;
  if (future) return cmp >= 0 ? refYear : refYear + 1;
  return cmp <= 0 ? refYear : refYear - 1;
}

/** A year before the common era as EDTF (astronomical numbering: 1 BC is year 0, 44 BC is -0043). */
export function yearBcEdtf(year: number): string {
  if (year < 1) throw new DateError('impossible year: there is no year 0 BC');
  const astronomical = 1 - year;
  return astronomical === 0 ? '0000' : `-${pad(-astronomical, 4)}`;
}

/** A day of the month alone ("the 13th"): the most recent such day (the next one when forward). */
export function dayAloneEdtf(day: number, relation: Relation | undefined, ref: CalendarDay, future: boolean) {
  const ahead = relation === 'FUTURE' || (relation === undefined && future);
  const step = ahead ? 1 : -1;
  let date: CalendarDay = { ...ref, day };
  if (ahead ? day < ref.day : day > ref.day) date = { ...shiftMonth(ref.year, ref.month, step), day };
  for (let tries = 0; tries < 2 && !isValidDay(date); tries++)
    date = { ...shiftMonth(date.year, date.month, step), day };
  if (!isValidDay(date)) throw new DateError(`impossible date: there is no day ${day} in a month`);
  return isoDay(date);
}
