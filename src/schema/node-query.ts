import { articlesByIds } from '../article/store';
import { entitiesByIds } from '../entity/store';
import { eventsByIds } from '../event/store';
import { builder } from './builder';
import { Node } from './node';

const loaders = { Entity: entitiesByIds, Event: eventsByIds, Article: articlesByIds } as const;

builder.queryField('node', (t) =>
  t.field({
    type: Node,
    nullable: true,
    description: 'Any entity, event or article by its id; null when there is none.',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, ctx) => {
      const [row] = await ctx.db.read<{ kind: keyof typeof loaders | null }>('node/kinds-of', {
        ids: [String(id)],
      });
      if (!row?.kind) return null;
      const [found] = await loaders[row.kind](ctx.db, [String(id)]);
      return found ?? null;
    },
  }),
);
