import { type FoldedWithOffsets, foldText, foldWithOffsets, originalRange } from '../text/fold';
import { begunBy, holds, type Period } from './periods';

/** An entity already in the graph, with every name and alias it goes by (any language). */
export interface KnownEntity {
  id: string;
  kind: string;
  names: string[];
  /** When it existed, when the graph knows (see periods.ts). */
  period?: Period;
}

export interface EntityMention {
  entity: string;
  kind: string;
  /** As written: text === input.slice(offset, offset + length). */
  text: string;
  offset: number;
  length: number;
}

/** Names shorter than this (folded) match too much to be worth a hint. */
export const MIN_NAME_CHARS = 3;
/** A word is a run of Arabic letters or of other letters and digits: "iconتركيا" is two words. */
const WORD_SOURCE = '(?:(?=\\p{L})\\p{Script=Arabic})+|(?:(?!\\p{Script=Arabic})[\\p{L}\\p{N}])+';
const WORD = new RegExp(WORD_SOURCE, 'gu');
const FIRST_WORD = new RegExp(`^(?:${WORD_SOURCE})`, 'u');
/** Whether the words of a match end at `to` (the next character starts no word, or another one). */
const endsWord = (folded: string, to: number) =>
  FIRST_WORD.exec(folded.slice(to - 1, to + 1))?.[0].length !== 2;
/**
 * Arabic clitics written attached in front of a name: و/ف, then ب/ل. The article ال is not one: a
 * name that takes it carries it ("الجيش السوري", so "والجيش"/"بالجيش" match), and ال + a name is
 * another word (السورية is "the Syrian", not سورية "Syria").
 */
const CLITICS = ['و', 'ف', 'ب', 'ل', 'وب', 'ول', 'فب', 'فل'];
/** ل before the article fuses with it (ل + الجيش = للجيش), optionally after و/ف. */
const FUSED = ['لل', 'ولل', 'فلل'];

/**
 * The hamza written on the line (ء) is dropped from names and text alike: after folding, a hamza on a
 * seat is its bare letter (ئ → ي), and writers put it on the line as often ("لاجيء" for "لاجئ").
 */
const HAMZA = 'ء';
const matchFold = (s: string) => foldText(s).replaceAll(HAMZA, '');

/** The text folded for matching, with the offsets map of the characters kept. */
function foldForMatching(text: string): FoldedWithOffsets {
  const map = foldWithOffsets(text);
  if (!map.folded.includes(HAMZA)) return map;
  const kept: FoldedWithOffsets = { folded: '', starts: [], ends: [] };
  for (let i = 0; i < map.folded.length; i++) {
    if (map.folded[i] === HAMZA) continue;
    kept.folded += map.folded[i];
    kept.starts.push(map.starts[i] ?? 0);
    kept.ends.push(map.ends[i] ?? 0);
  }
  return kept;
}

/**
 * Words that, after a name, make it another body: "الحكومة السورية المؤقتة" (the opposition's interim
 * government) is not "الحكومة السورية", "الجيش السوري الحر" not "الجيش السوري", a former one not the
 * present one. A name of several words so followed is no mention of the entity (a longer name or
 * alias still is); after a one-word name the word qualifies the phrase the name ends ("حكومة زيتونيا
 * المؤقتة" still names Zaytunia).
 */
const DISTINCT_AFTER = new Set(
  ['المؤقت', 'المؤقتة', 'الانتقالي', 'الانتقالية', 'الحر', 'الحرة', 'السابق', 'السابقة'].map(matchFold),
);
const NEXT_WORD = new RegExp(` (${WORD_SOURCE})`, 'uy');

/** Whether the word after `to` makes the name there another body (see DISTINCT_AFTER). */
function qualifiedAway(folded: string, to: number): boolean {
  NEXT_WORD.lastIndex = to;
  const next = NEXT_WORD.exec(folded)?.[1];
  return next !== undefined && DISTINCT_AFTER.has(next);
}

interface Name {
  folded: string;
  entity: KnownEntity;
}

interface Candidate {
  from: number;
  to: number;
  entity: KnownEntity;
}

/** Known names by their first folded word, each folded name once per entity. */
function indexNames(known: readonly KnownEntity[]): Map<string, Name[]> {
  const byHead = new Map<string, Name[]>();
  for (const entity of known) {
    for (const folded of new Set(entity.names.map(matchFold))) {
      const head = FIRST_WORD.exec(folded)?.[0];
      if (!head || folded.length < MIN_NAME_CHARS) continue;
      const names = byHead.get(head) ?? [];
      if (!names.length) byHead.set(head, names);
      names.push({ folded, entity });
    }
  }
  return byHead;
}

