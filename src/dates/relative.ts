import type { ParsingContext, ParsingResult } from 'chrono-node';
import { addDays, type CalendarDay, isoDay, shiftMonth, weekdayOf } from './calendar';
import type { Direction, Part, Relation } from './vocabulary';
import { referenceDay, type Written, writtenResult } from './written';

export const OFFSET: Record<Relation, number> = { PAST: -1, CURRENT: 0, FUTURE: 1 };
export const WEEK_PART_DAYS: Record<Part, [number, number]> = { EARLY: [0, 1], MID: [2, 4], LATE: [5, 6] };

/**
 * The day a weekday names: the most recent such day on or before the reference (strictly before for
 * PAST), the first one after it for FUTURE, the one in the reference's week (Monday–Sunday) for
 * CURRENT; without a relation on or before the reference, or on or after it when FUTURE is preferred.
 */
export function dayOfWeekday(
  weekday: number,
  relation: Relation | undefined,
  ref: CalendarDay,
  prefer: Direction = 'PAST',
): CalendarDay {
  const back = (weekdayOf(ref) - weekday + 7) % 7;
  const ahead = (weekday - weekdayOf(ref) + 7) % 7;
  if (relation === 'FUTURE') return addDays(ref, ahead || 7);
  if (relation === 'PAST') return addDays(ref, -(back || 7));
  if (relation === 'CURRENT') return dayOfWeek(weekday, ref, 0);
  return prefer === 'FUTURE' ? addDays(ref, ahead) : addDays(ref, -back);
}

/** The Monday of the week `offset` weeks from the reference's (weeks run Monday–Sunday, ISO 8601). */
export function mondayOf(ref: CalendarDay, offset: number): CalendarDay {
  return addDays(ref, 7 * offset - ((weekdayOf(ref) + 6) % 7));
}

/** A weekday (0 = Sunday) of the week `offset` weeks from the reference's. */
export function dayOfWeek(weekday: number, ref: CalendarDay, offset: number): CalendarDay {
  return addDays(mondayOf(ref, offset), (weekday + 6) % 7);
}

export type RelativeUnit = 'WEEK' | 'MONTH' | 'YEAR';

/** "last month", "العام المقبل", "مطلع الشهر الجاري": a period counted from the reference. */
export function relativePeriodResult(
  context: ParsingContext,
  match: RegExpMatchArray,
  unit: RelativeUnit,
  relation: Relation,
  part?: Part,
  since?: boolean,
): ParsingResult | null {
  const ref = referenceDay(context);
  const offset = OFFSET[relation];
  if (unit === 'YEAR') return writtenResult(context, match, { year: ref.year + offset, part, since });
  if (unit === 'MONTH')
    return writtenResult(context, match, { ...shiftMonth(ref.year, ref.month, offset), part, since });
  if (part) {
    // Parts of a week (Monday–Sunday): early Monday–Tuesday, mid Wednesday–Friday, late Saturday–Sunday.
    const [first, last] = WEEK_PART_DAYS[part];
    const monday = mondayOf(ref, offset);
    return writtenResult(context, match, {
      edtf: `${isoDay(addDays(monday, first))}~/${isoDay(addDays(monday, last))}~`,
    });
  }
  // Weeks run Monday to Sunday (ISO 8601).
  const monday = mondayOf(ref, offset);
  const result = writtenResult(context, match, { ...monday, since } satisfies Written);
  const sunday = addDays(monday, 6);
  result.end = context.createParsingComponents({ year: sunday.year, month: sunday.month, day: sunday.day });
  return result;
}

/** The Arabic and English casual day words, as days from the reference. */
export function casualDayResult(
  context: ParsingContext,
  match: RegExpMatchArray,
  days: number,
): ParsingResult {
  const day = addDays(referenceDay(context), days);
  return writtenResult(context, match, { ...day, casual: true });
}
