import { badInput, checkBetween } from '../errors';
import { requestLoader } from '../loaders';
import { pick } from '../localized';
import { evidenceOf } from '../provenance/store';
import { builder } from '../schema/builder';
import { EntityKindEnum, RelationshipTypeEnum, SortOrderEnum } from '../schema/enums';
import { LanguageEnum, LocalizedName } from '../schema/language';
import { Node } from '../schema/node';
import { Entity, Event, Evidence, Relationship } from '../schema/refs';
import { TimeSpan } from '../schema/time-span';
import { EventConnection, TimelineFilterInput, timelineConnection, toFilter } from '../timeline/schema';
import { entitiesByIds, relationshipCounts, relationshipsOf } from './store';

/** Most relationships one entity lists at once. */
const MAX_RELATIONSHIPS = 500;

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
        resolve: (e, args, ctx, info) =>
          timelineConnection(ctx, toFilter(args.filter), e.id, args, info) as never,
      },
      EventConnection,
    ),
    relationships: t.field({
      type: [Relationship],
      description: `Its relationships in both directions, at most \`first\` (1 to ${MAX_RELATIONSHIPS}), earliest validity first; with asOf, only those valid on that day. relationshipCount with the same arguments says how many there are in all, so a client knows when the list was cut.`,
      args: {
        asOf: t.arg({ type: 'Date', description: 'Only relationships whose validity contains this day.' }),
        types: t.arg({ type: [RelationshipTypeEnum], description: 'Only these types.' }),
        first: t.arg.int({ defaultValue: 100, description: `How many (1 to ${MAX_RELATIONSHIPS}).` }),
      },
      resolve: (e, { asOf, types, first }, ctx) => {
        const filter = {
          asOf: asOf ?? null,
          types: types?.length ? types : null,
          first: checkBetween('first', first ?? 100, 1, MAX_RELATIONSHIPS),
        };
        return requestLoader(ctx, `relationships:${JSON.stringify(filter)}`, (ids: readonly string[]) =>
          relationshipsOf(ctx.db, ids, filter),
        ).load(e.id);
      },
    }),
    relationshipCount: t.int({
      description: 'How many relationships it has under the same asOf and types as relationships.',
      args: {
        asOf: t.arg({ type: 'Date', description: 'As in relationships.' }),
        types: t.arg({ type: [RelationshipTypeEnum], description: 'As in relationships.' }),
      },
      resolve: (e, { asOf, types }, ctx) => {
        const filter = { asOf: asOf ?? null, types: types?.length ? types : null };
        return requestLoader(ctx, `relationshipCount:${JSON.stringify(filter)}`, (ids: readonly string[]) =>
          relationshipCounts(ctx.db, ids, filter),
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

Relationship.implement({
  description:
    'A dated relationship between two entities ("holds position in", "governs" …), with its evidence.',
  isTypeOf: (row) => typeof row === 'object' && row !== null && 'valid' in row,
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable id (from.type.to unless the sheet names it).' }),
    type: t.field({
      type: RelationshipTypeEnum,
      description: 'How the two are related.',
      resolve: (r) => r.type as never,
    }),
    title: t.string({
      nullable: true,
      description: 'The title held, e.g. "spokesperson", in the asked language.',
      args: { language: t.arg({ type: LanguageEnum, defaultValue: 'EN' }) },
      resolve: (r, { language }) => pick(r.titles, language ?? 'EN') ?? null,
    }),
    from: t.field({
      type: Entity,
      description: 'The subject ("Zeki Aktürk" holds position in …).',
      resolve: (r) => r.from,
    }),
    to: t.field({ type: Entity, description: 'The object (… in "the ministry").', resolve: (r) => r.to }),
    valid: t.field({
      type: TimeSpan,
      nullable: true,
      description:
        'When it holds, as far as the sources say (no extrapolation); null when they give no time.',
      resolve: (r) => r.valid,
    }),
    evidence: t.loadableList({
      type: Evidence,
      description: 'Every place the relationship is stated.',
      load: (ids: string[], ctx) => evidenceOf(ctx.db, ids),
      resolve: (r) => r.id,
    }),
  }),
});
