import { type ParsingContext, ParsingResult, type Refiner } from 'chrono-node';
import { isoDay } from './calendar';
import { readTags, sameDayTag, sinceTag } from './written';

// Chrono keeps its overlap and merge refiners private (and its merges drop tags), so the few we need
// are written here against chrono's public Refiner interface.

/** Of overlapping results keeps the longer one; on a tie the earlier (our parsers run first). */
export const overlapRemoval: Refiner = {
  refine: (_context, results) => {
    const kept: ParsingResult[] = [];
    for (const result of results) {
      const previous = kept[kept.length - 1];
      if (!previous || result.index >= previous.index + previous.text.length) kept.push(result);
      else if (result.text.length > previous.text.length) kept[kept.length - 1] = result;
    }
    return kept;
  },
};

function copyWithText(
  context: ParsingContext,
  from: ParsingResult,
  index: number,
  text: string,
): ParsingResult {
  const copy = new ParsingResult(context.reference, index, text, from.start.clone(), from.end?.clone());
  copy.addTags(from.tags());
  return copy;
}

function certainDay(result: ParsingResult): string | null {
  const { start } = result;
  if (!start.isCertain('day') || !start.isCertain('month') || !start.isCertain('year')) return null;
  return isoDay({ year: start.get('year') ?? 0, month: start.get('month') ?? 0, day: start.get('day') ?? 0 });
}

/** A weekday written alone, without a relation word: it can stand beside a relative day. */
const bareWeekday = (result: ParsingResult) =>
  result.start.isCertain('weekday') &&
  !result.start.isCertain('day') &&
  !result.start.isCertain('month') &&
  readTags(result).relation === undefined;

/**
 * A relative day and a date or weekday beside it name one day: "اليوم، الأربعاء 23 من تموز", "today,
 * Wednesday 23 July", "أمس الأربعاء", "اليوم (الاربعاء)", "yesterday (Wednesday)" are one mention each.
 * A date must agree with the relative day (else a warning); a weekday is checked against it like a
 * weekday written with a date.
 */
export const appositionMerge: Refiner = {
  refine: (context, results) => {
    const merged: ParsingResult[] = [];
    // A mention made of two is not joined again: "أمس الأربعاء (أمس" is two mentions and a word.
    const joinedOnce = new Set<ParsingResult>();
    for (const result of results) {
      const previous = merged[merged.length - 1];
      const end = previous ? previous.index + previous.text.length : 0;
      const between = previous ? context.text.slice(end, result.index) : '';
      const casualDay =
        previous && !joinedOnce.has(previous) && readTags(previous).casual ? certainDay(previous) : null;
      const date = result.start.isCertain('day') && !readTags(result).casual;
      if (
        !previous ||
        casualDay === null ||
        !(date || bareWeekday(result)) ||
        !/^\s*[،,(]?\s*$/u.test(between)
      ) {
        merged.push(result);
        continue;
      }
      // "اليوم (الاربعاء)": the closing bracket belongs to the mention too.
      const next = result.index + result.text.length;
      const after = between.includes('(')
        ? (/^\s?\)/u.exec(context.text.slice(next, next + 2))?.[0] ?? '')
        : '';
      const text = previous.text + between + result.text + after;
      const joined = date
        ? copyWithText(context, result, previous.index, text).addTag(sameDayTag(casualDay))
        : copyWithText(context, previous, previous.index, text);
      if (!date) joined.start.assign('weekday', result.start.get('weekday') ?? 0);
      joinedOnce.add(joined);
      merged[merged.length - 1] = joined;
    }
    return merged;
  },
};

const SINCE_BEFORE = /(?:^|[^\p{L}\p{N}_])((?:[وف]?منذ|since)\s+)$/iu;

/** "منذ مطلع حزيران", "since 8 December 2024": an open interval from the date on. */
export const sinceExtension: Refiner = {
  refine: (context, results) =>
    results.map((result) => {
      const before = SINCE_BEFORE.exec(context.text.slice(Math.max(0, result.index - 12), result.index));
      if (!before?.[1]) return result;
      const index = result.index - before[1].length;
      return copyWithText(context, result, index, before[1] + result.text).addTag(sinceTag);
    }),
};

/** بحلول / by: a deadline, taken into the mention (the direction it gives is read in parse.ts). */
const DEADLINE_BEFORE = /(?:^|[^\p{L}\p{N}_])((?:[وف]?بحلول|by)\s+)$/iu;
export const DEADLINE = /^(?:[وف]?بحلول|by)\s/i;

/** "بحلول 23 آب", "by 23 August": the deadline word belongs to the mention. */
export const deadlineExtension: Refiner = {
  refine: (context, results) =>
    results.map((result) => {
      const before = DEADLINE_BEFORE.exec(context.text.slice(Math.max(0, result.index - 10), result.index));
      if (!before?.[1]) return result;
      return copyWithText(context, result, result.index - before[1].length, before[1] + result.text);
    }),
};

export const ourRefiners: Refiner[] = [
  overlapRemoval,
  appositionMerge,
  sinceExtension,
  deadlineExtension,
  overlapRemoval,
];
