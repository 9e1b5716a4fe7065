import { type EntityRow, entitiesByIds } from '../entity/store';
import { badInput } from '../errors';
import { requestLoader } from '../loaders';
import { pick } from '../localized';
import { relationshipsOf } from '../relationship/store';
import { builder } from './builder';
import { EntityKindEnum, RelationshipTypeEnum, SortOrderEnum } from './enums';
import { Event } from './event';
import { LanguageEnum, LocalizedName } from './language';
import { Node } from './node';
import { Relationship } from './relationship';
import { EventConnection, TimelineFilterInput, timelineConnection, toFilter } from './timeline';

export const Entity = builder.loadableObjectRef<EntityRow, string>('Entity', {
  load: async (ids, ctx) =>
    (await entitiesByIds(ctx.db, ids)).map((row, i) => row ?? new Error(`No entity with id "${ids[i]}"`)),
});

Entity.implement({
  description: 'A person, organisation, government, place… that articles speak of.',
  interfaces: [Node],
  isTypeOf: (row) => typeof row === 'object' && row !== null && 'names' in row,
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable readable id from the fact sheets, e.g. "zeki-akturk".' }),
    kind: t.field({
      type: EntityKindEnum,
      description: 'What sort of entity this is.',
      resolve: (e) => e.kind as never,
    }),
    name: t.string({
      description: 'The name in the asked language (falls back to English, then Arabic).',
      args: { language: t.arg({ type: LanguageEnum, defaultValue: 'EN' }) },
      resolve: (e, { language }) => pick(e.names, language ?? 'EN') ?? e.id,
    }),
    names: t.field({
      type: [LocalizedName],
      description: 'Every name, by language.',
      resolve: (e) => e.names,
    }),
    aliases: t.exposeStringList('aliases', { description: 'Other names and spellings it goes by.' }),
    timeline: t.connection(
      {
        type: Event,
        description:
          'Events this entity takes part in (or that happen at it), further filtered and paged like Query.timeline.',
        args: {
          filter: t.arg({ type: TimelineFilterInput }),
          order: t.arg({ type: SortOrderEnum, defaultValue: 'ASC' }),
        },
        resolve: (e, args, ctx) => timelineConnection(ctx, toFilter(args.filter), e.id, args) as never,
      },
      EventConnection,
    ),
    relationships: t.field({
      type: [Relationship],
      description: 'Its relationships in both directions; with asOf, only those valid on that day.',
      args: {
        asOf: t.arg({ type: 'Date', description: 'Only relationships whose validity contains this day.' }),
        types: t.arg({ type: [RelationshipTypeEnum], description: 'Only these types.' }),
      },
      resolve: (e, { asOf, types }, ctx) => {
        const filter = { asOf: asOf ?? null, types: types?.length ? types : null };
        const name = `relationships:${JSON.stringify(filter)}`;
        return requestLoader(ctx, name, (ids: readonly string[]) =>
          relationshipsOf(ctx.db, ids, filter),
        ).load(e.id);
      },
    }),
    description: t.string({
      nullable: true,
      description: 'A short description in the asked language.',
      args: { language: t.arg({ type: LanguageEnum, defaultValue: 'EN' }) },
      resolve: (e, { language }) => pick(e.descriptions, language ?? 'EN') ?? null,
    }),
  }),
});

builder.queryField('entity', (t) =>
  t.field({
    type: Entity,
    nullable: true,
    description: 'One entity by id; null when there is none.',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, ctx) => (await entitiesByIds(ctx.db, [String(id)]))[0] ?? null,
  }),
);

builder.queryField('entities', (t) =>
  t.field({
    type: [Entity],
    nullable: { list: false, items: true },
    description: 'Several entities by id, in the order asked (null for an unknown id); at most 100.',
    args: { ids: t.arg.idList({ required: true }) },
    resolve: async (_root, { ids }, ctx) => {
      if (ids.length > 100) throw badInput('ids', `may list at most 100 ids, got ${ids.length}`);
      return entitiesByIds(ctx.db, ids.map(String));
    },
  }),
);
