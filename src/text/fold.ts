/**
 * Text folding for search and name matching: two spellings of the same word fold to the same string
 * (Aktürk = akturk, أكتورك = اكتورك, غدًا = غدا, ٢٠٢٥ = 2025).
 *
 * Hand-written: Unicode normalisation (NFKD) does half of the work (it splits accents and the hamza
 * and madda off their carrier letters), but the Arabic letter unifications below are orthographic
 * conventions of search, not Unicode equivalences, so no library does them.
 */

/** Arabic letters written interchangeably, mapped to one form. */
const ARABIC_LETTERS: Record<string, string> = {
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ؤ: 'و',
  ئ: 'ي',
  ة: 'ه',
  ى: 'ي',
};

/** Harakat, tanween, shadda, sukun, hamza/madda marks (U+064B–U+065F), superscript alef, tatweel. */
const ARABIC_MARKS = /[\u064B-\u065F\u0670\u0640]/;
/** Bidirectional formatting marks: LRM, RLM, ALM and the embedding/isolate controls. */
const BIDI_MARKS = /[\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/;
const ARABIC_INDIC_ZERO = 0x0660;
const PERSIAN_ZERO = 0x06f0;

/**
 * Folds one UTF-16 code unit without changing anything else: '' for marks that carry no letter,
 * one character for letters and digits. Length-stable, so callers can map offsets back.
 */
export function foldChar(ch: string): string {
  if (ARABIC_MARKS.test(ch) || BIDI_MARKS.test(ch)) return '';
  const letter = ARABIC_LETTERS[ch];
  if (letter) return letter;
  const code = ch.charCodeAt(0);
  if (code >= ARABIC_INDIC_ZERO && code <= ARABIC_INDIC_ZERO + 9) return String(code - ARABIC_INDIC_ZERO);
  if (code >= PERSIAN_ZERO && code <= PERSIAN_ZERO + 9) return String(code - PERSIAN_ZERO);
  return ch;
}

/** Latin combining marks split off by NFKD (ü → u + U+0308). */
const LATIN_COMBINING_MARKS = /[\u0300-\u036F]/g;

/** Folds a string for search and name matching (see the module comment for the rules). */
export function foldText(s: string): string {
  const decomposed = s.normalize('NFKD').replace(LATIN_COMBINING_MARKS, '').toLowerCase();
  let folded = '';
  for (const ch of decomposed) folded += foldChar(ch);
  return folded.replace(/\s+/g, ' ').trim();
}
