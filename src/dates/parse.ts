import * as chrono from 'chrono-node';
import { arabicParsers } from './arabic';
import { type CalendarDay, isoDay, localNoon, parseIsoDay, WEEKDAY_NAMES } from './calendar';
import { englishParsers } from './english';
import { type FoldedText, foldForMatching, originalRange } from './normalize';
import { ourRefiners, overlapRemoval } from './refiners';
import { resolveResult } from './resolve';
import { DateError, spanFromEdtf, type TimeSpan } from './span';
import { AR_WEEKDAYS, EN_WEEKDAYS } from './vocabulary';

export type Language = 'AR' | 'EN';

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
const englishChrono = (() => {
  const base = chrono.en.configuration.createCasualConfiguration(true);
  return new chrono.Chrono({
    parsers: [...englishParsers, ...base.parsers],
    refiners: [...base.refiners, ...ourRefiners],
  });
})();

const ARABIC_LETTER = /\p{Script=Arabic}/u;
const LATIN_LETTER = /[A-Za-z]/;
const WEEKDAY_WORD = new RegExp(`${AR_WEEKDAYS.pattern}|${EN_WEEKDAYS.pattern}`, 'iu');

/** Without a language: each script present gets its parsers (mixed text gets both). */
function languagesOf(text: string, language?: Language): Language[] {
  if (language) return [language];
  const found: Language[] = [];
  if (ARABIC_LETTER.test(text)) found.push('AR');
  if (LATIN_LETTER.test(text) || found.length === 0) found.push('EN');
  return found;
}

/** Finds date mentions and the date-like expressions rejected as impossible. */
export function findDateMentions(text: string, reference: string, language?: Language) {
  const ref = parseIsoDay(reference);
  if (!ref) throw new DateError(`reference must be an ISO day (YYYY-MM-DD), got '${reference}'`);
  const mentions: DateMention[] = [];
  const rejected: RejectedMention[] = [];
  if (typeof text !== 'string' || text.trim() === '') return { mentions, rejected };
  const folded = foldForMatching(text);
  const context = new chrono.ParsingContext(folded.text, localNoon(ref));
  const results = languagesOf(text, language)
    .flatMap((lang) => (lang === 'AR' ? arabicChrono : englishChrono).parse(folded.text, localNoon(ref)))
    .sort((a, b) => a.index - b.index) as chrono.ParsingResult[];
  for (const result of overlapRemoval.refine(context, results)) {
    if (result.tags().has('casualReference/now')) continue;
    const place = originalRange(text, folded, result.index, result.text.length);
    const written = text.slice(place.offset, place.offset + place.length);
    try {
      const resolved = resolveResult(result, ref);
      if (!resolved) continue;
      const warnings = [...resolved.warnings];
      if (resolved.weekdayMismatch)
        warnings.push(weekdayWarning(text, folded, result, resolved.weekdayMismatch.day));
      mentions.push({ text: written, ...place, span: spanFromEdtf(resolved.edtf, written), warnings });
    } catch (err) {
      rejected.push({ text: written, ...place, reason: (err as Error).message });
    }
  }
  return { mentions, rejected };
}

function weekdayWarning(
  text: string,
  folded: FoldedText,
  result: chrono.ParsedResult,
  day: CalendarDay,
): string {
  const match = WEEKDAY_WORD.exec(result.text);
  const place = match ? originalRange(text, folded, result.index + match.index, match[0].length) : null;
  const weekday = place ? text.slice(place.offset, place.offset + place.length) : '(weekday)';
  const actual = WEEKDAY_NAMES[new Date(Date.UTC(day.year, day.month - 1, day.day)).getUTCDay()];
  return `weekday ${weekday} does not match ${isoDay(day)} (${actual})`;
}

/**
 * Every date mention in the text, resolved against the reference day (usually the publication date).
 * Never throws on any text; impossible dates are left out (findDateMentions reports them). Throws
 * DateError only when the reference is not an ISO day.
 */
export function parseDates(text: string, reference: string, language?: Language): DateMention[] {
  return findDateMentions(text, reference, language).mentions;
}
