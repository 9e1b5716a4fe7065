import { pick } from '../localized';
import { builder } from '../schema/builder';
import { LanguageEnum } from '../schema/language';
import { Node } from '../schema/node';
import { Article, Entity, Event, Evidence } from '../schema/refs';
import { articlesByIds, eventIdsOfArticles } from './store';

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

Evidence.implement({
  description: 'Where a fact is stated: the article, the quoted span and who the claim is attributed to.',
  fields: (t) => ({
    article: t.field({
      type: Article,
      description: 'The article that states it.',
      resolve: (v) => v.article,
    }),
    quote: t.exposeString('quote', {
      nullable: true,
      description: 'The span of the article text that states it, verbatim.',
    }),
    startOffset: t.exposeInt('startOffset', {
      nullable: true,
      description: 'Where the quote starts in the article text (UTF-16 code units).',
    }),
    endOffset: t.exposeInt('endOffset', {
      nullable: true,
      description: 'Where the quote ends in the article text (exclusive).',
    }),
    language: t.field({
      type: LanguageEnum,
      nullable: true,
      description: 'The language of the quote.',
      resolve: (v) => v.language as 'EN' | 'AR' | 'TR' | null,
    }),
    attributedTo: t.field({
      type: Entity,
      nullable: true,
      description: 'Who the claim is attributed to ("according to …").',
      resolve: (v) => v.attributedTo,
    }),
  }),
});
