import { entityRow } from '../entity/store';
import { requestLoader } from '../loaders';
import { pick } from '../localized';
import { EvidenceMethodEnum } from '../provenance/schema';
import { evidenceOf } from '../provenance/store';
import { builder } from '../schema/builder';
import { EventKindEnum, EventLinkTypeEnum, ParticipantRoleEnum } from '../schema/enums';
import { LanguageEnum } from '../schema/language';
import { Node } from '../schema/node';
import { Entity, Event, Evidence } from '../schema/refs';
import { TimeSpan } from '../schema/time-span';
import { type EventLinkRow, eventsByIds, linksOf, type ParticipantRow, participantsOf } from './store';

export const Participant = builder.objectRef<ParticipantRow>('Participant').implement({
  description: 'An entity taking part in an event, and its role.',
  fields: (t) => ({
    entity: t.field({
      type: Entity,
      description: 'Who or what takes part.',
      // A timeline page read the entity's selected properties with it; otherwise its loader.
      resolve: (p) => p.row ?? p.entity,
    }),
    role: t.field({
      type: ParticipantRoleEnum,
      description: 'The part it plays.',
      resolve: (p) => p.role as never,
    }),
  }),
});

export const EventLink = builder.objectRef<EventLinkRow>('EventLink').implement({
  description: 'A link from this event to another: it refers to, is part of, or follows it (or the reverse).',
  fields: (t) => ({
    type: t.field({
      type: EventLinkTypeEnum,
      description: 'How the events are linked.',
      resolve: (l) => l.type as never,
    }),
    outgoing: t.exposeBoolean('outgoing', {
      description: 'True when this event is the subject ("this REFERS_TO event").',
    }),
    event: t.field({ type: Event, description: 'The other event.', resolve: (l) => l.other }),
  }),
});

Event.implement({
  description:
    'Something that happened, dated as precisely as the sources say, with who took part and where it is stated.',
  interfaces: [Node],
  isTypeOf: (row) => typeof row === 'object' && row !== null && 'when' in row,
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable readable id from the fact sheets.' }),
    kind: t.field({
      type: EventKindEnum,
      description: 'CAMEO root category.',
      resolve: (e) => e.kind as never,
    }),
    cameo: t.exposeString('cameo', {
      nullable: true,
      description: 'CAMEO event code (root or finer), for GDELT/ICEWS alignment.',
    }),
    title: t.string({
      description: 'Title in the asked language (falls back to English, then Arabic).',
      args: { language: t.arg({ type: LanguageEnum, defaultValue: 'EN' }) },
      resolve: (e, { language }) => pick(e.titles, language ?? 'EN') ?? e.id,
    }),
    summary: t.string({
      nullable: true,
      description: 'Summary in the asked language.',
      args: { language: t.arg({ type: LanguageEnum, defaultValue: 'EN' }) },
      resolve: (e, { language }) => pick(e.summaries, language ?? 'EN') ?? null,
    }),
    when: t.field({
      type: TimeSpan,
      description: 'When it happened, with its true precision.',
      resolve: (e) => e.when,
    }),
    sources: t.field({
      type: [EvidenceMethodEnum],
      description: 'How the evidence stating it was obtained: CURATED, MACHINE_CODED, or both.',
      resolve: (e) => e.sources as ('CURATED' | 'MACHINE_CODED')[],
    }),
    place: t.field({
      type: Entity,
      nullable: true,
      description: 'Where it happened, when the sources say.',
      resolve: (e) => e.place,
    }),
    participants: t.field({
      type: [Participant],
      description: 'Who took part, and in what role (optionally only one role).',
      args: { role: t.arg({ type: ParticipantRoleEnum }) },
      resolve: async (e, { role }, ctx) => {
        const all =
          e.participants ??
          (await requestLoader(ctx, 'participants', async (ids: readonly string[]) => {
            const lists = await participantsOf(ctx.db, ids);
            // The participants' own rows came along: no separate round trip for their names.
            const entities = Entity.getDataloader(ctx);
            for (const p of lists.flat()) entities.prime(p.entity, entityRow(p.props));
            return lists;
          }).load(e.id));
        return role ? all.filter((p) => p.role === role) : all;
      },
    }),
    evidence: t.field({
      type: [Evidence],
      description: 'Every place the event is stated, oldest article first.',
      // A timeline page fetches it with the event; otherwise one batch per request level.
      resolve: async (e, _args, ctx) =>
        e.evidence ??
        requestLoader(ctx, 'evidence', (ids: readonly string[]) => evidenceOf(ctx.db, ids)).load(e.id),
    }),
    related: t.loadableList({
      type: EventLink,
      description: 'Links to other events.',
      load: (ids: string[], ctx) => linksOf(ctx.db, ids),
      resolve: (e) => e.id,
    }),
  }),
});

builder.queryField('event', (t) =>
  t.field({
    type: Event,
    nullable: true,
    description: 'One event by id; null when there is none.',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, ctx) => (await eventsByIds(ctx.db, [String(id)]))[0] ?? null,
  }),
);
