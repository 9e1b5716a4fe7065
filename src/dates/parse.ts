import * as chrono from 'chrono-node';
import { foldWithOffsets, originalRange } from '../text/fold';
import { arabicParsers } from './arabic';
import { type CalendarDay, isoDay, localNoon, parseIsoDay, WEEKDAY_NAMES, weekdayOf } from './calendar';
import { chunks } from './chunks';
import { type Cues, cueAround, findCues } from './cues';
import { englishParsers } from './english';
import { DEADLINE, ourRefiners, overlapRemoval } from './refiners';
import { resolveResult } from './resolve';
import { DateError, spanFromEdtf, type TimeSpan } from './span';
import type { Direction } from './vocabulary';

export type Language = 'AR' | 'EN';

/** Longest text the API parses in one call (the parser is linear; this bounds a request's work). */
export const MAX_PARSE_CHARS = 200_000;
export type { Direction } from './vocabulary';

export interface ParseOptions {
  /** AR or EN; without it each script present gets its parsers. */
  language?: Language;
  /**
   * How a date without a direction resolves (a bare weekday, month, or day and month): PAST (the
   * default, for news) on or before the reference, FUTURE on or after it. Written cues win.
   */
  prefer?: Direction;
}

export interface DateMention {
  text: string;
  /** UTF-16 offset and length in the input: text === input.slice(offset, offset + length). */
  offset: number;
  length: number;
  span: TimeSpan;
  warnings: string[];
}

/** A date-like expression that names no real day ("31 شباط", "February 31"), and why. */
export interface RejectedMention {
  text: string;
  offset: number;
  length: number;
  reason: string;
}

const arabicChrono = new chrono.Chrono({ parsers: arabicParsers, refiners: ourRefiners });
/**
 * Chrono's English parsers and refiners that read days, less those for clock times and time zones
 * (we keep days only), those our own parsers replace (numeric dates, weekdays, end of month), and the
 * end-of-period refiner (ours reads parts of periods; it also scans all the text before each result).
 * Chrono exports none of these classes, so they are picked by name (chrono-node is pinned).
 */
const UNUSED_CHRONO = new Set([
  'ENYearMonthDayParser',
  'ISOFormatParser',
  'SlashDateFormatParser',
  'ENWeekdayParser',
  'ENSlashMonthFormatParser',
  'ENTimeExpressionParser',
  'ENCasualTimeParser',
  'ENEndOfCurrentMonthParser',
  'ENEndOfPeriodRefiner',
  'ExtractTimezoneOffsetRefiner',
  'ExtractTimezoneAbbrRefiner',
  'ENMergeDateTimeRefiner',
]);
const used = (step: object) => !UNUSED_CHRONO.has(step.constructor.name);
const englishChrono = (() => {
  const base = chrono.en.configuration.createCasualConfiguration(true);
  return new chrono.Chrono({
    parsers: [...englishParsers, ...base.parsers.filter(used)],
    refiners: [...base.refiners.filter(used), ...ourRefiners],
  });
})();

