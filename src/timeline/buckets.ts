import { addDays, type CalendarDay, daysInMonth, isoDay, parseIsoDay, utcMs } from '../dates/calendar';
import type { BucketRow, Granularity } from './store';

/** Most buckets a dense histogram fills in; past that, ask for sparse buckets or a narrower range. */
export const MAX_FILLED_BUCKETS = 5_000;

/** A bucket start the database gave (always a real ISO day). */
const day = (start: string): CalendarDay => parseIsoDay(start) as CalendarDay;

/** Last day of the bucket that starts on `start`. */
export function bucketEnd(start: string, granularity: Granularity): string {
  const d = day(start);
  if (granularity === 'DAY') return start;
  if (granularity === 'WEEK') return isoDay(addDays(d, 6));
  if (granularity === 'MONTH') return isoDay({ ...d, day: daysInMonth(d.year, d.month) });
  return `${start.slice(0, 4)}-12-31`;
}

/** How many buckets run from the bucket starting on `first` to the one starting on `last`, both included. */
export function bucketsBetween(first: string, last: string, granularity: Granularity): number {
  const a = day(first);
  const b = day(last);
  const days = Math.round((utcMs(b.year, b.month, b.day) - utcMs(a.year, a.month, a.day)) / 86_400_000);
  if (granularity === 'DAY') return days + 1;
  if (granularity === 'WEEK') return Math.floor(days / 7) + 1;
  const months = (b.year - a.year) * 12 + b.month - a.month;
  return granularity === 'MONTH' ? months + 1 : b.year - a.year + 1;
}

/**
 * Dashboards want a continuous series: adds the empty buckets between the first and the last
 * non-empty one. Every row given is kept; the caller checks bucketsBetween first, so the series
 * stays bounded.
 */
export function fillBuckets(rows: BucketRow[], granularity: Granularity): BucketRow[] {
  const first = rows[0];
  const last = rows.at(-1);
  if (!first || !last || rows.length < 2) return rows;
  const byStart = new Map(rows.map((r) => [r.start, r]));
  const out: BucketRow[] = [];
  for (let start = first.start; start <= last.start; ) {
    const end = bucketEnd(start, granularity);
    out.push(byStart.get(start) ?? { start, end, count: 0, coarse: 0 });
    start = isoDay(addDays(day(end), 1));
  }
  return out;
}
