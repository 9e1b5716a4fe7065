/**
 * Small proleptic-Gregorian helpers on plain numbers and ISO day strings. Kept by hand because the
 * date module works on calendar days only (no time zones), where UTC arithmetic is exact.
 */

export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const DAY_MS = 86_400_000;

/**
 * Milliseconds of a UTC calendar day (month 1–12; day may run over, as in Date.UTC). Unlike
 * Date.UTC, a year from 0 to 99 is that year, not 1900 + it: open spans sort at 0001-01-01.
 */
export function utcMs(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
}

export function daysInMonth(year: number, month: number): number {
  return new Date(utcMs(year, month + 1, 0)).getUTCDate();
}

export function isValidDay({ year, month, day }: CalendarDay): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

export function isoDay({ year, month, day }: CalendarDay): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

export function isoMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month)}`;
}

export function isoDayFromUtcMs(ms: number): string {
  const date = new Date(ms);
  return isoDay({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() });
}

/** Parses a strict 'YYYY-MM-DD' that names a real day; null otherwise. */
export function parseIsoDay(s: string): CalendarDay | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!match) return null;
  const day = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isValidDay(day) ? day : null;
}

export function addDays(from: CalendarDay, days: number): CalendarDay {
  const date = new Date(utcMs(from.year, from.month, from.day) + days * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf({ year, month, day }: CalendarDay): number {
  return new Date(utcMs(year, month, day)).getUTCDay();
}

/** Compares (month, day) pairs within a year: negative, zero or positive. */
export function compareMonthDay(
  a: { month: number; day: number },
  b: { month: number; day: number },
): number {
  return a.month - b.month || a.day - b.day;
}

/** The month `delta` months away from (year, month). */
export function shiftMonth(year: number, month: number, delta: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + delta;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** A JS Date at local noon of the day, for chrono (which reads local calendar fields). */
export function localNoon({ year, month, day }: CalendarDay): Date {
  return new Date(year, month - 1, day, 12);
}
