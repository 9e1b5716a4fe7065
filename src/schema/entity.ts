import { type EntityRow, entitiesByIds } from '../entity/store';
import { pick } from '../localized';
import { builder } from './builder';
import { LanguageEnum, LocalizedName } from './language';

export const Entity = builder.loadableObjectRef<EntityRow, string>('Entity', {
  load: async (ids, ctx) =>
    (await entitiesByIds(ctx.db, ids)).map((row, i) => row ?? new Error(`No entity with id "${ids[i]}"`)),
});

Entity.implement({
  description: 'A person, organisation, government, place… that articles speak of.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable readable id from the fact sheets, e.g. "zeki-akturk".' }),
    kind: t.exposeString('kind', { description: 'What sort of entity this is.' }),
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
