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
  // Colloquial and narrative forms.
  الجاي: 'FUTURE',
  الجاية: 'FUTURE',
  التالي: 'FUTURE',
  التالية: 'FUTURE',
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

/** The dot after an abbreviated month name ("Aug."), not a sentence's full stop after a full one. */
export const MONTH_DOT = '(?:(?<=(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec))\\.)?';

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

const EN_ORDINAL_WORDS = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
};
export const EN_QUARTERS = new Vocabulary({ ...EN_ORDINAL_WORDS, final: 4 });

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

const AR_FEMININE_UNIT_ORDINALS = [
  'الأولى',
  'الثانية',
  'الثالثة',
  'الرابعة',
  'الخامسة',
  'السادسة',
  'السابعة',
  'الثامنة',
  'التاسعة',
];
/** Feminine ordinal day words (الثالثة عشرة، الحادية والعشرين), as written after الساعة or by some writers. */
export const AR_FEMININE_ORDINAL_DAYS = new Vocabulary<number>(
  Object.fromEntries([
    ...AR_FEMININE_UNIT_ORDINALS.map((w, i) => [w, i + 1]),
    ['العاشرة', 10],
    ...['الحادية', 'الواحدة'].flatMap((w) => [
      [`${w} عشرة`, 11],
      [`${w} عشر`, 11],
      [`${w} والعشرين`, 21],
      [`${w} والعشرون`, 21],
      [`${w} والثلاثين`, 31],
      [`${w} والثلاثون`, 31],
    ]),
    ...AR_FEMININE_UNIT_ORDINALS.slice(1).flatMap((w, i) => [
      [`${w} عشرة`, i + 12],
      [`${w} عشر`, i + 12],
      [`${w} والعشرين`, i + 22],
      [`${w} والعشرون`, i + 22],
    ]),
  ]),
);

/** Weekday nouns without the article, as in "ثالث ثلاثاء" or "آخر اثنين". */
export const AR_WEEKDAY_NOUNS = new Vocabulary({
  أحد: 0,
  اثنين: 1,
  إثنين: 1,
  ثلاثاء: 2,
  أربعاء: 3,
  خميس: 4,
  جمعة: 5,
  سبت: 6,
});

/** Ordinals placed before a noun (ثالث ثلاثاء) or after it (الثلاثاء الثالث); -1 is the last. */
export const AR_ORDINALS_BEFORE = new Vocabulary({
  أول: 1,
  ثاني: 2,
  ثالث: 3,
  رابع: 4,
  خامس: 5,
  آخر: -1,
});
export const AR_ORDINALS_AFTER = new Vocabulary({
  الأول: 1,
  الثاني: 2,
  الثالث: 3,
  الرابع: 4,
  الخامس: 5,
  الأخير: -1,
  // الجمعة and الثلاثاء are feminine in some writing.
  الأولى: 1,
  الثانية: 2,
  الثالثة: 3,
  الرابعة: 4,
  الخامسة: 5,
  الأخيرة: -1,
});

/** Cardinal numbers 1–12 in words, masculine and feminine. */
export const AR_NUMBERS = new Vocabulary({
  واحد: 1,
  واحدة: 1,
  اثنين: 2,
  اثنان: 2,
  ثلاثة: 3,
  ثلاث: 3,
  أربعة: 4,
  أربع: 4,
  خمسة: 5,
  خمس: 5,
  ستة: 6,
  ست: 6,
  سبعة: 7,
  سبع: 7,
  ثمانية: 8,
  ثماني: 8,
  ثمان: 8,
  تسعة: 9,
  تسع: 9,
  عشرة: 10,
  عشر: 10,
  'أحد عشر': 11,
  'إحدى عشرة': 11,
  'اثني عشر': 12,
  'اثنا عشر': 12,
  'اثنتي عشرة': 12,
});

/** Month ordinals after الشهر (الشهر الثامن). */
export const AR_MONTH_ORDINALS = new Vocabulary<number>(
  Object.fromEntries([
    ...AR_UNIT_ORDINALS.map((w, i) => [w, i + 1]),
    ['العاشر', 10],
    ['الحادي عشر', 11],
    ['الثاني عشر', 12],
  ]),
);

export type Unit = 'DAY' | 'WEEK' | 'MONTH' | 'YEAR';

/** Time units in the singular, dual and plural: [unit, count implied by the form (2 for a dual)]. */
export const AR_UNITS = new Vocabulary<[Unit, number]>({
  يوم: ['DAY', 1],
  يومين: ['DAY', 2],
  يومان: ['DAY', 2],
  أيام: ['DAY', 0],
  الأيام: ['DAY', 0],
  اليومين: ['DAY', 2],
  أسبوع: ['WEEK', 1],
  أسبوعين: ['WEEK', 2],
  أسبوعان: ['WEEK', 2],
  أسابيع: ['WEEK', 0],
  الأسابيع: ['WEEK', 0],
  الأسبوعين: ['WEEK', 2],
  شهر: ['MONTH', 1],
  شهرين: ['MONTH', 2],
  شهران: ['MONTH', 2],
  أشهر: ['MONTH', 0],
  شهور: ['MONTH', 0],
  الأشهر: ['MONTH', 0],
  الشهور: ['MONTH', 0],
  الشهرين: ['MONTH', 2],
  عام: ['YEAR', 1],
  سنة: ['YEAR', 1],
  عامين: ['YEAR', 2],
  عامان: ['YEAR', 2],
  سنتين: ['YEAR', 2],
  سنتان: ['YEAR', 2],
  أعوام: ['YEAR', 0],
  سنوات: ['YEAR', 0],
  سنين: ['YEAR', 0],
  الأعوام: ['YEAR', 0],
  السنوات: ['YEAR', 0],
  العامين: ['YEAR', 2],
  السنتين: ['YEAR', 2],
});

