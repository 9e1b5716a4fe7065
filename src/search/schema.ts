import { builder } from '../schema/builder';
import { EntityKindEnum } from '../schema/enums';
import { Entity } from '../schema/refs';
import { type EntityHitRow, MAX_HITS, MAX_QUERY_CHARS, searchEntities } from './store';

const EntityHit = builder.objectRef<EntityHitRow>('EntityHit').implement({
  description: 'An entity that a search matched, with how well and through which name.',
  fields: (t) => ({
    entity: t.field({ type: Entity, description: 'The entity found.', resolve: (hit) => hit.id }),
    score: t.exposeFloat('score', {
      description:
        'Higher is better. The integer part is the match tier: 4 a name or alias equals the query, 3 every query word is a whole word of one name, 2 every query word starts a word of one name, 1 a fuzzy match (a typo or another word form); the fraction is the full-text relevance.',
    }),
    matched: t.exposeString('matched', {
      description: 'The name or alias, as written in its own language, that matched the query best.',
    }),
  }),
});

builder.queryField('searchEntities', (t) =>
  t.field({
    type: [EntityHit],
    description:
      'Entities by name or alias in any language, best match first (exact, then prefix, then fuzzy; then relevance, then id). Arabic and Latin spellings are folded on both sides: diacritics, hamza and alef forms, taa marbuta, alef maqsura, tatweel, Arabic-Indic digits and Latin accents do not matter.',
    args: {
      query: t.arg.string({
        required: true,
        description: `A name, part of one or a misspelling of one (at most ${MAX_QUERY_CHARS} characters).`,
      }),
      kinds: t.arg({ type: [EntityKindEnum], description: 'Only entities of these kinds.' }),
      first: t.arg.int({ defaultValue: 10, description: `How many hits (1 to ${MAX_HITS}).` }),
    },
    resolve: async (_root, { query, kinds, first }, ctx) => {
      const hits = await searchEntities(ctx.db, { query, kinds, first });
      // The hits' entities were read with them: `entity` needs no second round trip.
      const entities = Entity.getDataloader(ctx);
      for (const hit of hits) entities.prime(hit.id, hit.entity);
      return hits;
    },
  }),
);
