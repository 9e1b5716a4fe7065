import type { ParsingContext, ParsingResult } from 'chrono-node';
import type { CalendarDay } from './calendar';
import { forward, spanResult } from './forms';
import { fromHijri, hijriDayEdtf, hijriMonthEdtf, hijriYearFor, toHijri } from './hijri';
import type { Part, Relation } from './vocabulary';
import { referenceDay } from './written';

/**
 * A year written with a Hijri date: 1300–1600 (or marked AH/هـ) is a Hijri year; otherwise Gregorian,
 * and the Hijri year is the one whose `month`/`day` falls in that Gregorian year.
 */
export function hijriYearOf(written: string, month: number, day: number): number {
  const year = Number(written.replace(/\D/g, ''));
  if (/ah|ه/i.test(written) || (year >= 1300 && year < 1600)) return year;
  const guess = toHijri({ year, month: 7, day: 1 }).year;
  for (const candidate of [guess - 1, guess, guess + 1]) {
    if (fromHijri({ year: candidate, month, day }).year === year) return candidate;
  }
  return guess;
}

/** 1 Shawwal (عيد الفطر) or 10 Dhu al-Hijjah (عيد الأضحى) of the year written, or as the relation says. */
export function eidEdtf(
  context: ParsingContext,
  [month, day]: [number, number],
  year: string | undefined,
  relation: Relation | undefined,
): string {
  const hijriYear = year
    ? hijriYearOf(year, month, day)
    : hijriYearFor(month, day, relation, referenceDay(context), forward(context));
  return hijriDayEdtf({ year: hijriYear, month, day });
}

const PART_DAYS: Record<Part, [number, number | undefined]> = {
  EARLY: [1, 10],
  MID: [11, 20],
  LATE: [21, undefined],
};

/** A Hijri month (رمضان 1446، رمضان الماضي، مطلع شهر رمضان), or a part of it, as an approximate span. */
export function hijriMonthResult(
  context: ParsingContext,
  match: RegExpMatchArray,
  month: number,
  year: string | undefined,
  relation: Relation | undefined,
  part?: Part,
): ParsingResult | null {
  return spanResult(context, match, () => {
    const ref = referenceDay(context);
    const hijriYear = year
      ? hijriYearOf(year, month, 1)
      : hijriYearFor(month, undefined, relation, ref, forward(context));
    const [from, to] = part ? PART_DAYS[part] : [1, undefined];
    return hijriMonthEdtf(hijriYear, month, from, to);
  });
}

/** A Hijri day (5 رمضان 1446 هـ); without a year, the most recent (next, reading forward) such day. */
export function hijriDayResult(
  context: ParsingContext,
  match: RegExpMatchArray,
  day: number,
  month: number,
  year: string | undefined,
  relation: Relation | undefined,
): ParsingResult | null {
  return spanResult(context, match, () => {
    const ref: CalendarDay = referenceDay(context);
    const hijriYear = year
      ? hijriYearOf(year, month, day)
      : hijriYearFor(month, day, relation, ref, forward(context));
    return hijriDayEdtf({ year: hijriYear, month, day });
  });
}
