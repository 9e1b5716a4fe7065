import type { Localized } from '../localized';
import type { Db } from '../neo4j/db';

export interface EntityRow {
  id: string;
  kind: string;
  names: Localized[];
  aliases: string[];
  descriptions: Localized[];
}

/** Loads entities in one round trip, in the order of `ids` (missing ones as null). */
export async function entitiesByIds(db: Db, ids: readonly string[]): Promise<(EntityRow | null)[]> {
  const rows = await db.read<EntityRow>('entity/by-ids', { ids });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id) ?? null);
}
