import { evidenceOf } from '../evidence/store';
import { pick } from '../localized';
import type { RelationshipRow } from '../relationship/store';
import { builder } from './builder';
import { Entity } from './entity';
import { RelationshipTypeEnum } from './enums';
import { Evidence } from './evidence';
import { LanguageEnum } from './language';
import { TimeSpan } from './time-span';

export const Relationship = builder.objectRef<RelationshipRow>('Relationship').implement({
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
