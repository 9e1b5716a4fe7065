import type { PreparedArticle } from '../facts/prepared';
import type { FactSheet, SheetEntity } from '../facts/sheet';
import { draftSheet, type KnownEntity } from './draft';
import { findEntityMentions } from './entity-mentions';
import { governmentPeriods } from './periods';

/** A sheet completed by hand and its article text: the reference a draft is scored against. */
export interface ScoredSheet {
  file: string;
  sheet: FactSheet;
  text: string;
}

/** Counts for one measure: precision = correct / proposed, recall = found / reference. */
export interface Counts {
  proposed: number;
  correct: number;
  reference: number;
  found: number;
}

export interface ArticleScore {
  article: string;
  dates: Counts;
  knownEntities: Counts;
  newEntities: Counts;
  events: Counts;
  /** Of the events found, how many have a candidate of the event's own kind. */
  eventKindsAgree: number;
  /** What the draft missed, for the analyst reading the report. */
  missed: { dates: string[]; knownEntities: string[]; newEntities: string[]; events: string[] };
}

interface Span {
  offset: number;
  length: number;
}
const overlaps = (a: Span, b: Span) => a.offset < b.offset + b.length && b.offset < a.offset + a.length;
const inside = (a: Span, b: Span) => a.offset >= b.offset && a.offset + a.length <= b.offset + b.length;

/** Every place `needle` occurs in `text`. */
function occurrences(text: string, needle: string): Span[] {
  const found: Span[] = [];
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1))
    found.push({ offset: at, length: needle.length });
  return found;
}

/** An entity's names and aliases in every language, as the graph gives them to the draft. */
export function knownEntity(e: SheetEntity): KnownEntity {
  return {
    id: e.id,
    kind: e.kind,
    names: [...Object.values(e.names), ...e.aliases].filter(Boolean) as string[],
  };
}

/**
 * The entities of sheets as the graph holds them once loaded: names, aliases, and the periods their
 * dated relationships give (see periods.ts).
 */
export function knownEntities(sheets: readonly { sheet: FactSheet; prepared: PreparedArticle }[]) {
  const periods = governmentPeriods(
    sheets.flatMap(({ prepared }) =>
      prepared.relations.map((r) => ({ type: String(r.props.type), from: r.from, span: r.span })),
    ),
  );
  return sheets.flatMap(({ sheet }) =>
    sheet.entities.map((e): KnownEntity => {
      const period = periods.get(e.id);
      return period ? { ...knownEntity(e), period } : knownEntity(e);
    }),
  );
}

/** Every entity id a sheet refers to: publisher, participants, places, relationship ends, sources. */
function referencedIds(sheet: FactSheet): Set<string> {
  return new Set([
    sheet.article.publisher,
    ...sheet.events.flatMap((e) => [
      ...(e.place ? [e.place] : []),
      ...e.participants.map((p) => p.entity),
      ...e.evidence.flatMap((v) => (v.attributedTo ? [v.attributedTo] : [])),
    ]),
    ...sheet.relationships.flatMap((r) => [
      r.from,
      r.to,
      ...r.evidence.flatMap((v) => (v.attributedTo ? [v.attributedTo] : [])),
    ]),
  ]);
}

/** The date expressions the sheet gives as written (when / valid with text). */
function dateTexts(sheet: FactSheet): Set<string> {
  const texts = [...sheet.events.map((e) => e.when), ...sheet.relationships.map((r) => r.valid)].flatMap(
    (t) => (t && typeof t === 'object' && t.text ? [t.text] : []),
  );
  return new Set(texts);
}

/**
 * Scores the draft of one article against its completed sheet.
 * - dates: the expressions the sheet writes that occur in the text; a proposal is correct when it
 *   overlaps one of them;
 * - known entities (already in the graph before the sheet): by id, against those the sheet refers to;
 * - new-entity candidates: against the mentions (by name or alias) of the new entities the sheet
 *   refers to; a candidate is correct when it overlaps one;
 * - event candidates: correct when inside one of an event's evidence quotes; an event is found when
 *   one of its quotes holds a candidate.
 */