/**
 * Where a name may start in a word: the word itself, after a clitic, or as "لل…" for a name in
 * "ال…" (skip = 1: the name's alef is not written; the mention then starts at the fused ل) or in
 * "الل…" (skip = 2: alef and the article's ل are not written).
 */
function starts(word: string, at: number) {
  const found = [{ head: word, from: at, textAt: at, skip: 0 }];
  for (const c of CLITICS)
    if (word.length > c.length && word.startsWith(c))
      found.push({ head: word.slice(c.length), from: at + c.length, textAt: at + c.length, skip: 0 });
  for (const f of FUSED)
    if (word.length > f.length && word.startsWith(f)) {
      found.push({
        head: `ا${word.slice(f.length - 1)}`,
        from: at + f.length - 2,
        textAt: at + f.length - 1,
        skip: 1,
      });
      // Before a name in "الل…" the article's ل fuses too: ل + اللاجئين = للاجئين (skip "ال").
      found.push({
        head: `ال${word.slice(f.length - 1)}`,
        from: at + f.length - 2,
        textAt: at + f.length - 1,
        skip: 2,
      });
    }
  return found;
}

/** Every place a known name occurs in the folded text at word boundaries. */
function candidates(folded: string, byHead: Map<string, Name[]>): Candidate[] {
  const found: Candidate[] = [];
  for (const word of folded.matchAll(WORD)) {
    for (const s of starts(word[0], word.index)) {
      for (const name of byHead.get(FIRST_WORD.exec(s.head)?.[0] ?? '') ?? []) {
        const rest = name.folded.slice(s.skip);
        const to = s.textAt + rest.length;
        if (!folded.startsWith(rest, s.textAt) || !endsWord(folded, to)) continue;
        if (name.folded.includes(' ') && qualifiedAway(folded, to)) continue;
        found.push({ from: s.from, to, entity: name.entity });
      }
    }
  }
  return found;
}

const inside = (a: Candidate, b: Candidate) => a.from >= b.from && a.to <= b.to;
const disjoint = (a: Candidate, b: Candidate) => a.to <= b.from || b.to <= a.from;

/**
 * A name several entities share, at one place, goes to those whose period holds the publication day
 * when there are any: "الحكومة السورية" in 2025 is the government in power, not the one that fell.
 * Entities without a known period may hold it.
 */
function inTheirTime(found: Candidate[], published: string | undefined): Candidate[] {
  if (published === undefined) return found;
  const current = new Set<string>();
  for (const c of found) if (holds(c.entity.period, published)) current.add(`${c.from}:${c.to}`);
  return found.filter((c) => holds(c.entity.period, published) || !current.has(`${c.from}:${c.to}`));
}

/**
 * Longest match first. A shorter match overlapping a kept one is dropped, unless it lies wholly
 * inside it and names another entity ("نظام بشار الأسد" is the regime, and holds its leader):
 * spans never cross, and one entity is never mentioned twice in one place.
 */
function choose(found: Candidate[]): Candidate[] {
  const kept: Candidate[] = [];
  const order = (a: Candidate, b: Candidate) =>
    b.to - b.from - (a.to - a.from) || a.from - b.from || a.entity.id.localeCompare(b.entity.id);
  for (const c of [...found].sort(order)) {
    if (kept.every((k) => disjoint(c, k) || (inside(c, k) && c.entity.id !== k.entity.id))) kept.push(c);
  }
  return kept.sort((a, b) => a.from - b.from || b.to - a.to);
}

/**
 * Mentions of known entities in the text, by normalised names and aliases, in text order. With the
 * publication day (YYYY-MM-DD), an entity that did not exist yet is not matched, and a name several
 * entities share goes to those that existed then (see KnownEntity.period).
 */
export function findEntityMentions(
  text: string,
  known: readonly KnownEntity[],
  published?: string,
): EntityMention[] {
  const map = foldForMatching(text);
  const existing = published === undefined ? known : known.filter((e) => begunBy(e.period, published));
  return choose(inTheirTime(candidates(map.folded, indexNames(existing)), published)).map((c) => {
    const place = originalRange(text, map, c.from, c.to);
    // A hamza on the line ending the name was left out of the folded text: it belongs to the name.
    while (text[place.offset + place.length] === HAMZA) place.length++;
    const written = text.slice(place.offset, place.offset + place.length);
    return { entity: c.entity.id, kind: c.entity.kind, text: written, ...place };
  });
}
