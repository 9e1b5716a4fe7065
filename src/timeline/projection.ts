/**
 * What a timeline page statement reads, from what the request selects under `edges.node`: the graph
 * properties behind each selected field of the event, of its participants' entities and of its
 * evidence, and whether those lists are fetched at all. The statement reads exactly these
 * properties (`[k IN $eventProps | e[k]]`), so a page asking for ids and titles does not carry
 * summaries, descriptions and GDELT offsets over the wire.
 *
 * Property names come only from the tables below, never from the request: a field the tables do not
 * know reads every property (a new field cannot be answered from a row that lacks what it needs).
 * Written by hand: graphql-fields gives the selection, but what a field needs from the graph is
 * this schema's own knowledge.
 */

const TITLES = ['title_en', 'title_ar', 'title_tr'];
const SUMMARIES = ['summary_en', 'summary_ar', 'summary_tr'];
const NAMES = ['name_en', 'name_ar', 'name_tr'];
const DESCRIPTIONS = ['description_en', 'description_ar', 'description_tr'];
/** What each field of `Event.when` (TimeSpan) reads. */
const SPAN_FIELDS: Record<string, readonly string[]> = {
  __typename: [],
  edtf: ['edtf'],
  start: ['start'],
  end: ['end'],
  precision: ['precision'],
  approximate: ['approximate'],
  uncertain: ['uncertain'],
  text: ['dateText'],
};

/** Fields read from a row of the page statement or resolved by their own loaders (`[]`). */
const EVENT_FIELDS: Record<string, readonly string[]> = {
  __typename: [],
  id: [],
  kind: ['kind'],
  cameo: ['cameo'],
  title: TITLES,
  summary: SUMMARIES,
  when: [], // by its own fields (SPAN_FIELDS)
  sources: ['sources'],
  place: [],
  participants: [],
  evidence: [],
  related: [],
  corroboration: [],
};
const ENTITY_FIELDS: Record<string, readonly string[]> = {
  __typename: [],
  id: [],
  kind: ['kind'],
  name: NAMES,
  names: NAMES,
  aliases: ['aliases'],
  description: DESCRIPTIONS,
  timeline: [],
  relationships: [],
  relationshipCount: [],
};
const EVIDENCE_FIELDS: Record<string, readonly string[]> = {
  __typename: [],
  id: [],
  article: [],
  quote: ['quote'],
  startOffset: ['startOffset'],
  endOffset: ['endOffset'],
  language: ['language'],
  attributedTo: ['attributedTo'],
  method: ['method'],
  sentence: ['sentence'],
  actor1Offset: ['actor1Offset'],
  actor2Offset: ['actor2Offset'],
  actionOffset: ['actionOffset'],
  confidence: ['confidence'],
};

function allOf(table: Record<string, readonly string[]>): string[] {
  return [...new Set(Object.values(table).flat())];
}
/** Every property a row may carry: what a page reads when a selection is not known field by field. */
const ALL_SPAN_PROPS = allOf(SPAN_FIELDS);
export const ALL_EVENT_PROPS = [...allOf(EVENT_FIELDS), ...ALL_SPAN_PROPS];
export const ALL_ENTITY_PROPS = allOf(ENTITY_FIELDS);
export const ALL_EVIDENCE_PROPS = allOf(EVIDENCE_FIELDS);

/** A selection as graphql-fields gives it: field name → sub-selection (fragments merged). */
export type Selection = Record<string, unknown>;

export interface PageProjection {
  eventProps: string[];
  /** Whether the event's place is read (Event.place selected, or every property read). */
  place: boolean;
  /** The entity properties of each participant, or null when participants are not selected. */
  entityProps: string[] | null;
  /** The evidence properties, or null when evidence is not selected. */
  evidenceProps: string[] | null;
  /** Whether every row read is whole (then it may be shared with the request's loaders). */
  eventsWhole: boolean;
  entitiesWhole: boolean;
}

function propsOf(table: Record<string, readonly string[]>, all: string[], selection: Selection): string[] {
  const props = new Set<string>();
  for (const field of Object.keys(selection)) {
    const needs = table[field];
    if (!needs) return all;
    for (const p of needs) props.add(p);
  }
  return all.filter((p) => props.has(p));
}

const sub = (s: Selection, field: string): Selection | null =>
  field in s ? ((s[field] as Selection | undefined) ?? {}) : null;

/** The projection of a page whose `edges.node` selects `node`. */
export function pageProjection(node: Selection): PageProjection {
  let eventProps = propsOf(EVENT_FIELDS, ALL_EVENT_PROPS, node);
  const when = sub(node, 'when');
  // The span's properties come last in ALL_EVENT_PROPS, so appending them keeps its order.
  if (when && eventProps !== ALL_EVENT_PROPS)
    eventProps = [...eventProps, ...propsOf(SPAN_FIELDS, ALL_SPAN_PROPS, when)];
  const whole = eventProps.length === ALL_EVENT_PROPS.length;
  const participants = sub(node, 'participants');
  const entity = participants ? sub(participants, 'entity') : null;
  const entityProps = participants ? propsOf(ENTITY_FIELDS, ALL_ENTITY_PROPS, entity ?? {}) : null;
  const evidence = sub(node, 'evidence');
  const evidenceProps = evidence ? propsOf(EVIDENCE_FIELDS, ALL_EVIDENCE_PROPS, evidence) : null;
  return {
    eventProps,
    place: whole || 'place' in node,
    entityProps,
    evidenceProps,
    eventsWhole: whole,
    entitiesWhole: entityProps?.length === ALL_ENTITY_PROPS.length,
  };
}

/**
 * A row read as a list of values in the order of `props`, as the record it stands for, with `id`
 * (the statement returns it apart from the values).
 */
export function zipProps(
  props: readonly string[],
  values: readonly unknown[],
  id: string,
): Record<string, unknown> {
  const row: Record<string, unknown> = { id };
  for (let i = 0; i < props.length; i++) row[props[i] as string] = values[i] ?? null;
  return row;
}
