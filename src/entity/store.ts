import { byKey, groupByKey } from '../batch';
import type { SpanRow } from '../dates/span';
import { type Localized, localizedProps } from '../localized';
import type { Db } from '../neo4j/db';

export interface EntityRow {
  id: string;
  kind: string;
  names: Localized[];
  aliases: string[];
  descriptions: Localized[];
}

/** An entity node's properties (as the queries return them) as an EntityRow. */
export function entityRow(p: Record<string, unknown>): EntityRow {
  return {
    id: p.id as string,
    kind: p.kind as string,
    names: localizedProps(p, 'name'),
    aliases: (p.aliases as string[] | null) ?? [],
    descriptions: localizedProps(p, 'description'),
  };
}

/** Loads entities in one round trip, in the order of `ids` (missing ones as null). */
export async function entitiesByIds(db: Db, ids: readonly string[]): Promise<(EntityRow | null)[]> {
  const rows = await db.readOnce<{ entity: Record<string, unknown> }>('entity/by-ids', { ids });
  return byKey(
    ids,
    rows.map((r) => entityRow(r.entity)),
    (r) => r.id,
  );
}

export interface RelationshipRow {
  id: string;
  type: string;
  from: string;
  to: string;
  titles: Localized[];
  valid: SpanRow | null;
}

export async function relationshipsByIds(db: Db, ids: readonly string[]) {
  return byKey(ids, await db.readOnce<RelationshipRow>('relationship/by-ids', { ids }), (r) => r.id);
}

export interface RelationshipFilter {
  asOf: string | null;
  types: string[] | null;
}

/** Relationships of a batch of entities (both directions), at most `first` each, filtered alike. */
export async function relationshipsOf(
  db: Db,
  ids: readonly string[],
  filter: RelationshipFilter & { first: number },
) {
  const rows = await db.readOnce<RelationshipRow & { entity: string }>('relationship/of-entities', {
    ids,
    ...filter,
  });
  return groupByKey(ids, rows, (r) => r.entity);
}

/** How many relationships each entity of a batch has under the filter. */
export async function relationshipCounts(db: Db, ids: readonly string[], filter: RelationshipFilter) {
  const rows = await db.readOnce<{ entity: string; n: number }>('relationship/count-of-entities', {
    ids,
    ...filter,
  });
  return byKey(ids, rows, (r) => r.entity).map((r) => r?.n ?? 0);
}
