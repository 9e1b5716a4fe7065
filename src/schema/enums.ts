import { PRECISION_RANK } from '../dates/span';
import {
  ENTITY_KINDS,
  EVENT_KINDS,
  EVENT_LINK_TYPES,
  PARTICIPANT_ROLES,
  RELATIONSHIP_TYPES,
} from '../facts/taxonomy';
import { builder } from './builder';

/** A readonly list of names as the mutable array Pothos' enumType takes. */
const enumValues = <T extends string>(list: readonly T[]) => list.map((v) => v);

export const EntityKindEnum = builder.enumType('EntityKind', {
  description: 'What sort of thing an entity is (a closed list, see docs/model.md).',
  values: enumValues(ENTITY_KINDS),
});

export const EventKindEnum = builder.enumType('EventKind', {
  description: 'What sort of event this is: the CAMEO root categories, plus REGIME_CHANGE and OTHER.',
  values: enumValues(Object.keys(EVENT_KINDS) as (keyof typeof EVENT_KINDS)[]),
});

export const ParticipantRoleEnum = builder.enumType('ParticipantRole', {
  description: 'The part an entity plays in an event.',
  values: enumValues(PARTICIPANT_ROLES),
});

export const RelationshipTypeEnum = builder.enumType('RelationshipType', {
  description: 'How two entities are related.',
  values: enumValues(RELATIONSHIP_TYPES),
});

export const EventLinkTypeEnum = builder.enumType('EventLinkType', {
  description: 'How two events are linked.',
  values: enumValues(EVENT_LINK_TYPES),
});

export const DatePrecisionEnum = builder.enumType('DatePrecision', {
  description:
    'How precisely the source dates something: a day, part of a month, a month, … or an open interval.',
  values: Object.keys(PRECISION_RANK) as (keyof typeof PRECISION_RANK)[],
});

export const SortOrderEnum = builder.enumType('SortOrder', {
  description: 'Timeline order: by span start, then precision (finer first), then id.',
  values: ['ASC', 'DESC'] as const,
});

export const MatchEnum = builder.enumType('Match', {
  description: 'Whether events must involve any or all of the listed entities.',
  values: ['ANY', 'ALL'] as const,
});

export const GranularityEnum = builder.enumType('Granularity', {
  description: 'Histogram bucket size (weeks start on Monday).',
  values: ['DAY', 'WEEK', 'MONTH', 'YEAR'] as const,
});
