import { foldChar } from '../text/fold';

/** Folds a word the way parseDates folds its input (letter forms, marks, digits), then lower-cases it. */
export function foldWord(word: string): string {
  let folded = '';
  for (const ch of word) folded += foldChar(ch);
  return folded.toLowerCase();
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Words (in any spelling) mapped to values: a folded lookup and a regex alternation, longest first. */
export class Vocabulary<T> {
  private readonly byWord = new Map<string, T>();
  readonly pattern: string;

  constructor(entries: Record<string, T>) {
    for (const [word, value] of Object.entries(entries)) this.byWord.set(foldWord(word), value);
    const words = [...this.byWord.keys()].sort((a, b) => b.length - a.length);
    this.pattern = `(?:${words.map((w) => escapeRegExp(w).replace(/ /g, '\\s+')).join('|')})`;
  }

  get(word: string | undefined): T | undefined {
    return word === undefined ? undefined : this.byWord.get(word.toLowerCase().replace(/\s+/g, ' '));
  }
}

export type Part = 'EARLY' | 'MID' | 'LATE';
export type Relation = 'PAST' | 'FUTURE' | 'CURRENT';
/** Which way a date without a written direction is read from the reference. */
export type Direction = 'PAST' | 'FUTURE';

export const AR_MONTHS = new Vocabulary({
  'كانون الثاني': 1,
  'كانون ثاني': 1,
  شباط: 2,
  آذار: 3,
  نيسان: 4,
  أيار: 5,
  حزيران: 6,
  تموز: 7,
  آب: 8,
  أيلول: 9,
  'تشرين الأول': 10,
  'تشرين أول': 10,
  'تشرين الثاني': 11,
  'تشرين ثاني': 11,
  'كانون الأول': 12,
  'كانون أول': 12,
  يناير: 1,
  فبراير: 2,
  مارس: 3,
  أبريل: 4,
  إبريل: 4,
  مايو: 5,
  يونيو: 6,
  يونيه: 6,
  يوليو: 7,
  يوليه: 7,
  أغسطس: 8,
  سبتمبر: 9,
  أكتوبر: 10,
  نوفمبر: 11,
  ديسمبر: 12,
});
/** Month names that are also common words (آب 'father', مارس 'he practised'): need a date context. */
export const AR_AMBIGUOUS_MONTHS = new Set(['اب', 'مارس']);

export const AR_WEEKDAYS = new Vocabulary({
  الأحد: 0,
  الاثنين: 1,
  الإثنين: 1,
  الثلاثاء: 2,
  الأربعاء: 3,
  الخميس: 4,
  الجمعة: 5,
  السبت: 6,
});

const AR_UNIT_ORDINALS = [
  'الأول',
  'الثاني',
  'الثالث',
  'الرابع',
  'الخامس',
  'السادس',
  'السابع',
  'الثامن',
  'التاسع',
];
/** Day numbers written as ordinal words: الأول … العاشر, الحادي عشر …, الحادي والعشرين …, الحادي والثلاثين. */
export const AR_ORDINAL_DAYS = new Vocabulary<number>(
  Object.fromEntries([
    ...AR_UNIT_ORDINALS.map((w, i) => [w, i + 1]),
    ['العاشر', 10],
    ['الحادي عشر', 11],
    ...AR_UNIT_ORDINALS.slice(1).map((w, i) => [`${w} عشر`, i + 12]),
    ...['العشرين', 'العشرون'].map((w) => [w, 20]),
    ...['الثلاثين', 'الثلاثون'].map((w) => [w, 30]),
    ...['الحادي', 'الواحد'].flatMap((w) =>
      [`${w} والعشرين`, `${w} والعشرون`, `${w} والثلاثين`, `${w} والثلاثون`].map((phrase, i) => [
        phrase,
        i < 2 ? 21 : 31,
      ]),
    ),
    ...AR_UNIT_ORDINALS.slice(1).flatMap((w, i) =>
      [`${w} والعشرين`, `${w} والعشرون`].map((p) => [p, i + 22]),
    ),
  ]),
);

export const AR_PARTS = new Vocabulary<Part>({
  مطلع: 'EARLY',
  أوائل: 'EARLY',
  بداية: 'EARLY',
  بدايات: 'EARLY',
  أول: 'EARLY',
  مستهل: 'EARLY',
  منتصف: 'MID',
  أواسط: 'MID',
  وسط: 'MID',
  أواخر: 'LATE',
  نهاية: 'LATE',
  نهايات: 'LATE',
  آخر: 'LATE',
  ختام: 'LATE',
});

export const AR_RELATIONS = new Vocabulary<Relation>({
  الماضي: 'PAST',
  الماضية: 'PAST',
  الفائت: 'PAST',
  الفائتة: 'PAST',
  المنصرم: 'PAST',
  المنصرمة: 'PAST',
  السابق: 'PAST',
  السابقة: 'PAST',
  المقبل: 'FUTURE',
  المقبلة: 'FUTURE',
  القادم: 'FUTURE',
  القادمة: 'FUTURE',
  الجاري: 'CURRENT',
  الجارية: 'CURRENT',
  الحالي: 'CURRENT',
  الحالية: 'CURRENT',
});

export const AR_QUARTERS = new Vocabulary({ الأول: 1, الثاني: 2, الثالث: 3, الرابع: 4, الأخير: 4 });

const AR_DECADE_STEMS = ['عشرين', 'ثلاثين', 'أربعين', 'خمسين', 'ستين', 'سبعين', 'ثمانين', 'تسعين'];
/** Decade words (التسعينيات, ثمانينات) mapped to their tens digit within a century. */
export const AR_DECADES = new Vocabulary<number>(
  Object.fromEntries(
    AR_DECADE_STEMS.flatMap((stem, i) => [`${stem}يات`, `${stem}ات`].map((w) => [w, (i + 2) * 10])),
  ),
);

export const EN_MONTHS = new Vocabulary({
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
});

export const EN_WEEKDAYS = new Vocabulary({
  // Full names only: 'sun', 'sat', 'wed' and 'mon' are also ordinary words.
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
});

export const EN_PARTS = new Vocabulary<Part>({
  early: 'EARLY',
  'the beginning of': 'EARLY',
  'beginning of': 'EARLY',
  'the start of': 'EARLY',
  'start of': 'EARLY',
  mid: 'MID',
  'the middle of': 'MID',
  'middle of': 'MID',
  late: 'LATE',
  'the end of': 'LATE',
  'end of': 'LATE',
});

export const EN_RELATIONS = new Vocabulary<Relation>({
  last: 'PAST',
  past: 'PAST',
  previous: 'PAST',
  next: 'FUTURE',
  coming: 'FUTURE',
  this: 'CURRENT',
  current: 'CURRENT',
});

export const EN_QUARTERS = new Vocabulary({
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
  final: 4,
});

export const EN_DECADES = new Vocabulary({
  twenties: 20,
  thirties: 30,
  forties: 40,
  fifties: 50,
  sixties: 60,
  seventies: 70,
  eighties: 80,
  nineties: 90,
});
