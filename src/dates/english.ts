import type { Parser } from 'chrono-node';
import { englishFormParsers } from './english-forms';
import { yearFirstParser, yearLastParser, yearMonthParsers } from './numeric';
import { type RelativeUnit, relativePeriodResult } from './relative';
import {
  EN_DECADES,
  EN_MONTHS,
  EN_PARTS,
  EN_RELATIONS,
  EN_WEEKDAY_ABBREVIATIONS,
  EN_WEEKDAYS,
  MONTH_DOT,
} from './vocabulary';
import { boundedParser, referenceDay, WORD_END, writtenResult } from './written';

// What chrono's en locale leaves out or reads differently from docs/dates.md: parts of months and
// years, "last <month>", quarters, decades, bare years, and weekdays/periods relative to the reference.
// Chrono's own parsers still run after these for everything else ("23 July 2025", "yesterday").
const FLAGS = 'iu';
const PREP = '(?:(?:in|on|during|at|by)\\s+)?';
const YEAR = '[12]\\d{3}';
const RELATION = `(?<relation>${EN_RELATIONS.pattern})`;
const UNITS: Record<string, RelativeUnit> = { week: 'WEEK', month: 'MONTH', year: 'YEAR' };

const regex = (pattern: string) => new RegExp(`${PREP}${pattern}${WORD_END}`, FLAGS);
const yearOf = (text: string | undefined) => (text ? Number(text) : undefined);
const lower = (text: string | undefined) => (text ?? '').toLowerCase();

const partParser = boundedParser(
  regex(
    `(?<part>${EN_PARTS.pattern})[\\s-]*(?:(?<month>${EN_MONTHS.pattern})${MONTH_DOT}(?:,?\\s+(?<year>${YEAR}))?|(?<yearOnly>${YEAR})|(?:${RELATION}|the)\\s+(?<unit>week|month|year))`,
  ),
  (context, match) => {
    const groups = match.groups ?? {};
    const part = EN_PARTS.get(groups.part);
    const relation = groups.unit ? (EN_RELATIONS.get(groups.relation) ?? 'CURRENT') : undefined;
    if (relation)
      return relativePeriodResult(context, match, UNITS[lower(groups.unit)] ?? 'YEAR', relation, part);
    const month = EN_MONTHS.get(groups.month);
    return writtenResult(context, match, { year: yearOf(groups.year ?? groups.yearOnly), month, part });
  },
);

const WEEKDAY = `(?:(?<weekday>${EN_WEEKDAYS.pattern}|${EN_WEEKDAY_ABBREVIATIONS.pattern})\\.?,?\\s+)?`;
const DAY = '(?<day>\\d{1,2})(?:st|nd|rd|th)?';
const YEAR_TAIL = `(?:,?\\s+(?<year>${YEAR}))?`;

/** "23 July 2025", "Wednesday, July 23": ours so a missing year and a written weekday follow our rules. */
function dayMonthParser(pattern: string): Parser {
  return boundedParser(regex(pattern), (context, match) => {
    const groups = match.groups ?? {};
    const [month, day, weekday] = [
      EN_MONTHS.get(groups.month),
      yearOf(groups.day),
      EN_WEEKDAYS.get(groups.weekday) ?? EN_WEEKDAY_ABBREVIATIONS.get(groups.weekday),
    ];
    return writtenResult(context, match, { year: yearOf(groups.year), month, day, weekday });
  });
}
const littleEndianParser = dayMonthParser(
  `${WEEKDAY}(?:the\\s+)?${DAY}\\s+(?:of\\s+)?(?<month>${EN_MONTHS.pattern})${MONTH_DOT}${YEAR_TAIL}`,
);
const middleEndianParser = dayMonthParser(
  `${WEEKDAY}(?<month>${EN_MONTHS.pattern})${MONTH_DOT}\\s+${DAY}${YEAR_TAIL}`,
);

const monthRelationParser = boundedParser(
  regex(`${RELATION}\\s+(?<month>${EN_MONTHS.pattern})(?:,?\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?)?`),
  (context, match) => {
    const groups = match.groups ?? {};
    const month = EN_MONTHS.get(groups.month);
    const day = yearOf(groups.day);
    return writtenResult(context, match, { month, day, relation: EN_RELATIONS.get(groups.relation) });
  },
);

const relativeUnitParser = boundedParser(
  regex(`${RELATION}\\s+(?<unit>week|month|year)`),
  (context, match) => {
    const groups = match.groups ?? {};
    const relation = EN_RELATIONS.get(groups.relation) ?? 'CURRENT';
    return relativePeriodResult(context, match, UNITS[lower(groups.unit)] ?? 'YEAR', relation);
  },
);

/** "the 1990s", "1990s", "the '90s", "the 90s", "the nineties". Two-digit forms take the most recent such decade. */
const decadeParser = boundedParser(
  regex(
    `(?:the\\s+)?(?<full>1[5-9]\\d0|20\\d0)'?s|the\\s+(?:'?(?<short>\\d0)'?s|(?<word>${EN_DECADES.pattern}))`,
  ),
  (context, match) => {
    const groups = match.groups ?? {};
    if (groups.full) return writtenResult(context, match, { year: Number(groups.full), decade: true });
    const tens = Number(groups.short ?? EN_DECADES.get(groups.word) ?? 0);
    const ref = referenceDay(context);
    const century = Math.floor(ref.year / 100) * 100;
    const year = century + tens > ref.year ? century - 100 + tens : century + tens;
    return writtenResult(context, match, { year, decade: true });
  },
);

const yearParser = boundedParser(
  new RegExp(`(?<prep>in|during|since|(?:the\\s+)?year)\\s+(?<year>${YEAR})${WORD_END}(?![/.-]\\d)`, FLAGS),
  (context, match) => {
    const groups = match.groups ?? {};
    return writtenResult(context, match, {
      year: yearOf(groups.year),
      since: lower(groups.prep) === 'since',
    });
  },
);

const weekdayParser = boundedParser(
  regex(
    `(?:${RELATION}\\s+(?<abbreviation>${EN_WEEKDAY_ABBREVIATIONS.pattern})\\.?|(?:${RELATION.replace('relation', 'relation2')}\\s+)?(?<weekday>${EN_WEEKDAYS.pattern}|tues|thurs|thur|thu|fri))`,
  ),
  (context, match) => {
    const groups = match.groups ?? {};
    const weekday =
      EN_WEEKDAYS.get(groups.weekday) ??
      EN_WEEKDAY_ABBREVIATIONS.get(groups.abbreviation ?? groups.weekday) ??
      0;
    const relation = EN_RELATIONS.get(groups.relation ?? groups.relation2);
    return writtenResult(context, match, { weekday, relation });
  },
);

/** Most specific first: on equal matches chrono keeps the earlier parser's result. */
export const englishParsers: Parser[] = [
  ...englishFormParsers,
  yearFirstParser,
  yearLastParser,
  ...yearMonthParsers,
  littleEndianParser,
  middleEndianParser,
  partParser,
  monthRelationParser,
  relativeUnitParser,
  decadeParser,
  yearParser,
  weekdayParser,
];
