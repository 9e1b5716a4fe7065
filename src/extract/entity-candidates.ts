import { foldText } from '../text/fold';
import { adjacent, arabicWords, foldedSet, STOP_WORDS, type Word } from './words';

/**
 * A name that may be an entity the graph does not hold yet, for the analyst to confirm: a person
 * named after a title, an organisation or place after its head noun, or a capitalised Latin name.
 */
export interface EntityCandidate {
  /** As written: text === input.slice(offset, offset + length). */
  text: string;
  offset: number;
  length: number;
  /** The likely kind: PERSON after a title, ORGANISATION or PLACE after a head noun, else unknown. */
  kind: 'PERSON' | 'ORGANISATION' | 'PLACE' | null;
  /** Why it was proposed: the title or head noun, or "latin". */
  cue: string;
}

/**
 * Titles a person's name follows, as folded word sequences ("وزير الخارجية التركي مولود …").
 * Hand-written: no library knows Arabic news titles; the lists are short and easy to extend.
 */
const TITLES: string[] = [
  'الرئيس',
  'رئيس',
  'وزير',
  'وزيرة',
  'الوزير',
  'المتحدث باسم',
  'المتحدثة باسم',
  'الناطق باسم',
  'رئيس أركان',
  'رئيس هيئة الأركان',
  'رئيس الوزراء',
  'رئيس الحكومة',
  'الأمين العام',
  'زعيم',
  'قائد',
  'مدير',
  'السفير',
  'سفير',
  'نائب',
  'مستشار',
  'العميد',
  'اللواء',
  'العقيد',
  'الجنرال',
  'الأدميرال',
  'الملك',
  'الأمير',
  'الشيخ',
  'محافظ',
  'نظيره',
  'نظيرها',
];

/** Titles also written after the name, in apposition ("ديمتري بيسكوف المتحدث باسم الكرملين"). */
const TRAILING_TITLES = foldedSet(['المتحدث', 'المتحدثة', 'الناطق', 'زعيم']);

/** Nouns that head an organisation's or a place's name ("حزب العمال الكردستاني", "بلدة سروج"). */
const ORGANISATION_HEADS = foldedSet([
  'حزب',
  'جبهة',
  'حركة',
  'وحدات',
  'جامعة',
  'وزارة',
  'هيئة',
  'مجلس',
  'وكالة',
  'حلف',
  'ائتلاف',
  'لواء',
  'جيش',
  'رابطة',
  'صحيفة',
]);
const PLACE_HEADS = foldedSet(['مدينة', 'بلدة', 'قرية', 'محافظة', 'ولاية', 'قاعدة', 'نهر', 'حي', 'ريف']);

/** Nouns of a title's qualifier in construct form ("الأمين العام لجامعة …", "رئيس هيئة …"). */
const CONSTRUCT = foldedSet([
  'باسم',
  'حزب',
  'جامعة',
  'هيئة',
  'وزارة',
  'مجلس',
  'حكومة',
  'خارجية',
  'دفاع',
  'قوات',
]);
/** Words in a title's qualifier before the name: definite words, ل + noun, construct nouns. */
const isQualifier = (w: Word) => /^(ال|لل|بال|وال|ل)/.test(w.folded) || CONSTRUCT.has(w.folded);
const isStop = (w: Word) => STOP_WORDS.has(w.folded);
/** A name's first word is indefinite ("نبيل", "رجب"); the definite form only ends it ("العربي"). */
const isDefinite = (w: Word) => /^(ال|لل)/.test(w.folded);
/** An organisation's name goes on with definite words, also joined by و ("العدالة والتنمية"). */
const continuesName = (w: Word) => /^(ال|لل|وال)/.test(w.folded);

/** At most this many words of qualifier between a title and the name, and words in a name. */
const MAX_QUALIFIER = 4;
const MAX_NAME = 4;

function matchesTitle(text: string, words: Word[], i: number, title: string[]): boolean {
  return title.every((t, k) => {
    const w = words[i + k];
    const prev = words[i + k - 1];
    return w !== undefined && w.folded === t && (k === 0 || (prev !== undefined && adjacent(text, prev, w)));
  });
}

/** Folded titles, longest first, so "رئيس هيئة الأركان" wins over "رئيس". */
const FOLDED_TITLES = TITLES.map((t) => foldText(t).split(' ')).sort((a, b) => b.length - a.length);

/**
 * The name words starting at `start`: an indefinite first word, then up to MAX_NAME words with no
 * punctuation between them, ending after the first definite word or before a stop word.
 */
function nameAt(text: string, words: Word[], start: number): [number, number] | undefined {
  const first = words[start];
  if (!first || isStop(first) || isDefinite(first)) return undefined;
  let end = start;
  while (end + 1 < words.length && end - start + 1 < MAX_NAME) {
    const next = words[end + 1] as Word;
    if (!adjacent(text, words[end] as Word, next) || isStop(next)) break;
    end++;
    if (isDefinite(next)) break;
  }
  return [start, end];
}

function span(text: string, words: Word[], from: number, to: number) {
  const a = words[from] as Word;
  const b = words[to] as Word;
  return {
    text: text.slice(a.offset, b.offset + b.length),
    offset: a.offset,
    length: b.offset + b.length - a.offset,
  };
}

