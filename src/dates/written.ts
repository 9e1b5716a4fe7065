import type { ParsedResult, Parser, ParsingContext, ParsingResult } from 'chrono-node';
import type { CalendarDay } from './calendar';
import type { Part, Relation } from './vocabulary';

/**
 * What a custom parser read, beyond chrono's year/month/day components. Chrono results carry it as
 * tags ('kg/…'), the one place chrono lets a parser attach extra meaning to a result.
 */
export interface Written {
  year?: number;
  month?: number;
  day?: number;
  weekday?: number;
  part?: Part;
  relation?: Relation;
  quarter?: boolean;
  decade?: boolean;
  /** A relative day (today, yesterday): an apposed written date must agree with it. */
  casual?: boolean;
  /** 'since …': an open interval from the date on. */
  since?: boolean;
  warnings?: string[];
  /** The EDTF itself, when the parser computed the whole span (week parts, Hijri dates, spans of N units). */
  edtf?: string;
  /** Why the expression names no time (an impossible Hijri day, a fifth Monday a month lacks…). */
  refused?: string;
}

const TAG = 'kg/';

/** Builds the chrono result for a custom parser's match. */
export function writtenResult(
  context: ParsingContext,
  match: RegExpMatchArray,
  written: Written,
): ParsingResult {
  const result = context.createParsingResult(match.index ?? 0, match[0]);
  result.addTag(`${TAG}ours`);
  if (written.edtf) result.addTag(`${TAG}edtf:${written.edtf}`);
  if (written.refused) result.addTag(`${TAG}refused:${written.refused}`);
  for (const component of ['year', 'month', 'day', 'weekday'] as const) {
    const value = written[component];
    if (value !== undefined) result.start.assign(component, value);
  }
  if (written.part) result.addTag(`${TAG}part:${written.part}`);
  if (written.relation) result.addTag(`${TAG}relation:${written.relation}`);
  if (written.quarter) result.addTag(`${TAG}quarter`);
  if (written.decade) result.addTag(`${TAG}decade`);
  if (written.casual) result.addTag(`${TAG}casual`);
  if (written.since) result.addTag(`${TAG}since`);
  for (const warning of written.warnings ?? []) result.addTag(`${TAG}warning:${warning}`);
  return result;
}

export interface ResultTags {
  part?: Part;
  relation?: Relation;
  quarter: boolean;
  decade: boolean;
  casual: boolean;
  since: boolean;
  sameDay?: string;
  warnings: string[];
  /** Read by one of our parsers (not chrono's own). */
  ours: boolean;
  edtf?: string;
  refused?: string;
}

export function readTags(result: ParsedResult): ResultTags {
  const tags: ResultTags = {
    quarter: false,
    decade: false,
    casual: false,
    since: false,
    ours: false,
    warnings: [],
  };
  for (const tag of result.tags()) {
    if (tag.startsWith('casualReference/') && tag !== 'casualReference/now') tags.casual = true;
    if (!tag.startsWith(TAG)) continue;
    const [name, value = ''] = tag.slice(TAG.length).split(/:(.*)/s);
    if (name === 'part') tags.part = value as Part;
    else if (name === 'relation') tags.relation = value as Relation;
    else if (name === 'same-day') tags.sameDay = value;
    else if (name === 'warning') tags.warnings.push(value);
    else if (name === 'edtf') tags.edtf = value;
    else if (name === 'refused') tags.refused = value;
    else if (name === 'ours') tags.ours = true;
    else if (name === 'quarter' || name === 'decade' || name === 'casual' || name === 'since')
      tags[name] = true;
  }
  return tags;
}

export const sinceTag = `${TAG}since`;
export const sameDayTag = (iso: string) => `${TAG}same-day:${iso}`;

/** The reference day chrono was given (local noon of it, see calendar.localNoon). */
export function referenceDay(context: ParsingContext): CalendarDay {
  const date = context.reference.instant;
  return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}_]/u;

/**
 * A chrono parser from a regex and an extractor. Chrono retries its patterns on substrings, where a
 * lookbehind cannot see the previous character, so the left word boundary is checked here instead.
 */
export function boundedParser(
  pattern: RegExp,
  extract: (context: ParsingContext, match: RegExpMatchArray) => ParsingResult | null,
): Parser {
  return {
    pattern: () => pattern,
    extract: (context, match) => {
      const before = context.text[(match.index ?? 0) - 1];
      if (before !== undefined && LETTER_OR_DIGIT.test(before)) return null;
      return extract(context, match);
    },
  };
}

/** Regex tail: the match must end at a word boundary. */
export const WORD_END = '(?![\\p{L}\\p{N}_])';
