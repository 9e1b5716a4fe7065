import { foldChar } from '../text/fold';

/** Text folded for matching, with where each folded character came from in the original. */
export interface FoldedText {
  text: string;
  /** origins[i] is the index in the original string of folded character i; one extra entry for the end. */
  origins: number[];
}

/**
 * Folds per UTF-16 code unit (foldChar: letter forms, marks, bidi marks, digits) and records offsets,
 * so patterns need one spelling per word while mentions still report the text as written.
 */
export function foldForMatching(original: string): FoldedText {
  let text = '';
  const origins: number[] = [];
  for (let i = 0; i < original.length; i++) {
    const folded = foldChar(original[i] ?? '');
    for (let k = 0; k < folded.length; k++) origins.push(i);
    text += folded;
  }
  origins.push(original.length);
  return { text, origins };
}

const TRAILING_MARK = /[\u064B-\u065F\u0670]/;

/** Maps a folded [index, index + length) range back to the original, with the last letter's harakat. */
export function originalRange(
  original: string,
  folded: FoldedText,
  index: number,
  length: number,
): { offset: number; length: number } {
  const offset = folded.origins[index] ?? 0;
  let end = (folded.origins[index + length - 1] ?? offset) + 1;
  while (end < original.length && TRAILING_MARK.test(original[end] ?? '')) end++;
  return { offset, length: end - offset };
}
