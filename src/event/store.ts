import { byKey, groupByKey } from '../batch';
import type { Localized } from '../localized';
import type { Db } from '../neo4j/db';
import type { SpanRow } from '../span';

export interface EventRow {
  id: string;
  kind: string;
  cameo: string | null;
  titles: Localized[];
  summaries: Localized[];
  when: SpanRow;
  place: string | null;
}
export interface ParticipantRow {
  event: string;
  entity: string;
  role: string;
}
export interface EventLinkRow {
  event: string;
  type: string;
  other: string;
  outgoing: boolean;
}

export async function eventsByIds(db: Db, ids: readonly string[]) {
  return byKey(ids, await db.read<EventRow>('event/by-ids', { ids }), (r) => r.id);
}

export async function participantsOf(db: Db, ids: readonly string[]) {
  return groupByKey(ids, await db.read<ParticipantRow>('event/participants', { ids }), (r) => r.event);
}

export async function linksOf(db: Db, ids: readonly string[]) {
  return groupByKey(ids, await db.read<EventLinkRow>('event/links', { ids }), (r) => r.event);
}
