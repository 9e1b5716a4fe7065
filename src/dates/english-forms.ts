import type { Parser } from 'chrono-node';
import { shiftMonth } from './calendar';
import {
  type Count,
  dayAloneEdtf,
  forward,
  lastUnitsEdtf,
  nthWeekdayEdtf,
  type PeriodPart,
  partOfPeriodEdtf,
  quarterEdtf,
  quarterYear,
  relativeQuarterEdtf,
  seasonEdtf,
  seasonYear,
  spanResult,
  unitsAwayEdtf,
  weekdayOfWeekEdtf,
  yearBcEdtf,
} from './forms';
import { eidEdtf, hijriMonthResult } from './hijri-forms';
import { yearOfMonth } from './resolve';
import {
  EIDS,
  EN_ABOUT,
  EN_FEW,
  EN_MONTHS,
  EN_NUMBERS,
  EN_ORDINALS,
  EN_QUARTERS,
  EN_RELATIONS,
  EN_UNITS,
  EN_WEEKDAY_ABBREVIATIONS,
  EN_WEEKDAYS,
  HIJRI_MONTHS,
  HOLIDAYS,
  MONTH_DOT,
  type Relation,
  SEASONS,
} from './vocabulary';
import { boundedParser, referenceDay, WORD_END, writtenResult } from './written';

// English forms chrono does not read, or reads otherwise than docs/dates.md says: ordinal days and
// weekdays of a month, day ranges, N units ago / hence as docs/dates.md sizes them, spans of the last
// or next N units, weekdays of a named week, quarters, seasons, holidays, Eids and Hijri months, BC.
// Chrono's own parsers still read "in 3 days", "2 weeks ago", "July 13-15" and the like after these.
const FLAGS = 'iu';
const YEAR = '[12]\\d{3}';
const RELATION = `(?<relation>${EN_RELATIONS.pattern})`;
const WEEKDAY = `(?<weekday>${EN_WEEKDAYS.pattern}|${EN_WEEKDAY_ABBREVIATIONS.pattern}\\.?)`;
const NUMBER = `(?<n>\\d{1,3}|${EN_NUMBERS.pattern})`;
const UNIT = `(?<unit>${EN_UNITS.pattern})`;
const SUFFIX = '(?:st|nd|rd|th)';
const regex = (pattern: string) => new RegExp(`${pattern}${WORD_END}`, FLAGS);
const numberOf = (text: string | undefined) =>
  /^\d+$/.test(text ?? '') ? Number(text) : EN_NUMBERS.get(text);
const weekdayOf = (text: string | undefined) =>
  EN_WEEKDAYS.get(text) ?? EN_WEEKDAY_ABBREVIATIONS.get(text?.replace(/\.$/, ''));

/** "the 13th": that day of the reference month, or of the month before (after, reading forward). */
const ordinalDayParser = boundedParser(
  regex(`(?:on\\s+)?the\\s+(?<day>\\d{1,2})${SUFFIX}(?!\\s+(?:of\\s+|century|centuries|anniversary))`),
  (context, match) =>
    spanResult(context, match, () =>
      dayAloneEdtf(Number(match.groups?.day), undefined, referenceDay(context), forward(context)),
    ),
);

/** "the first Monday of the month", "third Tuesday of September 2014", "last Monday of March". */
const nthWeekdayParser = boundedParser(
  regex(
    `(?:the\\s+)?(?<nth>${EN_ORDINALS.pattern})\\s+${WEEKDAY}\\s+(?:of|in)\\s+(?:(?<month>${EN_MONTHS.pattern})${MONTH_DOT}(?:,?\\s+(?<year>${YEAR}))?|(?:the|this)\\s+month|${RELATION}\\s+month)`,
  ),
  (context, match) => {
    const groups = match.groups ?? {};
    const ref = referenceDay(context);
    const nth = EN_ORDINALS.get(groups.nth) ?? 1;
    const weekday = weekdayOf(groups.weekday) ?? 0;
    const relation = EN_RELATIONS.get(groups.relation);
    return spanResult(context, match, () => {
      let year = ref.year;
      let month = ref.month;
      const named = EN_MONTHS.get(groups.month);
      if (named)
        [month, year] = [named, Number(groups.year ?? yearOfMonth(named, undefined, ref, prefer(context)))];
      else if (relation && relation !== 'CURRENT') {
        const shifted = (ref.year * 12 + ref.month - 1 + (relation === 'PAST' ? -1 : 1)) | 0;
        [year, month] = [Math.floor(shifted / 12), (shifted % 12) + 1];
      }
      return nthWeekdayEdtf(year, month, weekday, nth);
    });
  },
);

