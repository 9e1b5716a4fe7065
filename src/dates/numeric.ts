import type { Parser } from 'chrono-node';
import { boundedParser, writtenResult } from './written';

/**
 * Numeric dates in both languages: ISO 2025-07-23, 2025/7/23, and 23/07/2025 or 07/23/2025. Our own
 * parser (not chrono's slash parser) because the day/month order is decided per date: the reading that
 * is valid wins, and when both are valid day/month is taken with an 'ambiguous day/month order' warning.
 */
const YEAR_FIRST = /(?<year>[12]\d{3})(?<sep>[-/.])(?<month>\d{1,2})\k<sep>(?<day>\d{1,2})(?!\d|[/.-]\d)/u;
const YEAR_LAST = /(?<first>\d{1,2})(?<sep>[-/.])(?<second>\d{1,2})\k<sep>(?<year>[12]\d{3})(?!\d|[/.-]\d)/u;

export const yearFirstParser: Parser = boundedParser(YEAR_FIRST, (context, match) => {
  const { year, month, day } = match.groups ?? {};
  return writtenResult(context, match, { year: Number(year), month: Number(month), day: Number(day) });
});

export const yearLastParser: Parser = boundedParser(YEAR_LAST, (context, match) => {
  const first = Number(match.groups?.first);
  const second = Number(match.groups?.second);
  const year = Number(match.groups?.year);
  const warnings: string[] = [];
  let [day, month] = [first, second];
  if (first <= 12 && second > 12) [day, month] = [second, first];
  else if (first <= 12 && second <= 12 && first !== second) {
    warnings.push(
      `ambiguous day/month order: read as day ${first} month ${second}, not month ${first} day ${second}`,
    );
  }
  return writtenResult(context, match, { year, month, day, warnings });
});

/** A month written by number with its year: 2014-10, 2014/10, 10/2014, 2/2013. */
const YEAR_MONTH = /(?<year>[12]\d{3})(?<sep>[-/])(?<month>\d{1,2})(?![\d/.-]|\k<sep>\d)/u;
const MONTH_YEAR = /(?<month>\d{1,2})\/(?<year>[12]\d{3})(?![\d/.-])/u;
const yearMonth = (pattern: RegExp) =>
  boundedParser(pattern, (context, match) => {
    const month = Number(match.groups?.month);
    if (month < 1 || month > 12) return null;
    // "1/2025" after a day and a slash is part of a date the other numeric parsers read.
    if (/[\d/.-]$/.test(context.text.slice(Math.max(0, (match.index ?? 0) - 1), match.index))) return null;
    return writtenResult(context, match, { year: Number(match.groups?.year), month });
  });
export const yearMonthParsers: Parser[] = [yearMonth(YEAR_MONTH), yearMonth(MONTH_YEAR)];
