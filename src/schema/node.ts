import type { ArticleRow } from '../article/store';
import type { EntityRow } from '../entity/store';
import type { EventRow } from '../event/store';
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
