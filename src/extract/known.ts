import type { Db } from '../neo4j/db';
import type { KnownEntity } from './entity-mentions';

/** Every entity in the graph with its names and aliases in every language, in one query. */
export async function loadKnownEntities(db: Db): Promise<KnownEntity[]> {
  const rows = await db.read<{ id: string; kind: string; searchNames: string[] }>('extract/known-entities');
  return rows.map((r) => ({ id: r.id, kind: r.kind, names: r.searchNames }));
}
