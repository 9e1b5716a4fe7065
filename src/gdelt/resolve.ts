import type { Tx } from '../neo4j/db';
import { lucenePhrases } from '../search/lucene';
import type { EntityRow } from './rows';

/** Rows for the same id merged: names seen under one actor code (or outlet, or place) all kept. */
function merged(rows: EntityRow[]): EntityRow[] {
  const byId = new Map<string, EntityRow>();
  for (const r of rows) {
    const before = byId.get(r.id);
    if (!before) {
      byId.set(r.id, r);
      continue;
    }
    const folded = before.props.foldedNames as string[];
    const fresh = (r.props.foldedNames as string[]).flatMap((f, i) =>
      folded.includes(f) ? [] : [[f, (r.props.searchNames as string[])[i] as string] as const],
    );
    if (!fresh.length) continue;
    const foldedNames = [...folded, ...fresh.map(([f]) => f)];
    const searchNames = [...(before.props.searchNames as string[]), ...fresh.map(([, n]) => n)];
    byId.set(r.id, {
      ...before,
      match: foldedNames,
      props: {
        ...before.props,
        foldedNames,
        searchNames,
        aliases: searchNames.slice(1),
        searchText: foldedNames.join(' | '),
      },
    });
  }
  return [...byId.values()];
}

/**
 * Resolves the entities a batch names against the graph, inside the write transaction: an entity
 * the import made before is itself; otherwise a curated entity of the same kind whose names or
 * aliases include one of its folded names stands for it (GDELT's "TURKEY" is the graph's Turkey);
 * otherwise it is created. Returns the id each proposed id resolves to. Two statements per batch.
 */
export async function resolveEntities(tx: Tx, rows: EntityRow[]): Promise<Map<string, string>> {
  const all = merged(rows);
  if (!all.length) return new Map();
  const found = await tx.run<{ id: string; resolved: string | null }>('gdelt/resolve-entities', {
    entities: all.map((e) => ({ id: e.id, kind: e.kind, match: e.match, lucene: lucenePhrases(e.match) })),
  });
  const resolved = new Map(found.map((r) => [r.id, r.resolved ?? r.id] as const));
  const missing = found.filter((r) => r.resolved === null).map((r) => r.id);
  // Entities the import made before also run through here, to gain names they were not seen under.
  const own = new Set([...missing, ...found.filter((r) => r.resolved === r.id).map((r) => r.id)]);
  const writes = all.filter((e) => own.has(e.id) && e.id.startsWith('gdelt-'));
  if (writes.length)
    await tx.run('gdelt/entities', { entities: writes.map((e) => ({ id: e.id, props: e.props })) });
  return resolved;
}
