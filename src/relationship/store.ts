import { byKey, groupByKey } from '../batch';
import type { Localized } from '../localized';
import type { Db } from '../neo4j/db';
import type { SpanRow } from '../span';

export interface RelationshipRow {
  id: string;
  type: string;
  from: string;
  to: string;
  titles: Localized[];
  valid: SpanRow | null;
}

export async function relationshipsByIds(db: Db, ids: readonly string[]) {
  return byKey(ids, await db.read<RelationshipRow>('relationship/by-ids', { ids }), (r) => r.id);
}

/** Relationships of a batch of entities (both directions), filtered alike for the whole batch. */
export async function relationshipsOf(
  db: Db,
  ids: readonly string[],
  filter: { asOf: string | null; types: string[] | null },
) {
  const rows = await db.read<RelationshipRow & { entity: string }>('relationship/of-entities', {
    ids,
    ...filter,
  });
  return groupByKey(ids, rows, (r) => r.entity);
}
