import type { EntityKind, EventKind, ParticipantRole } from '../facts/taxonomy';
import { EVENT_KINDS } from '../facts/taxonomy';
import type { GdeltActor, GdeltPlace } from './parse';

/**
 * CAMEO actor type codes (CAMEO manual, ch. 3) → our entity kinds. The first type code with a kind
 * decides; the raw codes are kept on the entity.
 */
const TYPE_KINDS: Record<string, EntityKind> = {
  GOV: 'GOVERNMENT',
  LEG: 'GOVERNMENT',
  JUD: 'GOVERNMENT',
  ELI: 'GOVERNMENT',
  MIL: 'MILITARY_FORCE',
  SPY: 'MILITARY_FORCE',
  COP: 'MILITARY_FORCE',
  REB: 'ARMED_GROUP',
  INS: 'ARMED_GROUP',
  SEP: 'ARMED_GROUP',
  UAF: 'ARMED_GROUP',
  MED: 'MEDIA_OUTLET',
  REF: 'POPULATION_GROUP',
  CVL: 'POPULATION_GROUP',
  LAB: 'POPULATION_GROUP',
  AGR: 'POPULATION_GROUP',
};

/** The kind of an actor: its type codes, else a bare country code is the country, else an organisation. */
export function actorKind(a: GdeltActor): EntityKind {
  for (const t of a.types) {
    const kind = TYPE_KINDS[t];
    if (kind) return kind;
  }
  if (!a.types.length && !a.knownGroup && a.country && a.code === a.country) return 'COUNTRY';
  // Regions (AFR, MEA, WST …) are three-letter codes without a country.
  if (!a.types.length && !a.knownGroup && !a.country && /^[A-Z]{3}$/.test(a.code)) return 'PLACE';
  return 'ORGANISATION';
}

/** GDELT place types: 1 country, 2 US state, 3 US city, 4 world city, 5 world state (ADM1). */
export const placeKind = (p: GdeltPlace): EntityKind => (p.type === 1 ? 'COUNTRY' : 'PLACE');

const ROOT_KIND = new Map(
  Object.entries(EVENT_KINDS)
    .filter(([, root]) => root !== null)
    .map(([kind, root]) => [root as string, kind as EventKind]),
);
export const kindOfRoot = (root: string): EventKind => ROOT_KIND.get(root) ?? 'OTHER';

/** CAMEO's Actor1 is the source of the action and Actor2 its target; the roles follow the root. */
export function actorRoles(root: string): [ParticipantRole, ParticipantRole] {
  const n = Number(root);
  if (n === 1) return ['SPEAKER', 'RECIPIENT'];
  if (n === 2 || n === 10) return ['REQUESTER', 'RECIPIENT'];
  if (n === 7) return ['PROVIDER', 'BENEFICIARY'];
  if (n >= 11) return ['ACTOR', 'TARGET'];
  return ['ACTOR', 'RECIPIENT'];
}

/** "ISRAEL" → "Israel", "UNITED STATES" → "United States"; mixed-case names are kept. */
export function displayName(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name
    .toLowerCase()
    .replace(/(^|[\s\-'(/])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

/** Ids of what the import creates: readable, stable, and all starting with "gdelt-". */
const slug = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9.-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100) || 'x';
export const ids = {
  event: (globalEventId: string) => `gdelt-${globalEventId}`,
  actor: (code: string) => `gdelt-actor-${slug(code)}`,
  place: (p: GdeltPlace) => `gdelt-place-${slug(p.featureId ?? p.fullName)}`,
  outlet: (name: string) => `gdelt-source-${slug(name)}`,
};
