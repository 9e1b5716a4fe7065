import type { EvidenceRow } from '../evidence/store';
import { Article } from './article';
import { builder } from './builder';
import { Entity } from './entity';
import { LanguageEnum } from './language';

export const Evidence = builder.objectRef<EvidenceRow>('Evidence').implement({
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
