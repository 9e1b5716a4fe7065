import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findDateMentions, parseDates } from '../../src/dates/parse';

const REFERENCE = '2025-07-23';
const seed = readFileSync(
  new URL('../../data/articles/enab-baladi-2025-07-23.ar.txt', import.meta.url),
  'utf8',
);
const summary = (text: string) => parseDates(text, REFERENCE).map((m) => [m.text, m.span.edtf]);

describe('parseDates robustness', () => {
  it('returns nothing for empty text and text without dates', () => {
    expect(parseDates('', REFERENCE)).toEqual([]);
    expect(parseDates('   \n ', REFERENCE)).toEqual([]);
    expect(parseDates('تواصل تركيا جهودها لتوفير التدريب', REFERENCE)).toEqual([]);
    expect(parseDates('Turkey continues to provide training.', REFERENCE)).toEqual([]);
    expect(parseDates('اضغط هنا للمساهمة4472', REFERENCE)).toEqual([]);
  });

  it('finds the seed article dates and nothing from the page furniture', () => {
    expect(summary(seed)).toEqual([
      ['23 تموز 2025', '2025-07-23'],
      ['23 تموز 2025', '2025-07-23'],
      ['اليوم، الأربعاء 23 من تموز', '2025-07-23'],
      ['في 6 من شباط الماضي', '2025-02-06'],
      ['ومطلع حزيران الماضي', '2025-06-01~/2025-06-10~'],
      ['في 8 من كانون الأول 2024', '2024-12-08'],
    ]);
    for (const mention of parseDates(seed, REFERENCE)) {
      expect(seed.slice(mention.offset, mention.offset + mention.length)).toBe(mention.text);
      expect(mention.warnings).toEqual([]);
    }
  });

  it('ignores right-to-left marks and keeps offsets in the original string', () => {
    const text = 'عقد \u200Fاليوم\u200F، الأربعاء 23\u200E من \u061Cتموز مؤتمرًا';
    const [mention] = parseDates(text, REFERENCE);
    expect(mention?.span.edtf).toBe('2025-07-23');
    expect(mention?.text).toBe(text.slice(mention?.offset, (mention?.offset ?? 0) + (mention?.length ?? 0)));
    expect(mention?.text.startsWith('اليوم')).toBe(true);
  });

  it('reads mixed Arabic and English text with both parsers', () => {
    expect(summary('قال المتحدث (Reuters, 23 July 2025) إن الاجتماع عقد في 6 من شباط الماضي')).toEqual([
      ['23 July 2025', '2025-07-23'],
      ['في 6 من شباط الماضي', '2025-02-06'],
    ]);
  });

  it('reads no date where the text counts from another event or points back to its day', () => {
    for (const text of [
      'وفي نفس اليوم تم خطف 8 من مقاتلي الفرقة',
      'وفي اليوم ذاته أعلن الجيش',
      'في ذلك اليوم',
      'وذلك بعد اسبوعين على بدء غارات جوية',
      'قبل أسبوعين من الانتخابات',
      'بعد سنوات من الممانعة',
      'منذ سنوات طويلة',
    ])
      expect(summary(text), text).toEqual([]);
    expect(summary('قال اليوم إن الاجتماع انتهى')).toEqual([['اليوم', '2025-07-23']]);
  });

  it('leaves impossible dates out of parseDates and reports them from findDateMentions', () => {
    for (const text of ['في 31 شباط 2025', '30 February 2025', '31/02/2025', '13/13/2025']) {
      expect(parseDates(text, REFERENCE)).toEqual([]);
    }
    const { mentions, rejected } = findDateMentions('في 31 شباط 2025 ثم في 8 من آذار 2025', REFERENCE);
    expect(mentions.map((m) => m.span.edtf)).toEqual(['2025-03-08']);
    expect(rejected).toHaveLength(1);
    expect(rejected[0]?.text).toBe('في 31 شباط 2025');
    expect(rejected[0]?.reason).toMatch(/no day 31 in month 2/);
  });

  it('rejects inverted ranges, missing nth weekdays and impossible Hijri days with the reason', () => {
    const reasons = (text: string) => findDateMentions(text, REFERENCE).rejected.map((r) => r.reason);
    expect(reasons('from 15 to 13 July')).toEqual([
      'inverted range: 2025-07-15 is after 2025-07-13, so the range names no time',
    ]);
    expect(reasons('من 15 إلى 13 تموز')).toEqual([
      'inverted range: 2025-07-15 is after 2025-07-13, so the range names no time',
    ]);
    expect(reasons('the fifth Monday of February 2025')).toEqual([
      'impossible date: 2025-02 has no Monday number 5',
    ]);
    expect(reasons('30 رمضان 1446 هـ')).toEqual(['impossible Hijri date: 30/9/1446 AH']);
    expect(parseDates('from 15 to 13 July', REFERENCE)).toEqual([]);
  });

  it('warns when a written weekday disagrees with the date', () => {
    const [mention] = parseDates('اليوم، الخميس 23 من تموز', REFERENCE);
    expect(mention?.span.edtf).toBe('2025-07-23');
    expect(mention?.warnings).toEqual(['weekday Thursday does not match 2025-07-23 (Wednesday)']);
  });

  it('joins a relative day with the date or weekday beside it once, never in a chain', () => {
    expect(summary('أمس الأربعاء (أمس الأربعاء (أمس')).toEqual([
      ['أمس الأربعاء', '2025-07-22'],
      ['أمس الأربعاء', '2025-07-22'],
      ['أمس', '2025-07-22'],
    ]);
    expect(summary('اليوم أمس')).toEqual([
      ['اليوم', '2025-07-23'],
      ['أمس', '2025-07-22'],
    ]);
  });

  it('warns when a relative day disagrees with the apposed date', () => {
    const [mention] = parseDates('أمس، الأربعاء 23 من تموز', REFERENCE);
    expect(mention?.warnings).toEqual(['relative day 2025-07-22 does not match the written date 2025-07-23']);
  });

  it('never throws on odd input', () => {
    const odd = [
      '\u0000',
      '٠٠/٠٠/٠٠٠٠',
      '99/99/9999',
      'في في في',
      'Q9 2025',
      '\uD800',
      'الربع',
      '٣١ ٣١ ٣١',
      'mid-',
    ];
    for (const text of odd) expect(() => parseDates(text, REFERENCE)).not.toThrow();
  });

  it('rejects a reference that is not an ISO day', () => {
    expect(() => parseDates('اليوم', '2025-13-01')).toThrow(/reference/);
  });

  it('finishes on 1 MB of text', { timeout: 120_000 }, () => {
    const paragraph = `${seed}\nThe talks resumed on 3 March 2024 and again in early June.\n`;
    const copies = Math.ceil(1_000_000 / paragraph.length);
    const mentions = parseDates(paragraph.repeat(copies), REFERENCE);
    expect(mentions).toHaveLength(copies * 8);
  });
});
