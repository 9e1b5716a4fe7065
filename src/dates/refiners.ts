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

/** "اليوم، الأربعاء 23 من تموز", "today, Wednesday 23 July": one mention; the two must agree. */
export const appositionMerge: Refiner = {
  refine: (context, results) => {
    const merged: ParsingResult[] = [];
    for (const result of results) {
      const previous = merged[merged.length - 1];
      const between = previous ? context.text.slice(previous.index + previous.text.length, result.index) : '';
      const casualDay = previous && readTags(previous).casual ? certainDay(previous) : null;
      if (
        !previous ||
        casualDay === null ||
        !result.start.isCertain('day') ||
        !/^\s*[،,]?\s*$/u.test(between)
      ) {
        merged.push(result);
        continue;
      }
      const joined = copyWithText(context, result, previous.index, previous.text + between + result.text);
      merged[merged.length - 1] = joined.addTag(sameDayTag(casualDay));
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

export const ourRefiners: Refiner[] = [overlapRemoval, appositionMerge, sinceExtension, overlapRemoval];
