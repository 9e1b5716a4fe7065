import { type EntityRow, entitiesByIds, type RelationshipRow } from '../entity/store';
import { type EventRow, eventsByIds } from '../event/store';
import { type ArticleRow, articlesByIds, type EvidenceRow } from '../provenance/store';
import { builder } from './builder';

/**
 * The object types that reference one another (an entity's timeline holds events, an event's
 * evidence names articles and entities, an article lists events…), declared here once so that each
 * domain's schema.ts implements its own type and imports the others' refs from here, never from one
 * another: no import cycle, and no reliance on import order.
 */
export const Entity = builder.loadableObjectRef<EntityRow, string>('Entity', {
  load: async (ids, ctx) =>
    (await entitiesByIds(ctx.db, ids)).map((row, i) => row ?? new Error(`No entity with id "${ids[i]}"`)),
});

export const Event = builder.loadableObjectRef<EventRow, string>('Event', {
  load: async (ids, ctx) =>
    (await eventsByIds(ctx.db, ids)).map((r, i) => r ?? new Error(`No event "${ids[i]}"`)),
});

export const Article = builder.loadableObjectRef<ArticleRow, string>('Article', {
  load: async (ids, ctx) =>
    (await articlesByIds(ctx.db, ids)).map((r, i) => r ?? new Error(`No article "${ids[i]}"`)),
});

export const Relationship = builder.objectRef<RelationshipRow>('Relationship');

export const Evidence = builder.objectRef<EvidenceRow>('Evidence');
