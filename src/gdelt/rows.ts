import { createHash } from 'node:crypto';
import { type SpanProps, spanFromEdtf, spanProps } from '../dates/span';
import type { EntityKind, ParticipantRole } from '../facts/taxonomy';
import { foldText } from '../text/fold';
import { actorKind, actorRoles, displayName, ids, kindOfRoot, placeKind } from './actors';
import type { GdeltActor, GdeltEvent, GdeltMention } from './parse';

const digest = (v: unknown, n = 32) =>
  createHash('sha256').update(JSON.stringify(v)).digest('hex').slice(0, n);
/** Articles are known by their URL (or GDELT's identifier for non-web mentions). */
export const articleId = (identifier: string) => `gdelt-url-${digest(identifier, 20)}`;

/** An entity the import may create, and the folded names it may match an existing entity by. */
export interface EntityRow {
  id: string;
  kind: EntityKind;
  /** Folded names to resolve it against curated entities of the same kind. */
  match: string[];
  props: Record<string, unknown>;
}

export interface ArticleRow {
  id: string;
  publisher: EntityRow;
  props: Record<string, unknown>;
}

export interface EventWriteRow {
  id: string;
  added: string;
  hash: string;
  props: Record<string, unknown>;
  span: SpanProps;
  article: string | null;
  place: EntityRow | null;
  participants: { entity: EntityRow; role: ParticipantRole }[];
}

export interface MentionWriteRow {
  id: string;
  claim: string;
  article: ArticleRow;
  props: Record<string, unknown>;
}

/** Actor, place and outlet names repeat across rows: each distinct one is folded once. */
const foldedCache = new Map<string, string>();
function fold(s: string): string {
  let f = foldedCache.get(s);
  if (f === undefined) {
    if (foldedCache.size > 100_000) foldedCache.clear();
    f = foldText(s);
    foldedCache.set(s, f);
  }
  return f;
}

function names(list: string[]) {
  const byFolded = new Map<string, string>();
  for (const n of list) if (n && !byFolded.has(fold(n))) byFolded.set(fold(n), n);
  return {
    searchNames: [...byFolded.values()],
    foldedNames: [...byFolded.keys()],
    searchText: [...byFolded.keys()].join(' | '),
  };
}

function entity(
  id: string,
  kind: EntityKind,
  name: string,
  aliases: string[],
  extra: Record<string, unknown>,
): EntityRow {
  const display = displayName(name);
  const all = names([display, ...aliases]);
  return {
    id,
    kind,
    match: all.foldedNames,
    props: { kind, name_en: display, aliases: all.searchNames.slice(1), ...all, ...extra },
  };
}

function actorEntity(a: GdeltActor): EntityRow {
  return entity(ids.actor(a.code || a.name), actorKind(a), a.name, [a.name], {
    gdeltCode: a.code || null,
    gdeltCountry: a.country,
    gdeltKnownGroup: a.knownGroup,
    gdeltEthnic: a.ethnic,
    gdeltReligions: a.religions,
    gdeltTypes: a.types,
  });
}

const host = (url: string) => {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
};

/** ISO 639-2 source language in GDELT's translation info ("srclc:ara;eng:…"); untranslated is English. */
function language(translation: string | null): 'EN' | 'AR' | 'TR' {
  const lang = /srclc:(\w+)/.exec(translation ?? '')?.[1];
  return lang === 'ara' ? 'AR' : lang === 'tur' ? 'TR' : 'EN';
}

export function articleRow(
  identifier: string,
  source: string,
  day: string,
  translation: string | null,
): ArticleRow {
  const web = /^https?:\/\//i.test(identifier);
  const lang = language(translation);
  return {
    id: articleId(identifier),
    publisher: entity(ids.outlet(source), 'MEDIA_OUTLET', source, [], {}),
    props: {
      url: web ? identifier : null,
      title_en: identifier,
      language: lang,
      published: day,
      gdeltIdentifier: identifier,
    },
  };
}

/** GDELT dates events to the day; the few thousand distinct days of a file are each parsed once. */
const spans = new Map<string, SpanProps>();
function daySpan(day: string): SpanProps {
  let span = spans.get(day);
  if (!span) {
    if (spans.size > 100_000) spans.clear();
    span = spanProps(spanFromEdtf(day));
    spans.set(day, span);
  }
  return span;
}

const dayOf = (ts: string) => `${ts.slice(0, 4)}-${ts.slice(4, 6)}-${ts.slice(6, 8)}`;

/** The rows one event record writes: the event, its actors and place, its source article. */
export function eventRows(e: GdeltEvent): { event: EventWriteRow; article: ArticleRow | null } {
  const kind = kindOfRoot(e.root);
  const [role1, role2] = actorRoles(e.root);
  const participants: EventWriteRow['participants'] = [];
  if (e.actor1) participants.push({ entity: actorEntity(e.actor1), role: role1 });
  if (e.actor2) participants.push({ entity: actorEntity(e.actor2), role: role2 });
  const place = e.place
    ? entity(
        ids.place(e.place),
        placeKind(e.place),
        e.place.fullName,
        [e.place.fullName.split(',')[0] ?? ''],
        {
          lat: e.place.lat,
          long: e.place.long,
          countryCode: e.place.country,
          adm1Code: e.place.adm1,
          gdeltGeoType: e.place.type,
          gdeltFeatureId: e.place.featureId,
        },
      )
    : null;
  const source = e.sourceUrl ? (host(e.sourceUrl) ?? 'unknown source') : null;
  const article = e.sourceUrl && source ? articleRow(e.sourceUrl, source, dayOf(e.added), null) : null;
  const title = [
    e.actor1 ? displayName(e.actor1.name) : null,
    `${kind.toLowerCase().replace(/_/g, ' ')} (CAMEO ${e.code})`,
    e.actor2 ? displayName(e.actor2.name) : null,
  ]
    .filter(Boolean)
    .join(' — ');
  const props = {
    kind,
    cameo: e.code,
    title_en: title,
    searchText: [foldText(title), e.place ? fold(e.place.fullName) : ''].filter(Boolean).join(' | '),
    gdeltId: e.id,
    gdeltAdded: e.added,
    isRootEvent: e.isRoot,
    quadClass: e.quadClass,
    goldstein: e.goldstein,
    numMentions: e.numMentions,
    numSources: e.numSources,
    numArticles: e.numArticles,
    avgTone: e.avgTone,
  };
  const span = daySpan(e.day);
  const event: EventWriteRow = {
    id: ids.event(e.id),
    added: e.added,
    props,
    span,
    article: article?.id ?? null,
    place,
    participants,
    hash: '',
  };
  event.hash = digest({ props, span, article: event.article, place, participants });
  return { event, article };
}

/** The evidence row of one mention: which sentence of which article, where, and how sure. */
export function mentionRow(m: GdeltMention): MentionWriteRow {
  const article = articleRow(m.identifier, m.sourceName, dayOf(m.mentionTime), m.translation);
  return {
    id: `${ids.event(m.eventId)}/${article.id}/${m.sentence}`,
    claim: ids.event(m.eventId),
    article,
    props: {
      sentence: m.sentence,
      actor1Offset: m.actor1Offset,
      actor2Offset: m.actor2Offset,
      actionOffset: m.actionOffset,
      confidence: m.confidence,
      inRawText: m.inRawText,
      mentionType: m.type,
      mentionTime: m.mentionTime,
      language: article.props.language,
    },
  };
}
