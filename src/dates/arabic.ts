import type { Parser } from 'chrono-node';
import { arabicFormParsers } from './arabic-forms';
import { shiftMonth } from './calendar';
import { yearFirstParser, yearLastParser, yearMonthParsers } from './numeric';
import { casualDayResult, OFFSET, type RelativeUnit, relativePeriodResult } from './relative';
import {
  AR_AMBIGUOUS_MONTHS,
  AR_DECADES,
  AR_FEMININE_ORDINAL_DAYS,
  AR_MONTHS,
  AR_ORDINAL_DAYS,
  AR_PARTS,
  AR_QUARTERS,
  AR_RELATIONS,
  AR_WEEKDAYS,
  foldWord,
} from './vocabulary';
import { boundedParser, referenceDay, WORD_END, writtenResult } from './written';

// Chrono's ar locale does not reach what Arabic news writes (clitics such as و/ف/ب/ل, الماضي after a
// month, مطلع/أواخر, quarters, decades, bare years, ordinal days, double month names), so the Arabic
// parsers are ours, run through chrono's pipeline. They match folded text (see normalize.ts): no
// hamza forms, ة→ه, ى→ي, ASCII digits, so each word needs one spelling here.
const FLAGS = 'iu';
const PREP = '(?:[وف]?(?:في|خلال)\\s+|[وف]?[بل]|[وف])?';
const YEAR = '[12]\\d{3}(?:\\s*م(?![\\p{L}]))?';
const YEAR_WORD = '(?:عام|العام|سنه|السنه)';
const RELATION = `(?<relation>${AR_RELATIONS.pattern})`;
const MONTH = `(?<shahr>شهر\\s+)?(?<month>${AR_MONTHS.pattern})(?:\\s*[/(]\\s*(?<alt>${AR_MONTHS.pattern})\\s*\\)?)?`;
const YEAR_TAIL = `(?:\\s*(?:[،,]\\s*)?(?:(?:من\\s+)?${YEAR_WORD}\\s+)?(?<year>${YEAR})|\\s+${RELATION})?`;
const WEEKDAY = `(?:(?:يوم\\s+)?(?<weekday>${AR_WEEKDAYS.pattern})\\s*(?:[،,]\\s*)?)?`;
// "في أول شباط" is 1 February; "اليوم الثالث من أكتوبر" is 3 October (اليوم as a noun, not "today").
const DAY = `(?:اليوم\\s+(?=ال))?(?<day>\\d{1,2}|${AR_ORDINAL_DAYS.pattern}|${AR_FEMININE_ORDINAL_DAYS.pattern}|اول(?=\\s+(?:شهر\\s+)?${AR_MONTHS.pattern}))`;

const regex = (pattern: string) => new RegExp(`${PREP}${pattern}${WORD_END}`, FLAGS);
const yearOf = (text: string | undefined) => (text ? Number.parseInt(text, 10) : undefined);

/** Month, its optional alternative name ("كانون الثاني/يناير") and a warning when they disagree. */
function readMonth(groups: Record<string, string | undefined>) {
  const month = AR_MONTHS.get(groups.month) ?? 0;
  const alt = AR_MONTHS.get(groups.alt);
  const warnings =
    alt !== undefined && alt !== month ? [`month names disagree: ${groups.month}/${groups.alt}`] : [];
  return { month, warnings };
}

const dayMonthParser = boundedParser(
  regex(`${WEEKDAY}${DAY}\\s*(?:من\\s+)?${MONTH}${YEAR_TAIL}`),
  (context, match) => {
    const groups = match.groups ?? {};
    const { month, warnings } = readMonth(groups);
    const dayText = groups.day ?? '';
    const day = /^\d+$/.test(dayText)
      ? Number(dayText)
      : dayText === 'اول'
        ? 1
        : (AR_ORDINAL_DAYS.get(dayText) ?? AR_FEMININE_ORDINAL_DAYS.get(dayText) ?? 0);
    const weekday = AR_WEEKDAYS.get(groups.weekday);
    const relation = AR_RELATIONS.get(groups.relation);
    return writtenResult(context, match, {
      year: yearOf(groups.year),
      month,
      day,
      weekday,
      relation,
      warnings,
    });
  },
);

