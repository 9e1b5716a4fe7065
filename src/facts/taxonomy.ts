/**
 * The closed vocabularies of the model (documented in docs/model.md). Event kinds follow the CAMEO
 * root codes, so events line up with GDELT/ICEWS; two kinds CAMEO has no root for are marked null.
 */
export const ENTITY_KINDS = [
  'PERSON',
  'ORGANISATION',
  'GOVERNMENT',
  'MINISTRY',
  'MILITARY_FORCE',
  'ARMED_GROUP',
  'COUNTRY',
  'PLACE',
  'MEDIA_OUTLET',
  'POPULATION_GROUP',
] as const;

export const EVENT_KINDS = {
  MAKE_PUBLIC_STATEMENT: '01',
  APPEAL: '02',
  EXPRESS_INTENT_TO_COOPERATE: '03',
  CONSULT: '04',
  DIPLOMATIC_COOPERATION: '05',
  MATERIAL_COOPERATION: '06',
  PROVIDE_AID: '07',
  YIELD: '08',
  INVESTIGATE: '09',
  DEMAND: '10',
  DISAPPROVE: '11',
  REJECT: '12',
  THREATEN: '13',
  PROTEST: '14',
  EXHIBIT_FORCE_POSTURE: '15',
  REDUCE_RELATIONS: '16',
  COERCE: '17',
  ASSAULT: '18',
  FIGHT: '19',
  MASS_VIOLENCE: '20',
  REGIME_CHANGE: null,
  OTHER: null,
} as const satisfies Record<string, string | null>;

export const PARTICIPANT_ROLES = [
  'SPEAKER',
  'REQUESTER',
  'RECIPIENT',
  'SUBJECT',
  'TARGET',
  'BENEFICIARY',
  'ORGANISER',
  'PROVIDER',
  'REPORTER',
  'ACTOR',
] as const;

export const RELATIONSHIP_TYPES = [
  'HOLDS_POSITION_IN',
  'HEADS',
  'LEADS',
  'PART_OF',
  'GOVERNS',
  'ARMED_FORCE_OF',
  'LOCATED_IN',
  'STATIONED_IN',
  'MEMBER_OF',
  'ALLIED_WITH',
] as const;

export const EVENT_LINK_TYPES = ['REFERS_TO', 'PART_OF', 'FOLLOWS'] as const;

export type EntityKind = (typeof ENTITY_KINDS)[number];
export type EventKind = keyof typeof EVENT_KINDS;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];
export type EventLinkType = (typeof EVENT_LINK_TYPES)[number];
