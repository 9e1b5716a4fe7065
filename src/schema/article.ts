import { type ArticleRow, articlesByIds, eventIdsOfArticles } from '../article/store';
import { pick } from '../localized';
import { builder } from './builder';
import { Entity } from './entity';
import { Event } from './event';
import { LanguageEnum } from './language';
import { Node } from './node';

export const Article = builder.loadableObjectRef<ArticleRow, string>('Article', {
  load: async (ids, ctx) =>
    (await articlesByIds(ctx.db, ids)).map((r, i) => r ?? new Error(`No article "${ids[i]}"`)),
});

Article.implement({
  description: 'A news article whose facts are in the graph.',
  interfaces: [Node],
  isTypeOf: (row) => typeof row === 'object' && row !== null && 'published' in row,
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable readable id from its fact sheet.' }),
    url: t.exposeString('url', { nullable: true, description: 'Where it was published, when known.' }),
    text: t.exposeString('text', {
      nullable: true,
      description:
        'The full article text, when it was loaded with its sheet; evidence offsets (UTF-16) index into it.',
    }),
    title: t.string({
      description: 'The headline in the asked language (falls back to English, then Arabic).',
      args: { language: t.arg({ type: LanguageEnum, defaultValue: 'EN' }) },
      resolve: (a, { language }) => pick(a.titles, language ?? 'EN') ?? a.id,
    }),
    publisher: t.field({
      type: Entity,
      description: 'The outlet that published it.',
      resolve: (a) => a.publisher,
    }),
    published: t.field({
      type: 'Date',
      description: 'Publication day; relative dates in it resolve against this.',
      resolve: (a) => a.published,
    }),
    language: t.field({
      type: LanguageEnum,
      description: 'The language it is written in.',
      resolve: (a) => a.language as 'EN' | 'AR' | 'TR',
    }),
    events: t.loadableList({
      type: Event,
      description: 'The events it gives evidence for, in timeline order.',
      load: (ids: string[], ctx) => eventIdsOfArticles(ctx.db, ids),
      resolve: (a) => a.id,
    }),
  }),
});

builder.queryField('article', (t) =>
  t.field({
    type: Article,
    nullable: true,
    description: 'One article by id; null when there is none.',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, ctx) => (await articlesByIds(ctx.db, [String(id)]))[0] ?? null,
  }),
);