/** Words that make a count approximate: نحو أسبوعين، حوالي ثلاثة أيام، قرابة شهرين. */
export const AR_ABOUT = new Vocabulary({
  نحو: true,
  حوالي: true,
  حوالى: true,
  قرابة: true,
  زهاء: true,
  'ما يقارب': true,
  'ما يقرب من': true,
  'ما يناهز': true,
});
/** Words for a vague few units before the unit (بضعة أيام، عدة أسابيع); قليلة after it (أيام قليلة). */
export const AR_FEW = new Vocabulary({ بضعة: true, بضع: true, عدة: true });

/** Words that make a count approximate: about two weeks ago, some 3 days ago. */
export const EN_ABOUT = new Vocabulary({
  about: true,
  around: true,
  roughly: true,
  approximately: true,
  nearly: true,
  almost: true,
  some: true,
});
/** A vague few units: a few days ago, several weeks ago, some months ago. */
export const EN_FEW = new Vocabulary({ 'a few': true, few: true, several: true, some: true });

export const EN_UNITS = new Vocabulary<Unit>({
  day: 'DAY',
  days: 'DAY',
  week: 'WEEK',
  weeks: 'WEEK',
  month: 'MONTH',
  months: 'MONTH',
  year: 'YEAR',
  years: 'YEAR',
});

export const EN_NUMBERS = new Vocabulary({
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  'a couple of': 2,
});

/** Weekday abbreviations that are also ordinary words: read only next to a date or a relation word. */
export const EN_WEEKDAY_ABBREVIATIONS = new Vocabulary({
  sun: 0,
  mon: 1,
  tue: 2,
  tues: 2,
  wed: 3,
  thu: 4,
  thur: 4,
  thurs: 4,
  fri: 5,
  sat: 6,
});

export const EN_ORDINALS = new Vocabulary({
  ...EN_ORDINAL_WORDS,
  fifth: 5,
  '5th': 5,
  last: -1,
  final: -1,
});

export type Season = 'SPRING' | 'SUMMER' | 'AUTUMN' | 'WINTER';
export const SEASONS = new Vocabulary<Season>({
  spring: 'SPRING',
  summer: 'SUMMER',
  autumn: 'AUTUMN',
  fall: 'AUTUMN',
  winter: 'WINTER',
  ربيع: 'SPRING',
  الربيع: 'SPRING',
  صيف: 'SUMMER',
  الصيف: 'SUMMER',
  خريف: 'AUTUMN',
  الخريف: 'AUTUMN',
  شتاء: 'WINTER',
  الشتاء: 'WINTER',
});

/** Holidays on a fixed Gregorian day: [month, day]. */
export const HOLIDAYS = new Vocabulary<[number, number]>({
  "new year's day": [1, 1],
  'new year day': [1, 1],
  "new year's eve": [12, 31],
  'new years eve': [12, 31],
  'christmas eve': [12, 24],
  'christmas day': [12, 25],
  christmas: [12, 25],
  xmas: [12, 25],
  "valentine's day": [2, 14],
  'valentines day': [2, 14],
  'رأس السنة': [1, 1],
  'رأس السنة الميلادية': [1, 1],
  'يوم رأس السنة': [1, 1],
  'ليلة رأس السنة': [12, 31],
  'عشية رأس السنة': [12, 31],
  'عيد الميلاد': [12, 25],
  'عيد الميلاد المجيد': [12, 25],
  'ليلة عيد الميلاد': [12, 24],
  'عشية عيد الميلاد': [12, 24],
  'عيد الحب': [2, 14],
  'يوم الحب': [2, 14],
  'عيد العشاق': [2, 14],
});

/** Months of the Hijri calendar, Arabic and common English spellings. */
export const HIJRI_MONTHS = new Vocabulary({
  محرم: 1,
  صفر: 2,
  'ربيع الأول': 3,
  'ربيع الاول': 3,
  'ربيع الآخر': 4,
  'ربيع الثاني': 4,
  'جمادى الأولى': 5,
  'جمادى الأول': 5,
  'جمادى الآخرة': 6,
  'جمادى الثانية': 6,
  رجب: 7,
  شعبان: 8,
  رمضان: 9,
  شوال: 10,
  'ذو القعدة': 11,
  'ذي القعدة': 11,
  'ذو الحجة': 12,
  'ذي الحجة': 12,
  muharram: 1,
  safar: 2,
  'rabi al-awwal': 3,
  "rabi' al-awwal": 3,
  'rabi al-thani': 4,
  "rabi' al-thani": 4,
  'jumada al-awwal': 5,
  'jumada al-ula': 5,
  'jumada al-thani': 6,
  'jumada al-akhirah': 6,
  rajab: 7,
  "sha'ban": 8,
  shaban: 8,
  ramadan: 9,
  shawwal: 10,
  "dhu al-qi'dah": 11,
  'dhu al-qidah': 11,
  'dhu al-hijjah': 12,
  'dhul hijjah': 12,
});

/** The two Eids as Hijri [month, day]. */
export const EIDS = new Vocabulary<[number, number]>({
  'عيد الفطر': [10, 1],
  'عيد الفطر المبارك': [10, 1],
  'عيد الأضحى': [12, 10],
  'عيد الأضحى المبارك': [12, 10],
  'eid al-fitr': [10, 1],
  'eid ul-fitr': [10, 1],
  'eid al fitr': [10, 1],
  'eid al-adha': [12, 10],
  'eid ul-adha': [12, 10],
  'eid al adha': [12, 10],
});