const partOfMonthParser = boundedParser(
  regex(`(?<part>${AR_PARTS.pattern})\\s+${MONTH}${YEAR_TAIL}`),
  (context, match) => {
    const groups = match.groups ?? {};
    const { month, warnings } = readMonth(groups);
    const part = AR_PARTS.get(groups.part);
    const relation = AR_RELATIONS.get(groups.relation);
    return writtenResult(context, match, { year: yearOf(groups.year), month, part, relation, warnings });
  },
);

const monthParser = boundedParser(regex(`${MONTH}${YEAR_TAIL}`), (context, match) => {
  const groups = match.groups ?? {};
  const hasContext = groups.shahr || groups.year || groups.relation || groups.alt;
  if (!hasContext && AR_AMBIGUOUS_MONTHS.has(foldWord(groups.month ?? ''))) return null;
  const { month, warnings } = readMonth(groups);
  const relation = AR_RELATIONS.get(groups.relation);
  return writtenResult(context, match, { year: yearOf(groups.year), month, relation, warnings });
});

/** "عام 2019", "في 2019", "منذ عام 2011", "أواخر 2024": a bare number needs a year word or a preposition. */
const yearParser = boundedParser(
  new RegExp(
    `(?<prep>[وف]?(?:في|خلال)\\s+|[وف]?[بل](?=${YEAR_WORD})|[وف]?منذ\\s+)?(?:(?<part>${AR_PARTS.pattern})\\s+)?` +
      `(?<word>${YEAR_WORD}\\s+)?(?<year>${YEAR})${WORD_END}(?![/.-]\\d)`,
    FLAGS,
  ),
  (context, match) => {
    const groups = match.groups ?? {};
    if (!groups.prep && !groups.part && !groups.word) return null;
    const part = AR_PARTS.get(groups.part);
    const since = groups.prep?.includes('منذ');
    return writtenResult(context, match, { year: yearOf(groups.year), part, since });
  },
);

const UNITS: Record<string, RelativeUnit> = { الشهر: 'MONTH', العام: 'YEAR', السنه: 'YEAR', الاسبوع: 'WEEK' };
const relativeUnitParser = boundedParser(
  regex(
    `(?:(?<part>${AR_PARTS.pattern})\\s+)?(?:(?<this>هذا|هذه)\\s+)?(?<unit>الشهر|العام|السنه|الاسبوع)(?:\\s+${RELATION})?`,
  ),
  (context, match) => {
    const groups = match.groups ?? {};
    // "نهاية الشهر", "مطلع العام": a part without a relation is of the current period.
    const relation =
      groups.this || (groups.part && !groups.relation) ? 'CURRENT' : AR_RELATIONS.get(groups.relation);
    const unit = UNITS[groups.unit ?? ''];
    if (!relation || !unit) return null;
    if (groups.part === 'اول' && unit === 'MONTH') {
      // "أول الشهر المقبل" is its first day, as "أول شباط" is 1 February.
      const { year, month } = shiftMonth(
        referenceDay(context).year,
        referenceDay(context).month,
        OFFSET[relation],
      );
      return writtenResult(context, match, { year, month, day: 1 });
    }
    return relativePeriodResult(context, match, unit, relation, AR_PARTS.get(groups.part));
  },
);

