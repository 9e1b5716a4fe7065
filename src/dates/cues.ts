import type { Direction } from './vocabulary';

// A verb marked for the future next to a date ("will meet on Monday", "سيلتقي الاثنين", "سوف يزور")
// turns a date without a direction forward. Only the sentence around the mention counts, and only a
// bounded window of it. The text is scanned once for such verbs and sentence ends, so each mention's
// look costs a constant.
const WINDOW = 40;
/**
 * سـ fused with an imperfect verb (سيعقد، ستزور، سنرى), or سوف. Words that merely start with سي/ست/سن
 * are excluded by their stems: سياسة، سيارة، سيد، سيطرة، سيناء، ستين، سنة، سنوات، سنوي…
 */
const FUTURE_VERB =
  /(?<![\p{L}\p{N}])(?:[وف]?(?:سوف|س(?!ياس|يار|يد|يطر|يول|ينا|يره|تين|تار|ته|نوات|نوي|نه|نين)[يتنا]\p{L}{2,})|will|shall|is going to|are going to)(?![\p{L}\p{N}])|'ll(?![\p{L}])/giu;
/**
 * Where a verb's clause ends: a sentence end, or a complementizer that opens a reported clause ("said on
 * Wednesday that … will", "قال الأربعاء إن … ستصل"): the future verb after it is not the date's verb.
 */
const SENTENCE_END = /[.!?؟\n]|(?<![\p{L}\p{N}])(?:[وف]?ب?ان(?:ه|ها|هم|نا)?|that)(?![\p{L}\p{N}])/giu;

export interface Cues {
  /** Positions of future-marked verbs, ascending. */
  verbs: number[];
  /** Positions of sentence ends and complementizers, ascending. */
  ends: number[];
}

export function findCues(folded: string): Cues {
  return {
    verbs: [...folded.matchAll(FUTURE_VERB)].map((m) => m.index ?? 0),
    ends: [...folded.matchAll(SENTENCE_END)].map((m) => m.index ?? 0),
  };
}

/** The first index in a sorted list whose value is >= at. */
function firstAtOrAfter(list: number[], at: number): number {
  let [low, high] = [0, list.length];
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((list[mid] ?? 0) < at) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The direction the words around [from, to) give a date without one, if any. */
export function cueAround(cues: Cues, from: number, to: number): Direction | undefined {
  if (cues.verbs.length === 0) return undefined;
  const verb = cues.verbs[firstAtOrAfter(cues.verbs, from - WINDOW)];
  if (verb === undefined || verb > to + WINDOW || (verb >= from && verb < to)) return undefined;
  // A sentence end or a complementizer between the verb and the mention separates them.
  const [low, high] = verb < from ? [verb, from] : [to, verb];
  const end = cues.ends[firstAtOrAfter(cues.ends, low)];
  return end !== undefined && end < high ? undefined : 'FUTURE';
}
