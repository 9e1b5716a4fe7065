import { addDays, type CalendarDay, isoDay } from './calendar';
import { DateError } from './span';

/**
 * Hijri dates through the Umm al-Qura calendar that Intl carries (ICU's islamic-umalqura). Intl only
 * converts Gregorian → Hijri, so a Hijri day is found by estimating its Gregorian day and stepping to
 * the day whose Hijri reading matches. Actual months start on a sighting of the moon, which can differ
 * by a day, so every Hijri-derived day is marked approximate (EDTF ~).
 */
const FORMAT = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', {
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  timeZone: 'UTC',
});

export interface HijriDay {
  year: number;
  month: number;
  day: number;
}

export function toHijri({ year, month, day }: CalendarDay): HijriDay {
  const parts = FORMAT.formatToParts(new Date(Date.UTC(year, month - 1, day)));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return { year: get('year'), month: get('month'), day: get('day') };
}

const EPOCH = { year: 622, month: 7, day: 19 }; // 1 Muharram 1 AH, about
const index = (h: HijriDay) => (h.year - 1) * 354.367 + (h.month - 1) * 29.53 + h.day - 1;

/** Converted days, kept (bounded): Intl formatting costs microseconds and text repeats its dates. */
const converted = new Map<string, CalendarDay | string>();

/** The Gregorian day of a Hijri day; DateError when that Hijri day does not exist (30 of a 29-day month). */
export function fromHijri(hijri: HijriDay): CalendarDay {
  const key = `${hijri.year}-${hijri.month}-${hijri.day}`;
  let found = converted.get(key);
  if (found === undefined) {
    try {
      found = convert(hijri);
    } catch (err) {
      if (!(err instanceof DateError)) throw err;
      found = err.message;
    }
    if (converted.size >= 10_000) converted.clear();
    converted.set(key, found);
  }
  if (typeof found === 'string') throw new DateError(found);
  return found;
}

function convert(hijri: HijriDay): CalendarDay {
  let day = addDays(EPOCH, Math.round(index(hijri)));
  for (let step = 0; step < 8; step++) {
    const got = toHijri(day);
    const diff = Math.round(index(hijri) - index(got));
    if (diff === 0 && got.day === hijri.day && got.month === hijri.month && got.year === hijri.year)
      return day;
    day = addDays(day, diff === 0 ? 1 : diff);
  }
  throw new DateError(`impossible Hijri date: ${hijri.day}/${hijri.month}/${hijri.year} AH`);
}

/** A Hijri day as approximate EDTF. */
export function hijriDayEdtf(hijri: HijriDay): string {
  return `${isoDay(fromHijri(hijri))}~`;
}

/** A Hijri month (or days `from`–`to` of it) as an approximate EDTF interval. */
export function hijriMonthEdtf(year: number, month: number, from = 1, to?: number): string {
  const first = fromHijri({ year, month, day: from });
  const nextMonth = month === 12 ? { year: year + 1, month: 1 } : { year, month: month + 1 };
  const last = to ? fromHijri({ year, month, day: to }) : addDays(fromHijri({ ...nextMonth, day: 1 }), -1);
  return `${isoDay(first)}~/${isoDay(last)}~`;
}

/**
 * The Hijri year of a Hijri month (and day) without a year: like a Gregorian month, the most recent on
 * or before the reference (strictly before for PAST), the next on or after it for FUTURE.
 */
export function hijriYearFor(
  month: number,
  day: number | undefined,
  relation: 'PAST' | 'FUTURE' | 'CURRENT' | undefined,
  ref: CalendarDay,
  forward: boolean,
): number {
  const now = toHijri(ref);
  const order = month - now.month || (day === undefined ? 0 : day - now.day);
  if (relation === 'CURRENT') return now.year;
  if (relation === 'PAST') return order < 0 ? now.year : now.year - 1;
  if (relation === 'FUTURE') return order > 0 ? now.year : now.year + 1;
  if (forward) return order >= 0 ? now.year : now.year + 1;
  return order <= 0 ? now.year : now.year - 1;
}