const prefer = (context: Parameters<typeof forward>[0]) => (forward(context) ? 'FUTURE' : 'PAST');

const RANGE_SEP = '\\s*(?:-|–|to|through|thru|till|until|and)\\s*';
/** "from the 13th to the 15th of July", "13 through 15 July", "between 3 and 5 August", "July 13-15". */
function rangeParser(pattern: string): Parser {
  return boundedParser(regex(pattern), (context, match) => {
    const groups = match.groups ?? {};
    const sep = match[0].match(/\band\b/i);
    if (sep && !/^between/i.test(match[0])) return null;
    const month = EN_MONTHS.get(groups.month) ?? 0;
    const [first, last] = [Number(groups.d1), Number(groups.d2)];
    const result = writtenResult(context, match, {
      year: groups.year ? Number(groups.year) : undefined,
      month,
      day: first,
    });
    result.end = result.start.clone();
    result.end.assign('day', last);
    return result;
  });
}
const rangeBeforeMonth = rangeParser(
  `(?:(?:from|between)\\s+)?(?:the\\s+)?(?<d1>\\d{1,2})${SUFFIX}?${RANGE_SEP}(?:the\\s+)?(?<d2>\\d{1,2})${SUFFIX}?\\s+(?:of\\s+)?(?<month>${EN_MONTHS.pattern})${MONTH_DOT}(?:,?\\s+(?<year>${YEAR}))?`,
);
const rangeAfterMonth = rangeParser(
  `(?:(?:from|between)\\s+)?(?<month>${EN_MONTHS.pattern})${MONTH_DOT}\\s+(?<d1>\\d{1,2})${SUFFIX}?${RANGE_SEP}(?<d2>\\d{1,2})${SUFFIX}?(?:,?\\s+(?<year>${YEAR}))?`,
);

/**
 * A range across months: "from 28 July to 3 August", "between July 28 and August 3", "28 December
 * 2024 – 3 January 2025". The year is settled for the range as a whole (see resolve.ts).
 */
function crossMonthRange(pattern: string): Parser {
  return boundedParser(regex(pattern), (context, match) => {
    const groups = match.groups ?? {};
    if (/\band\b/i.test(groups.sep ?? '') && !/^between/i.test(match[0])) return null;
    const result = writtenResult(context, match, {
      year: groups.y1 ? Number(groups.y1) : undefined,
      month: EN_MONTHS.get(groups.m1) ?? 0,
      day: Number(groups.d1),
    });
    result.end = context.createParsingComponents({
      month: EN_MONTHS.get(groups.m2) ?? 0,
      day: Number(groups.d2),
      ...(groups.year ? { year: Number(groups.year) } : {}),
    });
    return result;
  });
}
const dayOfMonth = (d: string, m: string) =>
  `(?:the\\s+)?(?<${d}>\\d{1,2})${SUFFIX}?\\s+(?:of\\s+)?(?<${m}>${EN_MONTHS.pattern})${MONTH_DOT}`;
const monthDay = (d: string, m: string) =>
  `(?<${m}>${EN_MONTHS.pattern})${MONTH_DOT}\\s+(?<${d}>\\d{1,2})${SUFFIX}?`;
