import { byKey, groupByKey } from '../batch';
import type { SpanRow } from '../dates/span';
import type { EntityRow } from '../entity/store';
import { type Localized, localizedProps } from '../localized';
import type { Db } from '../neo4j/db';
import type { EvidenceRow } from '../provenance/store';

export interface EventRow {
  id: string;
  kind: string;
  cameo: string | null;
  titles: Localized[];
  summaries: Localized[];
  when: SpanRow;
  place: string | null;
  /** How the evidence stating it was obtained (CURATED, MACHINE_CODED). */
  sources: string[];
  /** Lists a timeline page already fetched with the event (then no loader is asked for them). */
  participants?: ParticipantRow[];
  evidence?: EvidenceRow[];
}
export interface ParticipantRow {
  event: string;
  entity: string;
  role: string;
  /** The participant's own properties, to prime the entity loader with (no extra round trip). */
  props: Record<string, unknown>;
  /** Its entity as a timeline page read it (only the properties that page selects). */
  row?: EntityRow;
}
export interface EventLinkRow {
  event: string;
  type: string;
  other: string;
  outgoing: boolean;
}

/** An event node's properties (as the queries return them) and its place, as an EventRow. */
export function eventRow(p: Record<string, unknown>, place: string | null): EventRow {
  return {
    id: p.id as string,
    kind: p.kind as string,
    cameo: (p.cameo as string | null) ?? null,
    titles: localizedProps(p, 'title'),
    summaries: localizedProps(p, 'summary'),
    when: {
      edtf: p.edtf as string,
      start: (p.start as string | null) ?? null,
      end: (p.end as string | null) ?? null,
      precision: p.precision as SpanRow['precision'],
      approximate: Boolean(p.approximate),
      uncertain: Boolean(p.uncertain),
      text: (p.dateText as string | null) ?? null,
    },
    place,
    sources: (p.sources as string[] | null) ?? [],
  };
}

export type EventNode = { event: Record<string, unknown>; place: string | null };

export async function eventsByIds(db: Db, ids: readonly string[]) {
  const rows = await db.readOnce<EventNode>('event/by-ids', { ids });
  return byKey(
    ids,
    rows.map((r) => eventRow(r.event, r.place)),
    (r) => r.id,
  );
}

export async function participantsOf(db: Db, ids: readonly string[]) {
  return groupByKey(ids, await db.readOnce<ParticipantRow>('event/participants', { ids }), (r) => r.event);
}

export async function linksOf(db: Db, ids: readonly string[]) {
  return groupByKey(ids, await db.readOnce<EventLinkRow>('event/links', { ids }), (r) => r.event);
}