/** Persons after a title: skip the title's qualifier words, then read the name. */
function afterTitles(text: string, words: Word[]): EntityCandidate[] {
  const found: EntityCandidate[] = [];
  for (let i = 0; i < words.length; i++) {
    const title = FOLDED_TITLES.find((t) => matchesTitle(text, words, i, t));
    if (!title) continue;
    let j = i + title.length;
    for (let q = 0; q <= MAX_QUALIFIER && j < words.length; q++) {
      const prev = words[j - 1] as Word;
      const w = words[j] as Word;
      if (!adjacent(text, prev, w) || isStop(w)) break;
      if (!isQualifier(w)) {
        const name = nameAt(text, words, j);
        const cue = span(text, words, i, i + title.length - 1).text;
        if (name) found.push({ ...span(text, words, name[0], name[1]), kind: 'PERSON', cue });
        break;
      }
      j++;
    }
    if (TRAILING_TITLES.has(title[0] ?? '')) {
      const name = nameBefore(text, words, i);
      const cue = span(text, words, i, i + title.length - 1).text;
      if (name) found.push({ ...span(text, words, name[0], name[1]), kind: 'PERSON', cue });
    }
  }
  return found;
}

/** The name just before a trailing title: up to MAX_NAME - 1 adjacent words, from an indefinite one. */
function nameBefore(text: string, words: Word[], title: number): [number, number] | undefined {
  let from = title;
  while (from > 0 && title - from < MAX_NAME - 1) {
    const w = words[from - 1] as Word;
    if (!adjacent(text, w, words[from] as Word) || isStop(w)) break;
    from--;
  }
  while (from < title && isDefinite(words[from] as Word)) from++;
  return from < title ? [from, title - 1] : undefined;
}

/** The kind a head noun gives, and how many clitic letters (و, ب, وب) precede it in the word. */
function headOf(w: Word): { kind: 'ORGANISATION' | 'PLACE'; head: string; clitic: number } | undefined {
  for (const clitic of [0, 1, 2]) {
    if (clitic && !/^(و|ب|وب)/.test(w.folded.slice(0, clitic))) continue;
    const head = w.folded.slice(clitic);
    if (ORGANISATION_HEADS.has(head)) return { kind: 'ORGANISATION', head, clitic };
    if (PLACE_HEADS.has(head)) return { kind: 'PLACE', head, clitic };
  }
  return undefined;
}

/** Organisations and places after their head noun: the head and the definite words that follow. */
function afterHeads(text: string, words: Word[]): EntityCandidate[] {
  const found: EntityCandidate[] = [];
  for (let i = 0; i < words.length; i++) {
    const head = headOf(words[i] as Word);
    if (!head) continue;
    let end = i;
    while (end + 1 < words.length && end - i < MAX_NAME) {
      const next = words[end + 1] as Word;
      if (!adjacent(text, words[end] as Word, next) || isStop(next)) break;
      // A place's name may be indefinite (بلدة سروج); an organisation's goes on with definite words.
      if (!continuesName(next) && !(head.kind === 'PLACE' && end === i)) break;
      end++;
    }
    if (end === i) continue;
    const s = span(text, words, i, end);
    // The clitic is the word's first letter or two, with the marks written on them.
    const skip = head.clitic
      ? (new RegExp(`^(?:.[\\u064B-\\u065F\\u0670\\u0640]*){${head.clitic}}`, 'u').exec(s.text)?.[0].length ??
        0)
      : 0;
    found.push({
      text: s.text.slice(skip),
      offset: s.offset + skip,
      length: s.length - skip,
      kind: head.kind,
      cue: (words[i] as Word).text.slice(skip),
    });
  }
  return found;
}

/** Runs of capitalised Latin words (ISIS, Recep Tayyip Erdoğan, al-Nusra Front). */
const LATIN_NAME =
  /(?<![\p{L}\p{N}-])(?:(?:al|el)-)?(?:\p{Lu}[\p{L}'’-]*)(?:[ \t]+(?:(?:al|el|bin|ibn|de|van|von|der)[ -])?\p{Lu}[\p{L}'’-]*)*/gu;

function latinNames(text: string): EntityCandidate[] {
  const found: EntityCandidate[] = [];
  for (const m of text.matchAll(LATIN_NAME)) {
    if (!/\p{Script=Latin}/u.test(m[0]) || m[0].length < 2) continue;
    found.push({ text: m[0], offset: m.index, length: m[0].length, kind: null, cue: 'latin' });
  }
  return found;
}

/**
 * New-entity candidates in text order, one per place (the longest when two overlap), leaving out
 * those that overlap a span in `exclude` (mentions of entities already known).
 */
export function findEntityCandidates(
  text: string,
  exclude: readonly { offset: number; length: number }[] = [],
): EntityCandidate[] {
  const words = arabicWords(text);
  const all = [...afterTitles(text, words), ...afterHeads(text, words), ...latinNames(text)].sort(
    (a, b) => a.offset - b.offset || b.length - a.length,
  );
  const known = [...exclude].sort((a, b) => a.offset - b.offset);
  const kept: EntityCandidate[] = [];
  let k = 0;
  for (const c of all) {
    const last = kept.at(-1);
    if (last && c.offset < last.offset + last.length) continue;
    while (
      k < known.length &&
      (known[k] as { offset: number; length: number }).offset + (known[k]?.length ?? 0) <= c.offset
    )
      k++;
    const next = known[k];
    if (next && next.offset < c.offset + c.length) continue;
    kept.push(c);
  }
  return kept;
}
