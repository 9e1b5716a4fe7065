import { createHash } from 'node:crypto';
import { DateError, parseDates, spanFromEdtf, type TimeSpan } from '../dates';
import { type SpanProps, spanProps } from '../dates/span';
import { foldText } from '../text/fold';
import type { LoadedSheet } from './load';
import type { PreparedArticle, PreparedEvidence } from './prepared';
import type { Problem } from './problems';
import { idsOf } from './references';
import type { LocalizedInput, SheetEvidence, TimeSpec } from './sheet';
import { EVENT_KINDS } from './taxonomy';

const hash = (v: unknown) => createHash('sha256').update(JSON.stringify(v)).digest('hex').slice(0, 32);
const byLang = (prefix: string, l?: LocalizedInput) => ({
  [`${prefix}_en`]: l?.en ?? null,
  [`${prefix}_ar`]: l?.ar ?? null,
  [`${prefix}_tr`]: l?.tr ?? null,
});

/** Names and aliases with their folded forms, aligned and without folded duplicates (for search). */
function searchNames(names: string[]) {
  const byFolded = new Map<string, string>();
  for (const n of names) if (!byFolded.has(foldText(n))) byFolded.set(foldText(n), n);
  return {
    searchNames: [...byFolded.values()],
    foldedNames: [...byFolded.keys()],
    searchText: [...byFolded.keys()].join(' | '),
  };
}

type Sheet = LoadedSheet['sheet'];

/**
 * What the steps of prepare share: the sheet's problems, the ids it has used, its evidence rows, and
 * the checks that add to them.
 */
class SheetCheck {
  readonly problems: Problem[] = [];
  readonly evidence: PreparedEvidence[] = [];
  private readonly seen = new Map<string, string>();

  constructor(
    readonly file: string,
    readonly sheet: Sheet,
    readonly text: string | undefined,
  ) {}

  problem(path: string, message: string) {
    this.problems.push({ file: this.file, path, message });
  }

  /** An id is used once within a sheet. */
  unique(id: string, what: string, path: string) {
    const before = this.seen.get(id);
    if (before) this.problem(path, `duplicate id "${id}" (already used by ${before})`);
    else this.seen.set(id, `${what} at ${path}`);
  }

  /** A time as the sheet gives it (EDTF, or the expression as written) as stored span properties. */
  span(spec: TimeSpec, path: string): SpanProps | undefined {
    const a = this.sheet.article;
    const { edtf, text: written } = typeof spec === 'string' ? { edtf: spec, text: undefined } : spec;
    try {
      if (edtf) return spanProps(spanFromEdtf(edtf, written));
      const found = parseDates(written ?? '', a.published, a.language === 'TR' ? undefined : a.language);
      if (found.length !== 1) {
        this.problem(
          path,
          found.length
            ? `"${written}" holds ${found.length} dates; give one, or add edtf`
            : `no date found in "${written}"; give edtf`,
        );
        return undefined;
      }
      const mention = found[0] as { span: TimeSpan };
      return spanProps({ ...mention.span, text: written });
    } catch (err) {
      if (!(err instanceof DateError)) throw err;
      this.problem(path, err.message);
      return undefined;
    }
  }

  /** Evidence rows of a claim; each quote must occur in the article text, where it is located. */
  addEvidence(list: SheetEvidence[], claim: string, claimKind: 'EVENT' | 'RELATION', path: string) {
    const a = this.sheet.article;
    list.forEach((ev, i) => {
      let startOffset: number | null = null;
      if (this.text !== undefined) {
        startOffset = this.text.indexOf(ev.quote);
        if (startOffset < 0) {
          this.problem(
            `${path}.evidence[${i}].quote`,
            `the quote does not occur in the article text: "${ev.quote.slice(0, 80)}"`,
          );
          return;
        }
      }
      this.evidence.push({
        id: `${a.id}/${claim}/${i}`,
        claim,
        claimKind,
        quote: ev.quote,
        startOffset,
        endOffset: startOffset === null ? null : startOffset + ev.quote.length,
        language: ev.language ?? a.language,
        attributedTo: ev.attributedTo ?? null,
      });
    });
  }
}

