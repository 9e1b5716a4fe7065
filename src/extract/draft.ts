import { basename } from 'node:path';
import { Document, isMap, isSeq, type YAMLMap } from 'yaml';
import { type Direction, type Language, parseDates } from '../dates';
import { type EntityCandidate, findEntityCandidates } from './entity-candidates';
import { type EntityMention, findEntityMentions, type KnownEntity } from './entity-mentions';
import { type EventCandidate, findEventCandidates } from './event-candidates';

export type { KnownEntity } from './entity-mentions';

/** A date expression found in the text and what it denotes against the publication day. */
export interface DateHint {
  text: string;
  offset: number;
  length: number;
  edtf: string;
  start: string | null;
  end: string | null;
  precision: string;
  approximate: boolean;
  /** Only when a check failed, e.g. a weekday that does not match the date. */
  warnings?: string[];
}

/**
 * A draft fact sheet: the article block and empty claim lists are a valid sheet; `mentions` is not
 * a sheet field but the hints an analyst completes the sheet from (delete it before ingesting).
 */
export interface Draft {
  article: {
    id: string;
    title: Partial<Record<'ar' | 'en', string>>;
    language: Language;
    published: string;
    publisher: string;
    textFile: string;
  };
  mentions: Mentions;
  entities: [];
  events: [];
  relationships: [];
}

/** What the analyst completes a sheet from, each with its place in the text. */
export interface Mentions {
  dates: DateHint[];
  /** Mentions of entities already in the graph. */
  entities: EntityMention[];
  /** Names that may be entities the graph does not hold yet (none overlaps a known mention). */
  newEntities: EntityCandidate[];
  /** Verbs that may report an event, with the CAMEO root they usually stand for. */
  events: EventCandidate[];
}

export interface DraftInput {
  /** The text file's path as the sheet should refer to it (its name gives the article id). */
  file: string;
  text: string;
  /** Publication day, YYYY-MM-DD: relative dates resolve against it. */
  published: string;
  /** AR or EN; detected from the script when left out. */
  language?: Language;
  /** How dates without a written direction read: PAST (default) or FUTURE. */
  prefer?: Direction;
  /** The publisher's entity id when known; else a placeholder the analyst must replace. */
  publisher?: string;
  known: readonly KnownEntity[];
}

export const UNKNOWN_PUBLISHER = 'unknown-publisher';
const ARABIC_LETTERS = /\p{Script=Arabic}/gu;
const LATIN_LETTERS = /\p{Script=Latin}/gu;

/** AR when Arabic letters outnumber Latin ones (page furniture is often Latin), else EN. */
export function detectLanguage(text: string): Language {
  const count = (re: RegExp) => text.match(re)?.length ?? 0;
  return count(ARABIC_LETTERS) > count(LATIN_LETTERS) ? 'AR' : 'EN';
}

/** A sheet id from the file name: "enab-baladi-2025-07-23.ar.txt" → "enab-baladi-2025-07-23". */
export function articleIdFromFile(file: string, published: string): string {
  const slug = basename(file)
    .replace(/\.[^.]*$/, '')
    .replace(/\.(ar|en|tr)$/i, '')
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[^a-z0-9]+|[-.]+$/g, '')
    .slice(0, 128);
  return slug || `article-${published}`;
}

function mentionsIn(
  text: string,
  known: readonly KnownEntity[],
  published: string,
  dates: DateHint[],
): Mentions {
  const entities = findEntityMentions(text, known, published);
  return {
    dates,
    entities,
    newEntities: findEntityCandidates(text, entities),
    events: findEventCandidates(text),
  };
}

/** The draft for one article text (pure: the known entities come from the caller). */
export function draftSheet(input: DraftInput): Draft {
  const language = input.language ?? detectLanguage(input.text);
  const title =
    input.text
      .split('\n')
      .find((line) => line.trim() !== '')
      ?.trim() ?? '';
  // Without a given language, each script present gets its date parsers (mixed text gets both).
  const dates = parseDates(input.text, input.published, {
    language: input.language,
    prefer: input.prefer,
  }).map(
    ({ text, offset, length, span, warnings }): DateHint => ({
      text,
      offset,
      length,
      edtf: span.edtf,
      start: span.start,
      end: span.end,
      precision: span.precision,
      approximate: span.approximate,
      ...(warnings.length ? { warnings } : {}),
    }),
  );
  return {
    article: {
      id: articleIdFromFile(input.file, input.published),
      title: title ? { [language === 'AR' ? 'ar' : 'en']: title } : {},
      language,
      published: input.published,
      publisher: input.publisher ?? UNKNOWN_PUBLISHER,
      textFile: input.file,
    },
    mentions: mentionsIn(input.text, input.known, input.published, dates),
    entities: [],
    events: [],
    relationships: [],
  };
}

const HEADER = `Draft fact sheet for an analyst to complete (written by \`npm run extract\`).
Fill in the article's publisher and url, add events and relationships with verbatim evidence quotes,
and add new entities. textFile is relative to this sheet: fix it if the sheet lives elsewhere.`;
const MENTIONS = ` Hints, not sheet fields: each date, each mention of an entity already in the graph, names that
 may be new entities (after a title, a head noun such as حزب or بلدة, or capitalised Latin), and verbs
 that may report an event (with a CAMEO root), each with its UTF-16 offset and length in the text.
 Confirm what holds; delete this block before ingesting the sheet.`;

/** The draft as YAML: a header comment, then the sheet with one flow-style line per mention. */
export function draftYaml(draft: Draft): string {
  const doc = new Document(draft);
  doc.commentBefore = HEADER.replace(/^/gm, ' ');
  const mentions = doc.get('mentions', true);
  if (isMap(mentions)) {
    mentions.commentBefore = MENTIONS;
    for (const list of mentions.items)
      if (isSeq(list.value)) for (const item of list.value.items) (item as YAMLMap).flow = true;
  }
  if (draft.article.publisher === UNKNOWN_PUBLISHER) {
    const article = doc.get('article', true);
    if (isMap(article))
      article.comment = ` publisher: replace "${UNKNOWN_PUBLISHER}" with the outlet's entity id`;
  }
  return doc.toString({ lineWidth: 0 });
}