const ARABIC_LETTER = /\p{Script=Arabic}/u;
const POSSESSIVE = /^['’]s(?![\p{L}])/u;
const LATIN_LETTER = /[A-Za-z]/;

/** Without a language: each script present gets its parsers (mixed text gets both). */
function languagesOf(text: string, language?: Language): Language[] {
  if (language) return [language];
  const found: Language[] = [];
  if (ARABIC_LETTER.test(text)) found.push('AR');
  if (LATIN_LETTER.test(text) || found.length === 0) found.push('EN');
  return found;
}

/**
 * Parses the folded text piece by piece (see chunks.ts): whatever a pattern or one of chrono's
 * refiners costs on one piece, the whole costs that many times the number of pieces, so linear.
 */
function parseFolded(folded: string, ref: CalendarDay, languages: Language[], prefer: Direction) {
  const option = { forwardDate: prefer === 'FUTURE' };
  const found: chrono.ParsingResult[] = [];
  for (const { start, text } of chunks(folded)) {
    const context = new chrono.ParsingContext(text, localNoon(ref), option);
    const results = languages
      .flatMap((lang) => (lang === 'AR' ? arabicChrono : englishChrono).parse(text, localNoon(ref), option))
      .sort((a, b) => a.index - b.index) as chrono.ParsingResult[];
    for (const result of overlapRemoval.refine(context, results)) {
      if (result.tags().has('casualReference/now')) continue;
      result.index += start;
      found.push(result);
    }
  }
  return found;
}

/**
 * The result read again with the direction a verb around it gives ("will", سوف, سـ), when that differs
 * from the preferred one; the mention's own text bounds the work.
 */
function withCue(
  result: chrono.ParsingResult,
  folded: string,
  cues: Cues,
  ref: CalendarDay,
  languages: Language[],
  prefer: Direction,
): { result: chrono.ParsingResult; prefer: Direction } {
  const end = result.index + result.text.length;
  // A deadline (بحلول 23 آب, by 23 August) is due on or after the reference: it reads forward. "by
  // Friday's attack" is no deadline: the possessive makes the date a noun's, after "by" of the agent.
  const deadline = DEADLINE.test(result.text) && !POSSESSIVE.test(folded.slice(end, end + 3));
  const cue = deadline ? 'FUTURE' : cueAround(cues, result.index, end);
  if (!cue || cue === prefer) return { result, prefer };
  const [again] = parseFolded(result.text, ref, languages, cue);
  if (again?.index !== 0 || again.text.length !== result.text.length) return { result, prefer };
  return { result: again, prefer: cue };
}

/** Finds date mentions and the date-like expressions rejected as impossible. */
export function findDateMentions(text: string, reference: string, options: ParseOptions = {}) {
  const ref = parseIsoDay(reference);
  if (!ref) throw new DateError(`reference must be an ISO day (YYYY-MM-DD), got '${reference}'`);
  const mentions: DateMention[] = [];
  const rejected: RejectedMention[] = [];
  if (typeof text !== 'string' || text.trim() === '') return { mentions, rejected };
  const map = foldWithOffsets(text);
  const languages = languagesOf(text, options.language);
  const cues = findCues(map.folded);
  // A mention's reading depends only on its folded text and direction: repeats are resolved once.
  const readings = new Map<string, Reading>();
  for (const found of parseFolded(map.folded, ref, languages, options.prefer ?? 'PAST')) {
    const place = originalRange(text, map, found.index, found.index + found.text.length);
    const written = text.slice(place.offset, place.offset + place.length);
    const { result, prefer } = withCue(found, map.folded, cues, ref, languages, options.prefer ?? 'PAST');
    const key = `${prefer} ${result.text}`;
    let reading = readings.get(key);
    if (!reading) {
      reading = read(result, ref, prefer);
      readings.set(key, reading);
    }
    if ('reason' in reading) rejected.push({ text: written, ...place, reason: reading.reason });
    else if (reading.span)
      mentions.push({
        text: written,
        ...place,
        span: { ...reading.span, text: written },
        warnings: [...reading.warnings],
      });
  }
  return { mentions, rejected };
}

type Reading = { span?: TimeSpan; warnings: string[] } | { reason: string };

/** A result's span and warnings, or why it names no time. */
function read(result: chrono.ParsingResult, ref: CalendarDay, prefer: Direction): Reading {
  try {
    const resolved = resolveResult(result, ref, prefer);
    if (!resolved) return { warnings: [] };
    const warnings = [...resolved.warnings];
    if (resolved.weekdayMismatch) warnings.push(weekdayWarning(resolved.weekdayMismatch));
    return { span: spanFromEdtf(resolved.edtf), warnings };
  } catch (err) {
    // Only the date module's own refusals (impossible days, invalid EDTF) are expected here.
    if (!(err instanceof DateError)) throw err;
    return { reason: err.message };
  }
}

function weekdayWarning({ weekday, day }: { weekday: number; day: CalendarDay }): string {
  const actual = WEEKDAY_NAMES[weekdayOf(day)];
  return `weekday ${WEEKDAY_NAMES[weekday]} does not match ${isoDay(day)} (${actual})`;
}

/**
 * Every date mention in the text, resolved against the reference day (usually the publication date).
 * Never throws on any text; impossible dates are left out (findDateMentions reports them). Throws
 * DateError only when the reference is not an ISO day.
 */
export function parseDates(text: string, reference: string, options: ParseOptions = {}): DateMention[] {
  return findDateMentions(text, reference, options).mentions;
}
