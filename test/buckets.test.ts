import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bucketEnd, bucketsBetween, fillBuckets } from '../src/timeline/buckets';
import type { BucketRow, Granularity } from '../src/timeline/store';

const row = (start: string, granularity: Granularity, count = 1): BucketRow => ({
  start,
  end: bucketEnd(start, granularity),
  count,
  coarse: 0,
});

describe('histogram buckets', () => {
  it('end on the last day of their day, week, month or year', () => {
    expect(bucketEnd('2024-02-01', 'MONTH')).toBe('2024-02-29');
    expect(bucketEnd('2025-02-01', 'MONTH')).toBe('2025-02-28');
    expect(bucketEnd('2025-06-02', 'WEEK')).toBe('2025-06-08');
    expect(bucketEnd('2025-01-01', 'YEAR')).toBe('2025-12-31');
    expect(bucketEnd('2025-01-01', 'DAY')).toBe('2025-01-01');
  });

  it('work in the first centuries too, where an event with no start nor end sorts (0001-01-01)', () => {
    expect(bucketEnd('0001-02-01', 'MONTH')).toBe('0001-02-28');
    expect(bucketEnd('0004-02-01', 'MONTH')).toBe('0004-02-29');
    expect(bucketEnd('0001-01-01', 'WEEK')).toBe('0001-01-07');
    expect(
      fillBuckets([row('0001-01-01', 'MONTH'), row('0001-03-01', 'MONTH')], 'MONTH').map((b) => b.start),
    ).toEqual(['0001-01-01', '0001-02-01', '0001-03-01']);
    expect(bucketsBetween('0001-01-01', '0002-01-01', 'DAY')).toBe(366);
  });

  it('count the buckets between two starts, both included', () => {
    expect(bucketsBetween('2010-01-01', '2025-06-20', 'DAY')).toBe(5650);
    expect(bucketsBetween('2025-06-02', '2025-06-30', 'WEEK')).toBe(5);
    expect(bucketsBetween('2024-11-01', '2025-02-01', 'MONTH')).toBe(4);
    expect(bucketsBetween('0001-01-01', '2025-01-01', 'YEAR')).toBe(2025);
  });

  it('fill the gaps and keep every non-empty bucket, however far apart', () => {
    const rows = [row('2010-01-01', 'DAY'), row('2010-01-03', 'DAY', 2), row('2024-05-01', 'DAY', 7)];
    const filled = fillBuckets(rows, 'DAY');
    expect(filled).toHaveLength(bucketsBetween('2010-01-01', '2024-05-01', 'DAY'));
    expect(filled.filter((b) => b.count > 0)).toEqual(rows);
    expect(filled[1]).toEqual({ start: '2010-01-02', end: '2010-01-02', count: 0, coarse: 0 });
  });

  it('fill any series into one continuous run of the size bucketsBetween says', () => {
    const granularity = fc.constantFrom<Granularity>('DAY', 'WEEK', 'MONTH', 'YEAR');
    fc.assert(
      fc.property(
        granularity,
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 0, max: 60 }),
        (g, a, b) => {
          // Bucket starts made by walking forward from a Monday, 1 January 2024.
          const starts: string[] = [];
          let start = '2024-01-01'; // a Monday, and the first of a month and of a year
          for (let i = 0; i <= a + b; i++) {
            starts.push(start);
            const next = new Date(`${bucketEnd(start, g)}T00:00:00Z`);
            next.setUTCDate(next.getUTCDate() + 1);
            start = next.toISOString().slice(0, 10);
          }
          const rows = [
            row(starts[0] as string, g),
            row(starts[a] as string, g, 3),
            row(starts.at(-1) as string, g),
          ];
          const unique = [...new Map(rows.map((r) => [r.start, r])).values()];
          const filled = fillBuckets(unique, g);
          expect(filled).toHaveLength(unique.length < 2 ? unique.length : starts.length);
          expect(filled.reduce((n, x) => n + x.count, 0)).toBe(unique.reduce((n, x) => n + x.count, 0));
          if (unique.length >= 2)
            expect(bucketsBetween(starts[0] as string, starts.at(-1) as string, g)).toBe(starts.length);
        },
      ),
      { numRuns: 200 },
    );
  });
});
