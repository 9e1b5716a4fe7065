import { type EntityRow, entitiesByIds } from '../entity/store';
import { type EventRow, eventsByIds } from '../event/store';
import { type ArticleRow, articlesByIds } from '../provenance/store';
import { builder } from './builder';

type NodeRow = EntityRow | EventRow | ArticleRow;

/** Anything with a stable id: entities, events and articles (ids are unique across all three). */
export const Node = builder.interfaceRef<NodeRow>('Node').implement({
  description: 'Anything with a stable id: an entity, an event or an article.',
  resolveType: (row) => ('when' in row ? 'Event' : 'published' in row ? 'Article' : 'Entity'),
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The stable, readable id from the fact sheets.' }),
  }),
});

const loaders = { Entity: entitiesByIds, Event: eventsByIds, Article: articlesByIds } as const;

builder.queryField('node', (t) =>
  t.field({
    type: Node,
    nullable: true,
    description: 'Any entity, event or article by its id; null when there is none.',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, ctx) => {
      const [row] = await ctx.db.readOnce<{ kind: keyof typeof loaders | null }>('node/kinds-of', {
        ids: [String(id)],
      });
      if (!row?.kind) return null;
      const [found] = await loaders[row.kind](ctx.db, [String(id)]);
      return found ?? null;
    },
  }),
);
