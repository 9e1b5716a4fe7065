import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_PARSE_CHARS, parseDates } from '../../src/dates/parse';

const REFERENCE = '2025-07-23';

/** The pieces hostile date text is made of: whitespace runs, separators, digits, date words, marks. */
const TOKENS = [
  ' ',
  '   ',
  '\n',
  '\t',
  ' '.repeat(200),
  '،',
  ',',
  '/',
  '-',
  '.',
  '1',
  '23',
  '2025',
  '٢٣',
  'الأحد',
  'الاثنين',
  'Monday',
  'thu',
  'تموز',
  'كانون الثاني',
  'July',
  'Sept',
  'رمضان',
  'هـ',
  'من',
  'إلى',
  'الماضي',
  'last',
  'in',
  'ago',
  'the',
  'of',
  'الثالث عشر',
  '13th',
  'Q3',
  'نحو',
  'أيام',
  'القليلة',
  'بحلول',
  'النصف',
  'الأسبوع',
  'بين',
  'أمس',
  '(',
  ')',
  'about',
  'few',
  'weeks',
  'by',
  'half',
  '\u200f',
  '\u200e',
  '\u061c',
  'ـ',
  'َ',
];
const unit = fc.array(fc.constantFrom(...TOKENS), { minLength: 1, maxLength: 12 }).map((t) => t.join(''));
const repeatTo = (piece: string, chars: number) =>
  piece.repeat(Math.ceil(chars / piece.length)).slice(0, chars);

/** CPU time of one parse, the best of three (fewer surprises from a busy machine than wall time). */
function cpuMs(text: string): number {
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < 3; run++) {
    const before = process.cpuUsage();
    parseDates(text, REFERENCE);
    const used = process.cpuUsage(before);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

describe('parseDates on hostile input', () => {
  it('reads any mix of the hostile pieces up to the size limit, with offsets into the input', {
    timeout: 300_000,
  }, () => {
    fc.assert(
      fc.property(unit, fc.integer({ min: 1, max: MAX_PARSE_CHARS }), (piece, chars) => {
        const text = repeatTo(piece, chars);
        for (const mention of parseDates(text, REFERENCE)) {
          expect(text.slice(mention.offset, mention.offset + mention.length)).toBe(mention.text);
          expect(mention.span.edtf).not.toBe('');
        }
      }),
      { numRuns: 25, seed: 10 },
    );
  });

  it('does work that grows linearly with the input: 8× the text costs far less than 64×', {
    timeout: 300_000,
  }, () => {
    // Compares CPU time at 25k and 200k characters of the same hostile text. Linear work gives about
    // 8×; a quadratic step (as the old `\s*[،,]?\s*` after a weekday was) gives 64×. The margin is
    // generous (24×) so a busy machine cannot fail it, while any square growth still does.
    const pieces = [
      `الأحد${' '.repeat(1000)}`,
      'الأحد ، ',
      'Monday, ',
      '23 July 2025 ',
      '3 - ',
      'تموز ، ',
      'يوم الاثنين ، ، 23 ',
      'منذ نحو 28 تموز - ',
      'أمس الأربعاء (',
      'the last few weeks of ',
      ...fc.sample(unit, { numRuns: 5, seed: 7 }),
    ];
    for (const piece of pieces) {
      const small = cpuMs(repeatTo(piece, MAX_PARSE_CHARS / 8));
      const large = cpuMs(repeatTo(piece, MAX_PARSE_CHARS));
      expect(large / Math.max(small, 1), JSON.stringify(piece)).toBeLessThan(24);
    }
  });
});
