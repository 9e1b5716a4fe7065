import { foldText } from '../text/fold';

/** One Arabic word of a text: as written, folded, and where it is (UTF-16 offsets). */
export interface Word {
  text: string;
  folded: string;
  offset: number;
  length: number;
}

/** Arabic letters with their marks and tatweel; digits, Latin and punctuation end a word. */
const ARABIC_WORD = /[\u0621-\u063A\u0641-\u064A\u0671-\u06D3\u064B-\u065F\u0670\u0640]+/g;

/** Every Arabic word of the text, in order; one pass, so linear in the text's length. */
export function arabicWords(text: string): Word[] {
  const words: Word[] = [];
  for (const m of text.matchAll(ARABIC_WORD)) {
    const folded = foldText(m[0]);
    if (folded) words.push({ text: m[0], folded, offset: m.index, length: m[0].length });
  }
  return words;
}

/** Whether only spaces (no punctuation, digit, Latin letter or line break) separate two words. */
export function adjacent(text: string, a: Word, b: Word): boolean {
  return /^[ \t\u00A0\u200C\u200F]+$/.test(text.slice(a.offset + a.length, b.offset));
}

/** Folds a list of written forms once, for lookups by folded word. */
export const foldedSet = (forms: readonly string[]) => new Set(forms.map(foldText));

/**
 * Function words, reporting verbs, date words and pronouns: they end a name and never start one.
 * Folded like the text (no hamza, ه for ة, ي for ى).
 */
export const STOP_WORDS = foldedSet([
  'في',
  'على',
  'من',
  'إلى',
  'الى',
  'عن',
  'مع',
  'أن',
  'إن',
  'أنه',
  'إنه',
  'بأن',
  'قد',
  'لم',
  'لن',
  'ما',
  'لا',
  'هو',
  'هي',
  'هم',
  'الذي',
  'التي',
  'الذين',
  'والذي',
  'والتي',
  'خلال',
  'بعد',
  'قبل',
  'بحسب',
  'حسب',
  'وفق',
  'وفقا',
  'حول',
  'عند',
  'منذ',
  'حتى',
  'كما',
  'أمس',
  'اليوم',
  'يوم',
  'غدا',
  'قال',
  'وقال',
  'قالت',
  'أكد',
  'وأكد',
  'أعلن',
  'وأعلن',
  'أضاف',
  'وأضاف',
  'مساء',
  'صباح',
  'الأحد',
  'الاثنين',
  'الثلاثاء',
  'الأربعاء',
  'الخميس',
  'الجمعة',
  'السبت',
  'نفسه',
  'أيضا',
  'ايضا',
  'الذي',
  'رسميا',
  'شخصيا',
  'حاليا',
]);
