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
const isArabicMark = (code: number) =>
  (code >= 0x064b && code <= 0x065f) || code === 0x0670 || code === 0x0640;
/** Bidirectional formatting marks: LRM, RLM, ALM and the embedding/isolate controls. */
const isBidiMark = (code: number) =>
  code === 0x200e ||
  code === 0x200f ||
  code === 0x061c ||
  (code >= 0x202a && code <= 0x202e) ||
  (code >= 0x2066 && code <= 0x2069);
const ARABIC_INDIC_ZERO = 0x0660;
const PERSIAN_ZERO = 0x06f0;

/**
 * Folds one UTF-16 code unit without changing anything else: '' for marks that carry no letter,
 * one character for letters and digits. Length-stable, so callers can map offsets back.
 */
export function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (isArabicMark(code) || isBidiMark(code)) return '';
  const letter = ARABIC_LETTERS[ch];
  if (letter) return letter;
  if (code >= ARABIC_INDIC_ZERO && code <= ARABIC_INDIC_ZERO + 9) return String(code - ARABIC_INDIC_ZERO);
  if (code >= PERSIAN_ZERO && code <= PERSIAN_ZERO + 9) return String(code - PERSIAN_ZERO);
  return ch;
}

/** Latin combining marks split off by NFKD (ü → u + U+0308). */
const LATIN_COMBINING_MARKS = /[\u0300-\u036F]/g;

/** Folds a string for search and name matching (see the module comment for the rules). */
export function foldText(s: string): string {
  return foldWithOffsets(s).folded;
}

/** Text folded by foldText, with the place in the original of every folded character. */
export interface FoldedWithOffsets {
  folded: string;
  /** starts[i] / ends[i]: the original UTF-16 range that folded character i came from. */
  starts: number[];
  ends: number[];
}

const WHITESPACE = /\s/;

/**
 * Whether a character folds by foldChar alone: ASCII (lower-cased first) and the basic Arabic block,
 * where NFKD only splits hamza and madda off letters that foldChar maps to the bare letter anyway.
 */
const foldsDirectly = (code: number) => code < 0x80 || (code >= 0x0621 && code <= 0x0670);

/**
 * Folds (NFKD, Latin accents off, lower case, foldChar, whitespace runs to one space, trimmed) one
 * original character at a time, so a range of the folded text maps back exactly to the original text,
 * even where folding dropped characters (harakat, tatweel, bidi marks) or split one (ligatures). Runs of
 * whitespace and marks fold to at most one space, which also keeps the date patterns linear.
 */
export function foldWithOffsets(text: string): FoldedWithOffsets {
  let folded = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let lastIsSpace = true; // nothing folded yet: leading whitespace is dropped
  let offset = 0;
  while (offset < text.length) {
    const code = text.codePointAt(offset) ?? 0;
    const width = code > 0xffff ? 2 : 1;
    const end = offset + width;
    const original = text.slice(offset, end);
    const decomposed =
      code >= 0x41 && code <= 0x5a
        ? String.fromCharCode(code + 0x20) // A–Z
        : foldsDirectly(code)
          ? original // other ASCII, and the Arabic block, which has no case
          : original.normalize('NFKD').replace(LATIN_COMBINING_MARKS, '').toLowerCase();
    for (let k = 0; k < decomposed.length; k++) {
      const out = foldChar(decomposed[k] ?? '');
      if (out === '') continue;
      const first = out.charCodeAt(0);
      if (first === 32 || (first >= 9 && first <= 13) || (first > 0x7f && WHITESPACE.test(out))) {
        if (lastIsSpace) continue;
        lastIsSpace = true;
        folded += ' ';
        starts.push(offset);
        ends.push(end);
        continue;
      }
      lastIsSpace = false;
      for (let unit = 0; unit < out.length; unit++) {
        starts.push(offset);
        ends.push(end);
      }
      folded += out;
    }
    offset = end;
  }
  if (lastIsSpace && folded.length > 0) {
    folded = folded.slice(0, -1);
    starts.pop();
    ends.pop();
  }
  return { folded, starts, ends };
}

/** Characters folding drops (harakat, tatweel, Latin accents…) that still belong to the letter before. */
const MARK = /[\u064B-\u065F\u0670\u0640]|[\u0300-\u036F]/;

/**
 * The original range of folded characters [from, to): from the first one's start to the last one's
 * end, widened over the marks that follow it in the original (so "أكتوركَ" keeps its final fatha).
 */
export function originalRange(text: string, map: FoldedWithOffsets, from: number, to: number) {
  const offset = map.starts[from] ?? text.length;
  let end = map.ends[to - 1] ?? offset;
  while (end < text.length && MARK.test(text[end] ?? '')) end++;
  return { offset, length: end - offset };
}