function prepareEntities(c: SheetCheck) {
  return c.sheet.entities.map((e, i) => {
    c.unique(e.id, 'an entity', `entities[${i}].id`);
    const names = [e.names.en, e.names.ar, e.names.tr, ...e.aliases].filter((n): n is string => Boolean(n));
    const props = {
      kind: e.kind,
      ...byLang('name', e.names),
      ...byLang('description', e.description),
      aliases: e.aliases,
      ...searchNames(names),
    };
    return { id: e.id, props, hash: hash(props) };
  });
}

function prepareEvents(c: SheetCheck) {
  return c.sheet.events.map((e, i) => {
    const path = `events[${i}]`;
    c.unique(e.id, 'an event', `${path}.id`);
    const root = EVENT_KINDS[e.kind];
    if (e.cameo && (root === null || !e.cameo.startsWith(root))) {
      c.problem(
        `${path}.cameo`,
        root
          ? `CAMEO ${e.cameo} is not under the root ${root} of ${e.kind}`
          : `${e.kind} has no CAMEO root; leave cameo out`,
      );
    }
    const when = c.span(e.when, `${path}.when`);
    c.addEvidence(e.evidence, e.id, 'EVENT', path);
    const texts = [e.title.en, e.title.ar, e.title.tr, e.summary?.en, e.summary?.ar, e.summary?.tr].filter(
      Boolean,
    ) as string[];
    const props = {
      kind: e.kind,
      cameo: e.cameo ?? root,
      ...byLang('title', e.title),
      ...byLang('summary', e.summary),
      searchText: texts.map(foldText).join(' | '),
    };
    const row = {
      id: e.id,
      props,
      span: when as SpanProps,
      place: e.place ?? null,
      participants: e.participants,
      related: e.related,
    };
    return { ...row, hash: hash({ props, when }) };
  });
}

function prepareRelations(c: SheetCheck) {
  return c.sheet.relationships.map((r, i) => {
    const path = `relationships[${i}]`;
    const id = r.id ?? `${r.from}.${r.type.toLowerCase()}.${r.to}`;
    c.unique(id, 'a relationship', r.id ? `${path}.id` : path);
    if (r.from === r.to) c.problem(path, 'a relationship needs two different entities');
    const valid = r.valid ? c.span(r.valid, `${path}.valid`) : null;
    c.addEvidence(r.evidence, id, 'RELATION', path);
    const props = { type: r.type, ...byLang('title', r.title) };
    return {
      id,
      from: r.from,
      to: r.to,
      props,
      span: valid ?? null,
      hash: hash({ props, valid, from: r.from, to: r.to }),
    };
  });
}

/**
 * Checks what the schema cannot (dates, quotes, ids within the sheet, CAMEO codes) and turns a sheet
 * into the rows the ingest writes, step by step. References to ids outside the sheet are checked by
 * validate.ts. An event whose date has a problem is reported, never written (no rows come back).
 */
export function prepare({ file, sheet, text }: LoadedSheet): {
  prepared?: PreparedArticle;
  problems: Problem[];
} {
  const c = new SheetCheck(file, sheet, text);
  const a = sheet.article;
  c.unique(a.id, 'the article', 'article.id');
  const entities = prepareEntities(c);
  const events = prepareEvents(c);
  const relations = prepareRelations(c);
  if (c.problems.length) return { problems: c.problems };
  const evidence = c.evidence;
  const article = {
    id: a.id,
    props: {
      url: a.url ?? null,
      ...byLang('title', a.title),
      language: a.language,
      published: a.published,
      text: text ?? null,
    },
    publisher: a.publisher,
  };
  const prepared: PreparedArticle = {
    ...idsOf(file, sheet),
    article: { ...article, hash: hash({ article, entities, events, relations, evidence }) },
    entities,
    events,
    relations,
    evidence,
  };
  return { prepared, problems: [] };
}