export function scoreArticle(
  scored: ScoredSheet,
  known: readonly KnownEntity[],
  created: readonly KnownEntity[],
): ArticleScore {
  const { sheet, text } = scored;
  const draft = draftSheet({
    file: scored.file,
    text,
    published: sheet.article.published,
    language: sheet.article.language === 'EN' ? 'EN' : 'AR',
    known,
  });
  const { mentions } = draft;
  const refs = referencedIds(sheet);

  const dateRefs = [...dateTexts(sheet)]
    .map((t) => ({ t, at: occurrences(text, t) }))
    .filter((d) => d.at.length);
  const dateFound = dateRefs.filter((d) => d.at.some((s) => mentions.dates.some((m) => overlaps(m, s))));
  const dates: Counts = {
    proposed: mentions.dates.length,
    correct: mentions.dates.filter((m) => dateRefs.some((d) => d.at.some((s) => overlaps(m, s)))).length,
    reference: dateRefs.length,
    found: dateFound.length,
  };

  const knownIds = new Set(known.map((k) => k.id));
  const knownRefs = [...refs].filter((id) => knownIds.has(id));
  const proposedKnown = new Set(mentions.entities.map((m) => m.entity));
  const knownEntities: Counts = {
    proposed: proposedKnown.size,
    correct: [...proposedKnown].filter((id) => refs.has(id)).length,
    reference: knownRefs.length,
    found: knownRefs.filter((id) => proposedKnown.has(id)).length,
  };

  const newMentions = findEntityMentions(
    text,
    created.filter((e) => refs.has(e.id) && !knownIds.has(e.id)),
  );
  const newRefs = [...new Set(newMentions.map((m) => m.entity))];
  const newFound = newRefs.filter((id) =>
    newMentions.some((m) => m.entity === id && mentions.newEntities.some((c) => overlaps(c, m))),
  );
  const newEntities: Counts = {
    proposed: mentions.newEntities.length,
    correct: mentions.newEntities.filter((c) => newMentions.some((m) => overlaps(c, m))).length,
    reference: newRefs.length,
    found: newFound.length,
  };

  const quoteSpans = sheet.events.map((e) => ({
    event: e,
    spans: e.evidence.flatMap((v) => occurrences(text, v.quote)),
  }));
  const eventFound = quoteSpans.filter((q) => mentions.events.some((c) => q.spans.some((s) => inside(c, s))));
  const events: Counts = {
    proposed: mentions.events.length,
    correct: mentions.events.filter((c) => quoteSpans.some((q) => q.spans.some((s) => inside(c, s)))).length,
    reference: sheet.events.length,
    found: eventFound.length,
  };
  const eventKindsAgree = eventFound.filter((q) =>
    mentions.events.some((c) => c.kind === q.event.kind && q.spans.some((s) => inside(c, s))),
  ).length;

  return {
    article: sheet.article.id,
    dates,
    knownEntities,
    newEntities,
    events,
    eventKindsAgree,
    missed: {
      dates: dateRefs.filter((d) => !dateFound.includes(d)).map((d) => d.t),
      knownEntities: knownRefs.filter((id) => !proposedKnown.has(id)),
      newEntities: newRefs.filter((id) => !newFound.includes(id)),
      events: quoteSpans.filter((q) => !eventFound.includes(q)).map((q) => q.event.id),
    },
  };
}

/** Sums counts over articles (micro-average). */
export function total(counts: Counts[]): Counts {
  return counts.reduce(
    (a, c) => ({
      proposed: a.proposed + c.proposed,
      correct: a.correct + c.correct,
      reference: a.reference + c.reference,
      found: a.found + c.found,
    }),
    { proposed: 0, correct: 0, reference: 0, found: 0 },
  );
}

export const precision = (c: Counts) => (c.proposed ? c.correct / c.proposed : 1);
export const recall = (c: Counts) => (c.reference ? c.found / c.reference : 1);
