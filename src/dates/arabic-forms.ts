import type { Parser } from 'chrono-node';
import { shiftMonth } from './calendar';
import {
  type Count,
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
import { eidEdtf, hijriDayResult, hijriMonthResult } from './hijri-forms';
import { yearOfMonth } from './resolve';
import {
  AR_ABOUT,
  AR_FEMININE_ORDINAL_DAYS,
  AR_FEW,
  AR_MONTH_ORDINALS,
  AR_MONTHS,
  AR_NUMBERS,
  AR_ORDINAL_DAYS,
  AR_ORDINALS_AFTER,
  AR_ORDINALS_BEFORE,
  AR_PARTS,
  AR_QUARTERS,
  AR_RELATIONS,
  AR_UNITS,
  AR_WEEKDAY_NOUNS,
  AR_WEEKDAYS,
  EIDS,
  HIJRI_MONTHS,
  HOLIDAYS,
  type Relation,
  SEASONS,
} from './vocabulary';
import { boundedParser, referenceDay, WORD_END, writtenResult } from './written';

// Arabic forms beyond those in arabic.ts: ordinal weekdays of a month, months by number, day ranges,
// N units ago / hence, spans of the last or next N units, weekdays of a named week, quarters without a
// year, seasons, holidays, Hijri dates and the Eids, years before the common era. Chrono has nothing
// for these in Arabic. Patterns match folded text (see arabic.ts).
const FLAGS = 'iu';
const PREP = '(?:[وف]?(?:في|خلال)\\s+|[وف]?[بل]|[وف])?';
const YEAR = '[12]\\d{3}';
const RELATION = `(?<relation>${AR_RELATIONS.pattern})`;
const monthPattern = (name: string) =>
  `(?:شهر\\s+)?(?<${name}>${AR_MONTHS.pattern})(?:\\s*[/(]\\s*${AR_MONTHS.pattern}\\s*\\)?)?`;
const MONTH = monthPattern('month');
const YEAR_TAIL = `(?:\\s*(?:[،,]\\s*)?(?:(?:من\\s+)?(?:عام|العام|سنه)\\s+)?(?<year>${YEAR}))?`;
const DAY_WORD = `${AR_ORDINAL_DAYS.pattern}|${AR_FEMININE_ORDINAL_DAYS.pattern}`;
const regex = (pattern: string) => new RegExp(`${PREP}${pattern}${WORD_END}`, FLAGS);
const numberOf = (text: string | undefined) => {
  const bare = (text ?? '').replace(/^ال/, '');
  return /^\d+$/.test(bare) ? Number(bare) : AR_NUMBERS.get(bare);
};
const dayOf = (text: string | undefined) =>
  /^\d+$/.test(text ?? '') ? Number(text) : (AR_ORDINAL_DAYS.get(text) ?? AR_FEMININE_ORDINAL_DAYS.get(text));

/** الثلاثاء الثالث من أيلول 2014، ثالث ثلاثاء في أيلول، آخر اثنين من آذار، أول جمعة من الشهر المقبل. */
const nthWeekdayParser = boundedParser(
  regex(
    `(?:(?:يوم\\s+)?(?<weekday>${AR_WEEKDAYS.pattern})\\s+(?<after>${AR_ORDINALS_AFTER.pattern})|(?<before>${AR_ORDINALS_BEFORE.pattern})\\s+(?:يوم\\s+)?(?<noun>${AR_WEEKDAY_NOUNS.pattern}))\\s+(?:من|في)\\s+(?:${MONTH}${YEAR_TAIL}|(?:هذا\\s+)?الشهر(?:\\s+${RELATION})?)`,
  ),
  (context, match) => {
    const groups = match.groups ?? {};
    const ref = referenceDay(context);
    const nth = AR_ORDINALS_AFTER.get(groups.after) ?? AR_ORDINALS_BEFORE.get(groups.before) ?? 1;
    const weekday = AR_WEEKDAYS.get(groups.weekday) ?? AR_WEEKDAY_NOUNS.get(groups.noun) ?? 0;
    return spanResult(context, match, () => {
      const named = AR_MONTHS.get(groups.month);
      const prefer = forward(context) ? 'FUTURE' : 'PAST';
      if (named) {
        const year = groups.year ? Number(groups.year) : yearOfMonth(named, undefined, ref, prefer);
        return nthWeekdayEdtf(year, named, weekday, nth);
      }
      const relation = AR_RELATIONS.get(groups.relation) ?? 'CURRENT';
      const { year, month } = shiftMonth(
        ref.year,
        ref.month,
        relation === 'PAST' ? -1 : relation === 'FUTURE' ? 1 : 0,
      );
      return nthWeekdayEdtf(year, month, weekday, nth);
    });
  },
);

/** الشهر الثامن، شهر 3، شهر ثلاثة (a month by its number), with or without a year. */
const monthNumberParser = boundedParser(
  regex(
    `(?:الشهر\\s+(?<ordinal>${AR_MONTH_ORDINALS.pattern})|شهر\\s+(?<number>1[0-2]|0?[1-9]|${AR_NUMBERS.pattern}))(?:\\s+(?:من\\s+)?(?:(?:عام|العام|سنه)\\s+)?(?<year>${YEAR}))?`,
  ),
  (context, match) => {
    const groups = match.groups ?? {};
    const month = AR_MONTH_ORDINALS.get(groups.ordinal) ?? numberOf(groups.number);
    // "شهر واحد" is "one month", a duration.
    if (!month || month > 12 || /^واحد/.test(groups.number ?? '')) return null;
    return writtenResult(context, match, { year: groups.year ? Number(groups.year) : undefined, month });
  },
);

/** 13 إلى 15 تموز، من 13 حتى 15 تموز، بين 3 و5 آب، 13-15 تموز 2025، يوليو 13-15. */
const RANGE_SEP = '\\s*(?:-|–|الي|حتي|لغايه|ولغايه|وحتي|و)\\s*';
const rangeParser = boundedParser(
  regex(
    `(?:(?<from>من|بين)\\s+)?(?:(?<d1>\\d{1,2}|${DAY_WORD})(?<sep>${RANGE_SEP})(?<d2>\\d{1,2}|${DAY_WORD})\\s+(?:من\\s+)?${MONTH}|${monthPattern('month2')}\\s+(?<e1>\\d{1,2})\\s*[-–]\\s*(?<e2>\\d{1,2}))${YEAR_TAIL}`,
  ),
  (context, match) => {
    const groups = match.groups ?? {};
    if (groups.sep?.trim() === 'و' && groups.from !== 'بين') return null;
    const month = AR_MONTHS.get(groups.month ?? groups.month2) ?? 0;
    const first = dayOf(groups.d1 ?? groups.e1) ?? 0;
    const last = dayOf(groups.d2 ?? groups.e2) ?? 0;
    const result = writtenResult(context, match, {
      year: groups.year ? Number(groups.year) : undefined,
      month,
      day: first,
    });
    result.end = result.start.clone();
    result.end.assign('day', last);
    return result;
  },
);

/**
 * A range across months: من 28 تموز إلى 3 آب، بين 28 تموز و3 آب، 28 تموز - 3 آب 2015، من 28 كانون الأول
 * 2024 حتى 3 كانون الثاني 2025. The year is settled for the range as a whole (see resolve.ts).
 */
const crossMonthRangeParser = boundedParser(
  regex(
    `(?:(?<from>من|بين)\\s+)?(?<d1>\\d{1,2}|${DAY_WORD})\\s+(?:من\\s+)?${monthPattern('m1')}(?:\\s*(?:[،,]\\s*)?(?<y1>${YEAR}))?(?<sep>${RANGE_SEP})(?<d2>\\d{1,2}|${DAY_WORD})\\s+(?:من\\s+)?${monthPattern('m2')}${YEAR_TAIL}`,
  ),
  (context, match) => {
    const groups = match.groups ?? {};
    if (groups.sep?.trim() === 'و' && groups.from !== 'بين') return null;
    const result = writtenResult(context, match, {
      year: groups.y1 ? Number(groups.y1) : undefined,
      month: AR_MONTHS.get(groups.m1) ?? 0,
      day: dayOf(groups.d1) ?? 0,
    });
    result.end = context.createParsingComponents({
      month: AR_MONTHS.get(groups.m2) ?? 0,
      day: dayOf(groups.d2) ?? 0,
      ...(groups.year ? { year: Number(groups.year) } : {}),
    });
    return result;
  },
);

/** The count of a unit: a number, نحو/حوالي before it or تقريبا after it, or a vague few. */
function countOf(groups: Record<string, string | undefined>, implied: number): Count | undefined {
  const about = groups.about !== undefined || groups.about2 !== undefined;
  if (groups.n) {
    const n = numberOf(groups.n);
    return n ? { n, about } : undefined;
  }
  if (implied) return { n: implied, about };
  // A plural without a number (أيام، الأسابيع), or بضعة/عدة/قليلة: a vague few; نحو adds nothing to it.
  return 'FEW';
}

const FEW_BEFORE = `(?:(?<few>${AR_FEW.pattern})\\s+)?`;
const FEW_AFTER = '(?:\\s+(?<few2>قليله|معدوده))?';
/** Words after a plural that say "many", not "a few" (منذ سنوات طويلة): such a phrase is no date. */
const MANY_AFTER = '(?:طويله|عديده|كثيره|مديده)(?![\\p{L}])';

/**
 * قبل أسبوع، قبل ثلاثة أيام، منذ يومين، بعد أسبوعين، بعد 3 أشهر، منذ نحو أسبوعين، منذ أيام، بعد بضعة أشهر
 * (see unitsAwayEdtf). "بعد أسبوعين على/من …" counts from another event, not from the reference: no date.
 */
const unitsAwayParser = boundedParser(
  regex(
    `(?<dir>قبل|منذ|بعد)\\s+(?:(?<about>${AR_ABOUT.pattern})\\s+)?${FEW_BEFORE}(?:(?<n>\\d{1,3}|${AR_NUMBERS.pattern})\\s+)?(?<unit>${AR_UNITS.pattern})${FEW_AFTER}(?:\\s+(?<about2>تقريبا))?(?!\\s+(?:من|علي(?![\\p{L}])|${MANY_AFTER}|${AR_WEEKDAYS.pattern}|\\d))`,
  ),
  (context, match) => {
    const groups = match.groups ?? {};
    const [unit, implied] = AR_UNITS.get(groups.unit) ?? ['DAY', 1];
    if (groups.unit?.startsWith('ال')) return null;
    const count = countOf(groups, implied);
    if (!count) return null;
    const sign = groups.dir === 'بعد' ? 1 : -1;
    return spanResult(context, match, () => unitsAwayEdtf(referenceDay(context), unit, count, sign));
  },
);

const PLURAL_PAST =
  '(?<past>الماضيه|الفائته|المنصرمه|الاخيره|السابقه|الماضيين|الفائتين|الاخيرين|المنصرمين|السابقين)';
const PLURAL_FUTURE = '(?<future>المقبله|القادمه|التاليه|الجايه|المقبلين|القادمين|التاليين)';
/**
 * خلال الأيام الثلاثة الماضية، الأسبوعين الماضيين، الأشهر الستة المقبلة، آخر ثلاثة أيام، and a vague
 * few: خلال الأسابيع القليلة الماضية، في الأسابيع المقبلة، في الأيام الأخيرة.
 */
const lastUnitsParser = boundedParser(
  regex(
    `(?:(?:طيله|طوال)\\s+)?(?:(?<unit>${AR_UNITS.pattern})\\s+(?:(?<n>(?:ال)?(?:\\d{1,3}|${AR_NUMBERS.pattern}))\\s+)?(?:(?<few2>القليله)\\s+)?(?:${PLURAL_PAST}|${PLURAL_FUTURE})|اخر\\s+(?:(?<n2>\\d{1,3}|${AR_NUMBERS.pattern})|(?<few>${AR_FEW.pattern}))\\s+(?<unit2>${AR_UNITS.pattern}))`,
  ),
  (context, match) => {
    const groups = match.groups ?? {};
    const unitText = groups.unit ?? groups.unit2 ?? '';
    const [unit, implied] = AR_UNITS.get(unitText) ?? ['DAY', 0];
    // A singular with الماضي is a calendar unit (الأسبوع الماضي), read in arabic.ts.
    if (implied === 1) return null;
    const count = countOf({ ...groups, n: groups.n ?? groups.n2 }, implied);
    if (!count) return null;
    const future = groups.future !== undefined;
    return spanResult(context, match, () => lastUnitsEdtf(referenceDay(context), unit, count, future));
  },
);

/** الأحد من الأسبوع الماضي، يوم الاثنين من هذا الأسبوع، الخميس الأسبوع المقبل. */
const weekdayOfWeekParser = boundedParser(
  regex(
    `(?:يوم\\s+)?(?<weekday>${AR_WEEKDAYS.pattern})\\s+(?:من\\s+)?(?:(?<this>هذا)\\s+الاسبوع|الاسبوع\\s+${RELATION})`,
  ),
  (context, match) => {
    const groups = match.groups ?? {};
    const weekday = AR_WEEKDAYS.get(groups.weekday) ?? 0;
    const relation: Relation = groups.this ? 'CURRENT' : (AR_RELATIONS.get(groups.relation) ?? 'CURRENT');
    return spanResult(context, match, () => weekdayOfWeekEdtf(referenceDay(context), weekday, relation));
  },
);

const AR_PARTS_OF_PERIOD: Record<string, PeriodPart> = {
  النصف: 'HALF',
  الشهر: 'MONTH',
  الاسبوع: 'WEEK',
  اليوم: 'DAY',
};
/**
 * النصف الأول من 2024، النصف الثاني من العام الماضي، الأسبوع الأخير من آذار، الأسبوع الثاني من الشهر المقبل،
 * اليوم الأخير من الشهر، الشهر الأخير من العام (see partOfPeriodEdtf). Quarters are read with الربع above.
 */
const partOfPeriodParser = boundedParser(
  regex(
    `(?<part>النصف|الشهر|الاسبوع|اليوم)\\s+(?<ord>${AR_ORDINALS_AFTER.pattern})\\s+(?:من\\s+)?(?:${MONTH}(?:\\s*(?:[،,]\\s*)?(?:(?:من\\s+)?(?:عام|العام|سنه)\\s+)?(?<year>${YEAR})|\\s+${RELATION})?|(?:(?:عام|العام|سنه)\\s+)?(?<year2>${YEAR})|(?:هذا\\s+|هذه\\s+)?(?<unit>الشهر|العام|السنه)(?:\\s+${RELATION.replace('relation', 'relation2')})?)`,
  ),
  (context, match) => {
    const groups = match.groups ?? {};
    const ref = referenceDay(context);
    const part = AR_PARTS_OF_PERIOD[groups.part ?? ''] ?? 'DAY';
    const nth = AR_ORDINALS_AFTER.get(groups.ord) ?? 1;
    const named = AR_MONTHS.get(groups.month);
    const relation = AR_RELATIONS.get(groups.relation ?? groups.relation2);
    const shift = relation === 'PAST' ? -1 : relation === 'FUTURE' ? 1 : 0;
    let period: { year: number; month?: number };
    if (named) {
      const prefer = forward(context) ? 'FUTURE' : 'PAST';
      period = {
        year: groups.year ? Number(groups.year) : yearOfMonth(named, relation, ref, prefer),
        month: named,
      };
    } else if (groups.year2) period = { year: Number(groups.year2) };
    else if (groups.unit === 'الشهر') period = shiftMonth(ref.year, ref.month, shift);
    else period = { year: ref.year + shift };
    const edtf = partOfPeriodEdtf(part, nth, period);
    return edtf === null ? null : spanResult(context, match, () => edtf);
  },
);

/** الربع الثالث (this year's, or as the direction says)، الربع الماضي، الربع الحالي. */
const quarterParser = boundedParser(
  regex(
    `الربع\\s+(?:(?<quarter>${AR_QUARTERS.pattern})(?!\\s+(?:من\\s+)?(?:عام\\s+|العام\\s+|السنه\\s+|هذا\\s+|هذه\\s+)?(?:\\d|${AR_RELATIONS.pattern}))(?:\\s+من\\s+(?<thisYear>العام|السنه|هذا العام|هذه السنه))?|${RELATION})`,
  ),
  (context, match) => {
    const groups = match.groups ?? {};
    const ref = referenceDay(context);
    const relation = AR_RELATIONS.get(groups.relation);
    if (relation) return spanResult(context, match, () => relativeQuarterEdtf(ref, relation));
    const quarter = AR_QUARTERS.get(groups.quarter) ?? 1;
    const year = groups.thisYear ? ref.year : quarterYear(quarter, undefined, ref, forward(context));
    return spanResult(context, match, () => quarterEdtf(year, quarter));
  },
);

const AR_SEASON = '(?<season>الربيع|الصيف|الخريف|الشتاء|ربيع|صيف|خريف|شتاء)';
/** صيف 2024، شتاء عام 2024، الصيف الماضي، صيف العام الماضي، هذا الصيف. */
const seasonParser = boundedParser(
  regex(
    `(?:فصل\\s+)?(?:${AR_SEASON}\\s+(?:(?:من\\s+)?(?:عام|العام|سنه)\\s+)?(?<year>${YEAR})|${AR_SEASON.replace('season', 'season2')}\\s+(?:(?<yearWord>العام|السنه)\\s+)?${RELATION}|(?:هذا|هذه)\\s+(?<season3>الربيع|الصيف|الخريف|الشتاء))`,
  ),
  (context, match) => {
    const groups = match.groups ?? {};
    const season = SEASONS.get(groups.season ?? groups.season2 ?? groups.season3) ?? 'SUMMER';
    const ref = referenceDay(context);
    const relation: Relation | undefined = groups.season3 ? 'CURRENT' : AR_RELATIONS.get(groups.relation);
    // "صيف العام الماضي": the season of that year, not the last such season.
    const year = groups.year
      ? Number(groups.year)
      : groups.yearWord
        ? ref.year + (relation === 'PAST' ? -1 : relation === 'FUTURE' ? 1 : 0)
        : seasonYear(season, relation, ref, forward(context));
    return spanResult(context, match, () => seasonEdtf(season, year));
  },
);

/** رأس السنة، ليلة رأس السنة 2024، عيد الميلاد الماضي، عيد الحب. */
const holidayParser = boundedParser(
  regex(
    `(?<holiday>${HOLIDAYS.pattern})(?:\\s+(?:(?:من\\s+)?(?:عام|العام)\\s+)?(?<year>${YEAR})|\\s+${RELATION})?`,
  ),
  (context, match) => {
    const groups = match.groups ?? {};
    const [month, day] = HOLIDAYS.get(groups.holiday) ?? [1, 1];
    return writtenResult(context, match, {
      year: groups.year ? Number(groups.year) : undefined,
      month,
      day,
      relation: AR_RELATIONS.get(groups.relation),
    });
  },
);

const HIJRI_YEAR = '(?<year>1[34]\\d\\d|[12]\\d{3})(?:\\s*(?:ه|هجري|هجريه|للهجره)(?![\\p{L}]))?';
const HIJRI_MONTH = `(?:شهر\\s+)?(?<hmonth>${HIJRI_MONTHS.pattern})`;
const HIJRI_TAIL = `(?:\\s+(?:(?:من\\s+)?(?:عام|العام|سنه)\\s+)?${HIJRI_YEAR}|\\s+${RELATION})?`;

/** 5 رمضان 1446 هـ، الأول من شوال، 10 ذي الحجة (Umm al-Qura, approximate). */
const hijriDayParser = boundedParser(
  regex(`(?<day>\\d{1,2}|${DAY_WORD})\\s+(?:من\\s+)?${HIJRI_MONTH}${HIJRI_TAIL}`),
  (context, match) => {
    const groups = match.groups ?? {};
    const month = HIJRI_MONTHS.get(groups.hmonth) ?? 1;
    const day = dayOf(groups.day) ?? 0;
    return hijriDayResult(context, match, day, month, groups.year, AR_RELATIONS.get(groups.relation));
  },
);

/** رمضان 1446، رمضان الماضي، شهر رمضان، مطلع شهر رمضان، أواخر رمضان المقبل. */
const hijriMonthParser = boundedParser(
  regex(`(?:(?<part>${AR_PARTS.pattern})\\s+)?${HIJRI_MONTH}${HIJRI_TAIL}`),
  (context, match) => {
    const groups = match.groups ?? {};
    const month = HIJRI_MONTHS.get(groups.hmonth) ?? 9;
    // A bare رمضان or صفر is as often a name or a word: a date needs شهر, a part, a year or a relation.
    if (!groups.part && !groups.year && !groups.relation && !match[0].includes('شهر')) return null;
    const part = AR_PARTS.get(groups.part);
    return hijriMonthResult(context, match, month, groups.year, AR_RELATIONS.get(groups.relation), part);
  },
);

/** عيد الفطر، عيد الأضحى 1445، عيد الفطر الماضي، أول أيام عيد الأضحى. */
const eidParser = boundedParser(
  regex(
    `(?:(?:اول\\s+)?ايام\\s+)?(?<eid>${EIDS.pattern})(?:\\s+(?:(?:من\\s+|ل)?(?:عام|العام|سنه)\\s+)?${HIJRI_YEAR}|\\s+${RELATION})?`,
  ),
  (context, match) => {
    const groups = match.groups ?? {};
    return spanResult(context, match, () =>
      eidEdtf(context, EIDS.get(groups.eid) ?? [10, 1], groups.year, AR_RELATIONS.get(groups.relation)),
    );
  },
);

/** عام 500 ق.م، 44 قبل الميلاد. */
const bcParser = boundedParser(
  new RegExp(
    `(?:(?:[وف]?(?:في|منذ)\\s+)?(?:عام|العام|سنه)\\s+)?(?<year>\\d{1,4})\\s*(?:ق\\s*\\.?\\s*م\\.?|قبل\\s+الميلاد)(?![\\p{L}\\p{N}])`,
    FLAGS,
  ),
  (context, match) => spanResult(context, match, () => yearBcEdtf(Number(match.groups?.year))),
);

export const arabicFormParsers: Parser[] = [
  hijriDayParser,
  hijriMonthParser,
  eidParser,
  crossMonthRangeParser,
  rangeParser,
  nthWeekdayParser,
  weekdayOfWeekParser,
  lastUnitsParser,
  unitsAwayParser,
  monthNumberParser,
  quarterParser,
  partOfPeriodParser,
  seasonParser,
  holidayParser,
  bcParser,
];
