import type { BucketRow, Granularity } from './store';

/** Most buckets a dense histogram fills in; past that, ask for sparse buckets or a narrower range. */
export const MAX_FILLED_BUCKETS = 5_000;

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const iso = (d: Date) => d.toISOString().slice(0, 10);

function addDays(start: string, n: number): string {
  const d = day(start);
  d.setUTCDate(d.getUTCDate() + n);
  return iso(d);
}

/** Last day of the bucket that starts on `start`. */
export function bucketEnd(start: string, granularity: Granularity): string {
  const d = day(start);
  if (granularity === 'DAY') return start;
  if (granularity === 'WEEK') return addDays(start, 6);
  if (granularity === 'MONTH') return iso(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)));
  return `${start.slice(0, 4)}-12-31`;
}

/** How many buckets run from the bucket starting on `first` to the one starting on `last`, both included. */
export function bucketsBetween(first: string, last: string, granularity: Granularity): number {
  const a = day(first);
  const b = day(last);
  const days = Math.round((b.getTime() - a.getTime()) / 86_400_000);
  if (granularity === 'DAY') return days + 1;
  if (granularity === 'WEEK') return Math.floor(days / 7) + 1;
  const months = (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + b.getUTCMonth() - a.getUTCMonth();
  return granularity === 'MONTH' ? months + 1 : b.getUTCFullYear() - a.getUTCFullYear() + 1;
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
    start = addDays(end, 1);
  }
  return out;
}
