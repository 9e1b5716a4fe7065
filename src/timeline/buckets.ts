import type { BucketRow } from './store';

/** Dashboards want a continuous series: adds the empty buckets between the first and the last. */
export function fillBuckets(
  rows: BucketRow[],
  granularity: 'DAY' | 'WEEK' | 'MONTH' | 'YEAR',
  max = 5_000,
): BucketRow[] {
  if (rows.length < 2) return rows;
  const out: BucketRow[] = [];
  const byStart = new Map(rows.map((r) => [r.start, r]));
  let start = (rows[0] as BucketRow).start;
  const last = (rows.at(-1) as BucketRow).start;
  while (start <= last && out.length < max) {
    const end = bucketEnd(start, granularity);
    out.push(byStart.get(start) ?? { start, end, count: 0, coarse: 0 });
    start = addDays(end, 1);
  }
  return out;
}

function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

function bucketEnd(start: string, granularity: 'DAY' | 'WEEK' | 'MONTH' | 'YEAR'): string {
  const d = new Date(`${start}T00:00:00Z`);
  if (granularity === 'DAY') return start;
  if (granularity === 'WEEK') return addDays(start, 6);
  if (granularity === 'MONTH')
    return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).toISOString().slice(0, 10);
  return `${start.slice(0, 4)}-12-31`;
}
