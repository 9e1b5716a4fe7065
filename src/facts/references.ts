import type { FactSheet } from './sheet';

export interface Reference {
  id: string;
  kind: 'Entity' | 'Event';
  path: string;
}

export type Kind = 'Entity' | 'Event' | 'Article';

/** The ids a sheet defines and the ids it refers to: what is checked against the graph. */
export interface SheetIds {
  file: string;
  defines: { id: string; kind: Kind }[];
  references: Reference[];
}

export function idsOf(file: string, sheet: FactSheet): SheetIds {
  return {
    file,
    defines: [
      { id: sheet.article.id, kind: 'Article' },
      ...sheet.entities.map((e) => ({ id: e.id, kind: 'Entity' as const })),
      ...sheet.events.map((e) => ({ id: e.id, kind: 'Event' as const })),
    ],
    references: referencesOf(sheet),
  };
}

/** Every id a sheet refers to, with where it does. */
export function referencesOf(sheet: FactSheet): Reference[] {
  const refs: Reference[] = [{ id: sheet.article.publisher, kind: 'Entity', path: 'article.publisher' }];
  const entity = (id: string | undefined, path: string): void => {
    if (id) refs.push({ id, kind: 'Entity', path });
  };
  const evidence = (list: { attributedTo?: string }[], path: string) =>
    list.forEach((ev, i) => {
      entity(ev.attributedTo, `${path}.evidence[${i}].attributedTo`);
    });
  sheet.events.forEach((e, i) => {
    const path = `events[${i}]`;
    entity(e.place, `${path}.place`);
    for (const [j, p] of e.participants.entries()) entity(p.entity, `${path}.participants[${j}].entity`);
    for (const [j, r] of e.related.entries())
      refs.push({ id: r.event, kind: 'Event', path: `${path}.related[${j}].event` });
    evidence(e.evidence, path);
  });
  sheet.relationships.forEach((r, i) => {
    const path = `relationships[${i}]`;
    entity(r.from, `${path}.from`);
    entity(r.to, `${path}.to`);
    evidence(r.evidence, path);
  });
  return refs;
}