const RANGE_FROM = '(?:(?:from|between)\\s+)?';
const FIRST_YEAR = `(?:,?\\s+(?<y1>${YEAR}))?`;
const LAST_YEAR = `(?:,?\\s+(?<year>${YEAR}))?`;
const crossMonthBeforeMonth = crossMonthRange(
  `${RANGE_FROM}${dayOfMonth('d1', 'm1')}${FIRST_YEAR}(?<sep>${RANGE_SEP})${dayOfMonth('d2', 'm2')}${LAST_YEAR}`,
);
const crossMonthAfterMonth = crossMonthRange(
  `${RANGE_FROM}${monthDay('d1', 'm1')}${FIRST_YEAR}(?<sep>${RANGE_SEP})${monthDay('d2', 'm2')}${LAST_YEAR}`,
);

/** The count of a unit: a number, about/around before it, or a vague few (a few, several, some). */
function countOf(groups: Record<string, string | undefined>): Count {
  if (groups.few) return 'FEW';
  return { n: numberOf(groups.n) ?? 1, about: groups.about !== undefined };
}
const COUNT = `(?:(?<about>${EN_ABOUT.pattern})\\s+)?(?:${NUMBER}|(?<few>${EN_FEW.pattern}))`;

/**
 * "3 days ago", "a week hence", "two months from now", "in 3 days", "about two weeks ago", "a few days
 * ago", "in several weeks": see unitsAwayEdtf.
 */
const unitsAwayParser = boundedParser(
  regex(`(?:(?<in>in|within)\\s+)?${COUNT}\\s+${UNIT}(?:\\s+(?<dir>ago|hence|from\\s+now|from\\s+today))?`),
  (context, match) => {
    const groups = match.groups ?? {};
    const dir = (groups.dir ?? '').toLowerCase();
    if ((!groups.in && !dir) || (groups.in && dir === 'ago') || groups.in?.toLowerCase() === 'within')
      return null;
    const unit = EN_UNITS.get(groups.unit) ?? 'DAY';
    const count = countOf(groups);
    return spanResult(context, match, () =>
      unitsAwayEdtf(referenceDay(context), unit, count, dir === 'ago' ? -1 : 1),
    );
  },
);

/**
 * "the last 3 days", "over the past two weeks", "the next 3 months", "the past week", and a vague few:
 * "the last few days", "in the coming weeks", "in recent months".
 */
const lastUnitsParser = boundedParser(
  regex(
    `(?:(?:over|during|in|for|within)\\s+)?(?:the\\s+(?<rel>last|past|previous|next|coming|following)\\s+(?:(?:${NUMBER}|(?<few>few|several))\\s+)?${UNIT}|(?<recent>recent)\\s+(?<unit2>days|weeks|months|years))`,
  ),
  (context, match) => {
    const groups = match.groups ?? {};
    const rel = (groups.rel ?? '').toLowerCase();
    const future = ['next', 'coming', 'following'].includes(rel);
    const plural = /s$/i.test(groups.unit ?? groups.unit2 ?? '');
    // "the past week" is the 7 days before; "last week" and "the next week" are calendar weeks.
    if (!groups.n && !plural && rel !== 'past') return null;
    const unit = EN_UNITS.get(groups.unit ?? groups.unit2) ?? 'DAY';
    const count: Count = groups.n || !plural ? { n: numberOf(groups.n) ?? 1 } : 'FEW';
    return spanResult(context, match, () => lastUnitsEdtf(referenceDay(context), unit, count, future));
  },
);

