import type { Rng } from './prng';

const DAY_MS = 86_400_000;
/** Articles are published between these days; events happen up to two years before. */
const FIRST = Date.UTC(2015, 0, 1);
const LAST = Date.UTC(2025, 11, 31);

export const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const lastDayOfMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const pad = (n: number) => String(n).padStart(2, '0');

export function publishedDay(rng: Rng): string {
  return isoDay(FIRST + rng.int(0, Math.floor((LAST - FIRST) / DAY_MS)) * DAY_MS);
}

export type Precision = 'DAY' | 'MONTH' | 'PART_OF_MONTH' | 'YEAR' | 'OPEN_START' | 'OPEN_END';
const WEIGHTS: Record<Precision, number> = {
  DAY: 45,
  MONTH: 15,
  PART_OF_MONTH: 12,
  YEAR: 8,
  OPEN_START: 10,
  OPEN_END: 10,
};

/**
 * An EDTF date of mixed precision on or before the publication day: a day, a month (2024-05), part
 * of a month (2024-05-01~/2024-05-10~), a year (2023), or an open span (../2024-03-02, 2024-01-05/..).
 */
export function eventEdtf(rng: Rng, published: string): { edtf: string; precision: Precision } {
  const pub = Date.parse(`${published}T00:00:00Z`);
  const day = new Date(pub - rng.int(0, 730) * DAY_MS);
  const [y, m, d] = [day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()];
  const iso = isoDay(day.getTime());
  const precision = rng.weighted(WEIGHTS);
  switch (precision) {
    case 'DAY':
      return { edtf: iso, precision };
    case 'MONTH':
      return { edtf: `${y}-${pad(m)}`, precision };
    case 'PART_OF_MONTH': {
      const third = Math.min(2, Math.floor((d - 1) / 10));
      const [a, b] = [third * 10 + 1, third === 2 ? lastDayOfMonth(y, m) : third * 10 + 10];
      return { edtf: `${y}-${pad(m)}-${pad(a)}~/${y}-${pad(m)}-${pad(b)}~`, precision };
    }
    case 'YEAR':
      return { edtf: String(y), precision };
    case 'OPEN_START':
      return { edtf: `../${iso}`, precision };
    default:
      return { edtf: `${iso}/..`, precision };
  }
}

/** A validity span for a relationship: closed years, a month onwards, until a day, or days. */
export function validEdtf(rng: Rng, published: string): string {
  const y = Number(published.slice(0, 4));
  const from = y - rng.int(1, 8);
  switch (rng.int(0, 3)) {
    case 0:
      return `${from}/${rng.int(from + 1, y)}`;
    case 1:
      return `${from}-${pad(rng.int(1, 12))}/..`;
    case 2:
      return `../${published}`;
    default:
      return `${from}-${pad(rng.int(1, 12))}-${pad(rng.int(1, 28))}/${published}`;
  }
}