const quarterParser = boundedParser(
  regex(
    `الربع\\s+(?<quarter>${AR_QUARTERS.pattern})\\s+(?:من\\s+)?(?:(?:${YEAR_WORD}\\s+)?(?<year>${YEAR})|(?:العام|السنه)\\s+${RELATION}|(?<this>هذا العام|هذه السنه))`,
  ),
  (context, match) => {
    const groups = match.groups ?? {};
    const quarter = AR_QUARTERS.get(groups.quarter) ?? 1;
    const ref = referenceDay(context);
    const relation = groups.this ? 'CURRENT' : AR_RELATIONS.get(groups.relation);
    const offset = relation === 'PAST' ? -1 : relation === 'FUTURE' ? 1 : 0;
    const year = yearOf(groups.year) ?? ref.year + offset;
    return writtenResult(context, match, { year, month: quarter * 3 - 2, quarter: true });
  },
);

const decadeParser = boundedParser(
  regex(
    `(?:عقد\\s+)?(?:ال)?(?<decade>${AR_DECADES.pattern})(?:\\s+(?:من\\s+)?القرن\\s+(?<century>الماضي|العشرين|الحالي|الجاري|الحادي\\s+والعشرين))?`,
  ),
  (context, match) => {
    const groups = match.groups ?? {};
    const tens = AR_DECADES.get(groups.decade) ?? 0;
    const ref = referenceDay(context);
    let century = Math.floor(ref.year / 100) * 100;
    if (groups.century === 'الماضي' || groups.century === 'العشرين') century = 1900;
    else if (groups.century) century = 2000;
    else if (century + tens > ref.year) century -= 100; // no century: the most recent such decade
    return writtenResult(context, match, { year: century + tens, decade: true });
  },
);

const CASUAL_DAYS: Record<string, number> = {
  اليوم: 0,
  الليله: 0,
  امس: -1,
  الامس: -1,
  البارحه: -1,
  غدا: 1,
  بكره: 1,
};
/** "في نفس اليوم", "في ذلك اليوم": the day of another event, not the reference's. */
const ANAPHORIC_BEFORE = /(?:^|[^\p{L}])(?:نفس|ذات|ذلك|تلك)\s$/u;
/**
 * Today, yesterday, tomorrow and the days either side, colloquial forms (بكرة، أول امبارح) included.
 * اليوم after نفس/ذات/ذلك or before نفسه/ذاته is the day of something else: no date.
 */
const casualParser = boundedParser(
  regex(
    `(?<word>اليوم(?!\\s+(?:(?!${AR_WEEKDAYS.pattern})ال|نفسه|ذاته))|الليله|(?:يوم\\s+)?(?:اول\\s+(?:من\\s+)?|قبل\\s+)امس|اول\\s+امبارح|امبارح|بعد\\s+(?:غد|بكره)|امس|الامس|البارحه|غدا|بكره)`,
  ),
  (context, match) => {
    const before = context.text.slice(Math.max(0, (match.index ?? 0) - 6), match.index);
    if (ANAPHORIC_BEFORE.test(before)) return null;
    const word = (match.groups?.word ?? '').replace(/\s+/g, ' ').replace(/^يوم /, '');
    const days = /^(?:اول|قبل)/.test(word)
      ? -2
      : word.startsWith('بعد')
        ? 2
        : word === 'امبارح'
          ? -1
          : (CASUAL_DAYS[word] ?? 0);
    return casualDayResult(context, match, days);
  },
);

const weekdayParser = boundedParser(
  regex(`(?:يوم\\s+)?(?<weekday>${AR_WEEKDAYS.pattern})(?:\\s+${RELATION})?`),
  (context, match) => {
    const groups = match.groups ?? {};
    const weekday = AR_WEEKDAYS.get(groups.weekday) ?? 0;
    const relation = AR_RELATIONS.get(groups.relation);
    return writtenResult(context, match, { weekday, relation });
  },
);

/** Most specific first: on equal matches chrono keeps the earlier parser's result. */
export const arabicParsers: Parser[] = [
  ...arabicFormParsers,
  yearFirstParser,
  yearLastParser,
  ...yearMonthParsers,
  dayMonthParser,
  partOfMonthParser,
  quarterParser,
  decadeParser,
  relativeUnitParser,
  yearParser,
  monthParser,
  casualParser,
  weekdayParser,
];