const WEEK_RELATION = '(?<wrel>this|last|next|previous|coming|the\\s+following)';
const weekRelation = (text: string | undefined): Relation => {
  const rel = (text ?? '').toLowerCase();
  return rel === 'this' ? 'CURRENT' : rel === 'last' || rel === 'previous' ? 'PAST' : 'FUTURE';
};
/** "Monday of this week", "Tuesday of next week", "Friday last week", "next week's Monday". */
const weekdayOfWeekParser = boundedParser(
  regex(
    `(?:on\\s+)?(?:${WEEKDAY}\\s+(?:of\\s+)?(?:the\\s+)?${WEEK_RELATION}\\s+week|${WEEK_RELATION.replace('wrel', 'wrel2')}\\s+week(?:'s)?\\s+(?<weekday2>${EN_WEEKDAYS.pattern}))`,
  ),
  (context, match) => {
    const groups = match.groups ?? {};
    const weekday = weekdayOf(groups.weekday ?? groups.weekday2) ?? 1;
    const relation = weekRelation(groups.wrel ?? groups.wrel2);
    return spanResult(context, match, () => weekdayOfWeekEdtf(referenceDay(context), weekday, relation));
  },
);

/** "Q3", "Q3 2025", "2018Q4", "4th qtr 2018", "third quarter", "this quarter", "last quarter". */
const quarterParser = boundedParser(
  regex(
    `(?:(?<year1>${YEAR})\\s*-?\\s*q(?<n1>[1-4])|q(?<n2>[1-4])(?:\\s*(?:of\\s+)?(?<year2>${YEAR}))?|(?:the\\s+)?(?<ordinal>${EN_QUARTERS.pattern})\\s+(?:quarter|qtr\\.?)(?:\\s+(?:of\\s+|in\\s+)?(?:(?<year3>${YEAR})|(?<yrel>this|last|next)\\s+year))?|${RELATION}\\s+quarter)`,
  ),
  (context, match) => {
    const groups = match.groups ?? {};
    const ref = referenceDay(context);
    const relation = EN_RELATIONS.get(groups.relation);
    if (relation) return spanResult(context, match, () => relativeQuarterEdtf(ref, relation));
    const quarter = Number(groups.n1 ?? groups.n2 ?? EN_QUARTERS.get(groups.ordinal) ?? 1);
    const written = groups.year1 ?? groups.year2 ?? groups.year3;
    const yrel = (groups.yrel ?? '').toLowerCase();
    const year = written
      ? Number(written)
      : yrel
        ? ref.year + (yrel === 'last' ? -1 : yrel === 'next' ? 1 : 0)
        : quarterYear(quarter, undefined, ref, forward(context));
    return spanResult(context, match, () => quarterEdtf(year, quarter));
  },
);

const PARTS: Record<string, PeriodPart> = {
  half: 'HALF',
  quarter: 'QUARTER',
  month: 'MONTH',
  week: 'WEEK',
  day: 'DAY',
};
/**
 * "the first half of 2024", "the last quarter of 2024", "the last week of March", "the second week of
 * next month", "the last day of the month", "the final month of last year" (see partOfPeriodEdtf).
 */
const partOfPeriodParser = boundedParser(
  regex(
    `(?:the\\s+)?(?<ord>${EN_ORDINALS.pattern}|latter)\\s+(?<part>half|quarter|month|week|day)\\s+(?:of|in)\\s+(?:(?<month>${EN_MONTHS.pattern})${MONTH_DOT}(?:,?\\s+(?<year>${YEAR}))?|(?<year2>${YEAR})|(?:the|this)\\s+(?<unit>month|year)|(?<rel>last|next|previous|coming)\\s+(?<unit2>month|year))`,
  ),
  (context, match) => {
    const groups = match.groups ?? {};
    const ref = referenceDay(context);
    // "the latter half" is the second (the last) of two.
    const nth = EN_ORDINALS.get(groups.ord) ?? -1;
    const part = PARTS[lower(groups.part)] ?? 'DAY';
    const named = EN_MONTHS.get(groups.month);
    const shift = { last: -1, previous: -1, next: 1, coming: 1 }[lower(groups.rel)] ?? 0;
    const unit = lower(groups.unit ?? groups.unit2);
    let period: { year: number; month?: number };
    if (named)
      period = {
        year: Number(groups.year ?? yearOfMonth(named, undefined, ref, prefer(context))),
        month: named,
      };
    else if (groups.year2) period = { year: Number(groups.year2) };
    else if (unit === 'month') period = shiftMonth(ref.year, ref.month, shift);
    else period = { year: ref.year + shift };
    const edtf = partOfPeriodEdtf(part, nth, period);
    return edtf === null ? null : spanResult(context, match, () => edtf);
  },
);
const lower = (text: string | undefined) => (text ?? '').toLowerCase();

