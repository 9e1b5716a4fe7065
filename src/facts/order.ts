import type { PreparedArticle } from './prepared';

/**
 * Makes each article's transaction self-contained: an entity it refers to but that another sheet
 * of the batch defines is written with it; and an article whose events link to events of another
 * sheet is written after that sheet (cycles keep their original order).
 */
export function orderForWrite(batch: PreparedArticle[]): PreparedArticle[] {
  const entityRows = new Map(batch.flatMap((p) => p.entities.map((e) => [e.id, e] as const)));
  const eventOwner = new Map(batch.flatMap((p) => p.events.map((e) => [e.id, p.article.id] as const)));
  const withEntities = batch.map((p) => {
    const own = new Set(p.entities.map((e) => e.id));
    const refs = [
      p.article.publisher,
      ...p.events.flatMap((e) => [e.place, ...e.participants.map((x) => x.entity)]),
      ...p.relations.flatMap((r) => [r.from, r.to]),
      ...p.evidence.map((v) => v.attributedTo),
    ].filter((id): id is string => Boolean(id) && !own.has(id as string));
    const extra = [...new Set(refs)].flatMap((id) => entityRows.get(id) ?? []);
    const defines = [...p.defines, ...extra.map((e) => ({ id: e.id, kind: 'Entity' as const }))];
    return { ...p, entities: [...p.entities, ...extra], defines };
  });

  const byId = new Map(withEntities.map((p) => [p.article.id, p]));
  const done = new Set<string>();
  const visiting = new Set<string>();
  const out: PreparedArticle[] = [];
  const visit = (p: PreparedArticle) => {
    if (done.has(p.article.id) || visiting.has(p.article.id)) return;
    visiting.add(p.article.id);
    for (const e of p.events) {
      for (const r of e.related) {
        const owner = eventOwner.get(r.event);
        const dep = owner && owner !== p.article.id ? byId.get(owner) : undefined;
        if (dep) visit(dep);
      }
    }
    visiting.delete(p.article.id);
    done.add(p.article.id);
    out.push(p);
  };
  withEntities.forEach(visit);
  return out;
}
