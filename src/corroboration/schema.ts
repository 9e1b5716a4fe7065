import { coded } from '../errors';
import { builder } from '../schema/builder';
import { Event } from '../schema/refs';
import { type CorroborationRow, corroborationOf, REVIEW_STATUSES, review } from './store';

const ReviewStatusEnum = builder.enumType('CorroborationStatus', {
  description: 'An analyst’s verdict on a candidate link: not yet reviewed, confirmed or rejected.',
  values: REVIEW_STATUSES,
});

const ReviewVerdictEnum = builder.enumType('CorroborationVerdict', {
  description: 'What an analyst can decide about a candidate link.',
  values: ['CONFIRMED', 'REJECTED'] as const,
});

const Corroboration = builder.objectRef<CorroborationRow>('Corroboration').implement({
  description:
    'Another event, from a different source, that is likely the same event: with a score, the reasons, what the two sources disagree on, and the review status.',
  fields: (t) => ({
    event: t.field({ type: Event, description: 'The other event.', resolve: (c) => c.other }),
    score: t.exposeFloat('score', { description: 'How likely the two are the same event, 0.5 to 1.' }),
    reasons: t.exposeStringList('reasons', {
      description: 'What they share: overlapping dates, participants, CAMEO root, place.',
    }),
    contradictions: t.exposeStringList('contradictions', {
      description:
        'Where the sources disagree, e.g. "reported as 2025-06-05 by X, as 2025-06-01~/2025-06-10~ by Y".',
    }),
    status: t.field({ type: ReviewStatusEnum, description: 'The review status.', resolve: (c) => c.status }),
  }),
});

builder.objectField(Event, 'corroboration', (t) =>
  t.loadableList({
    type: Corroboration,
    description:
      'Events from other sources (curated vs GDELT, or other outlets) that are likely the same event, best first.',
    load: (ids: string[], ctx) => corroborationOf(ctx.db, ids),
    resolve: (e) => e.id,
  }),
);

builder.mutationField('reviewCorroboration', (t) =>
  t.field({
    type: Corroboration,
    authScopes: { write: true },
    description:
      'Confirms or rejects the candidate link between two events. Confirmed and rejected links keep their status when the sources are imported again.',
    args: {
      event: t.arg.id({ required: true, description: 'One event of the link.' }),
      other: t.arg.id({ required: true, description: 'The other event.' }),
      verdict: t.arg({ type: ReviewVerdictEnum, required: true }),
    },
    resolve: async (_root, { event, other, verdict }, ctx) => {
      const row = await review(ctx.db, String(event), String(other), verdict);
      if (!row)
        throw coded('BAD_USER_INPUT', `There is no candidate link between "${event}" and "${other}".`, {
          argument: 'other',
        });
      return row;
    },
  }),
);