/** "summer 2024", "the summer of 2024", "last winter", "this summer": meteorological, approximate. */
const seasonParser = boundedParser(
  regex(
    `(?:the\\s+)?(?:(?<season>spring|summer|autumn|fall|winter)\\s+(?:of\\s+)?(?<year>${YEAR})|${RELATION}\\s+(?<season2>spring|summer|autumn|fall|winter))`,
  ),
  (context, match) => {
    const groups = match.groups ?? {};
    const season = SEASONS.get(groups.season ?? groups.season2) ?? 'SUMMER';
    const relation = EN_RELATIONS.get(groups.relation);
    const year = groups.year
      ? Number(groups.year)
      : seasonYear(season, relation, referenceDay(context), forward(context));
    return spanResult(context, match, () => seasonEdtf(season, year));
  },
);

/** "Christmas", "New Year's Eve 2024", "last Valentine's Day": a day and month, resolved like one. */
const holidayParser = boundedParser(
  regex(`(?:${RELATION}\\s+)?(?<holiday>${HOLIDAYS.pattern})(?:,?\\s+(?<year>${YEAR}))?`),
  (context, match) => {
    const groups = match.groups ?? {};
    const [month, day] = HOLIDAYS.get(groups.holiday) ?? [1, 1];
    const relation = EN_RELATIONS.get(groups.relation);
    return writtenResult(context, match, {
      year: groups.year ? Number(groups.year) : undefined,
      month,
      day,
      relation,
    });
  },
);

/** "Eid al-Fitr", "Eid al-Adha 2024", "last Eid al-Adha"; "Ramadan 2025", "Ramadan 1446 AH", "last Ramadan". */
const eidParser = boundedParser(
  regex(`(?:${RELATION}\\s+)?(?<eid>${EIDS.pattern})(?:,?\\s+(?<year>1[34]\\d\\d\\s*ah|${YEAR}))?`),
  (context, match) => {
    const groups = match.groups ?? {};
    return spanResult(context, match, () =>
      eidEdtf(context, EIDS.get(groups.eid) ?? [10, 1], groups.year, EN_RELATIONS.get(groups.relation)),
    );
  },
);
const hijriMonthParser = boundedParser(
  regex(`(?:${RELATION}\\s+)?(?<month>${HIJRI_MONTHS.pattern})(?:,?\\s+(?<year>1[34]\\d\\d\\s*ah|${YEAR}))?`),
  (context, match) => {
    const groups = match.groups ?? {};
    if (!groups.relation && !groups.year) return null;
    const month = HIJRI_MONTHS.get(groups.month) ?? 9;
    return hijriMonthResult(context, match, month, groups.year, EN_RELATIONS.get(groups.relation));
  },
);

/** "44 BC", "500 BCE", "in 3000 B.C.". */
const bcParser = boundedParser(
  new RegExp(`(?:in\\s+)?(?<year>\\d{1,4})\\s*(?:bce|bc|b\\.c\\.e\\.|b\\.c\\.)(?![\\p{L}\\p{N}])`, FLAGS),
  (context, match) => spanResult(context, match, () => yearBcEdtf(Number(match.groups?.year))),
);

export const englishFormParsers: Parser[] = [
  crossMonthBeforeMonth,
  crossMonthAfterMonth,
  rangeBeforeMonth,
  rangeAfterMonth,
  nthWeekdayParser,
  weekdayOfWeekParser,
  lastUnitsParser,
  unitsAwayParser,
  quarterParser,
  partOfPeriodParser,
  seasonParser,
  holidayParser,
  eidParser,
  hijriMonthParser,
  bcParser,
  ordinalDayParser,
];
