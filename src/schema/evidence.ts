import { EVIDENCE_METHODS, type EvidenceRow } from '../evidence/store';
import { Article } from './article';
import { builder } from './builder';
import { Entity } from './entity';
import { LanguageEnum } from './language';

export const EvidenceMethodEnum = builder.enumType('EvidenceMethod', {
  description:
    'How a piece of evidence was obtained: CURATED (a fact sheet with a verified quote) or MACHINE_CODED (GDELT).',
  values: EVIDENCE_METHODS,
});

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
    method: t.field({
      type: EvidenceMethodEnum,
      description: 'How it was obtained: a curated quote, or machine-coded by GDELT (no quote).',
      resolve: (v) => v.method,
    }),
    sentence: t.exposeInt('sentence', {
      nullable: true,
      description:
        'Machine-coded: the sentence of the article that mentions the event (GDELT SentenceID, from 1).',
    }),
    actor1Offset: t.exposeInt('actor1Offset', {
      nullable: true,
      description: 'Machine-coded: character offset of the first actor in the article, when found.',
    }),
    actor2Offset: t.exposeInt('actor2Offset', {
      nullable: true,
      description: 'Machine-coded: character offset of the second actor in the article, when found.',
    }),
    actionOffset: t.exposeInt('actionOffset', {
      nullable: true,
      description: 'Machine-coded: character offset of the action in the article, when found.',
    }),
    confidence: t.exposeInt('confidence', {
      nullable: true,
      description: "Machine-coded: GDELT's confidence in the coding, 10–100 (percent).",
    }),
  }),
});
