import { foldChar } from '../text/fold';

/** Text folded like foldText, with the place in the original of every folded character. */
export interface FoldedWithOffsets {
  folded: string;
  /** starts[i] / ends[i]: the original UTF-16 range that folded character i came from. */
  starts: number[];
  ends: number[];
}

const LATIN_COMBINING_MARKS = /[\u0300-\u036F]/g;
/** Characters folding drops (harakat, tatweel, Latin accents…) that still belong to the letter before. */
const MARK = /[\u064B-\u065F\u0670\u0640]|[\u0300-\u036F]/;

/**
 * Folds like foldText (NFKD, Latin accents off, lower case, foldChar, whitespace runs to one space,
 * trimmed) one original character at a time, so a range of the folded text maps back exactly to the
 * original text, even where folding dropped characters (harakat, tatweel) or split one (ligatures).
 */
export function foldWithOffsets(text: string): FoldedWithOffsets {
  let folded = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let offset = 0;
  for (const original of text) {
    const end = offset + original.length;
    const decomposed = original.normalize('NFKD').replace(LATIN_COMBINING_MARKS, '').toLowerCase();
    for (const ch of decomposed) {
      for (const out of foldChar(ch)) {
        if (/\s/.test(out)) {
          if (folded === '' || folded.endsWith(' ')) continue;
          folded += ' ';
        } else folded += out;
        for (let unit = 0; unit < out.length; unit++) {
          starts.push(offset);
          ends.push(end);
        }
      }
    }
    offset = end;
  }
  if (folded.endsWith(' ')) {
    folded = folded.slice(0, -1);
    starts.pop();
    ends.pop();
  }
  return { folded, starts, ends };
}

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
