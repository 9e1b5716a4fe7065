/**
 * Splits (folded) text into pieces of at most MAX_CHUNK characters, cut after a sentence end where
 * there is one near the limit, else at a space, so no date expression is cut in two. Several of chrono's
 * own parsers and refiners look at all the text before each match (a `$`-anchored pattern on the
 * prefix), which is quadratic in a long text; on pieces of bounded size every step is linear overall.
 */
export const MAX_CHUNK = 2_000;
/** How far back from the limit a sentence end or a space is looked for. */
const SENTENCE_REACH = 600;
const SPACE_REACH = 100;

export interface Chunk {
  start: number;
  text: string;
}

export function chunks(text: string): Chunk[] {
  const pieces: Chunk[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + MAX_CHUNK);
    if (end < text.length) end = cutBefore(text, end, start);
    pieces.push({ start, text: text.slice(start, end) });
    start = end;
  }
  return pieces;
}

const SENTENCE_END = /[.!?؟\n]/;

/** Where to cut at or before `limit` (never at or before `start`). */
function cutBefore(text: string, limit: number, start: number): number {
  for (let i = limit; i > Math.max(start, limit - SENTENCE_REACH); i--) {
    if (SENTENCE_END.test(text[i - 1] ?? '') && text[i] === ' ') return i;
  }
  for (let i = limit; i > Math.max(start, limit - SPACE_REACH); i--) if (text[i - 1] === ' ') return i;
  return limit;
}
