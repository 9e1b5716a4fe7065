import type { z } from 'zod';
import type { factSheet } from '../../src/facts/sheet';
import { EVENT_KINDS, type EventKind, PARTICIPANT_ROLES, RELATIONSHIP_TYPES } from '../../src/facts/taxonomy';
import { eventEdtf, publishedDay, validEdtf } from './dates';
import { entitiesFor, entityPool, type GenEntity } from './entities';
import { FILLER, IN, SAID, VERBS } from './phrases';
import { mixSeed, Rng, zipf } from './prng';

export type SheetInput = z.input<typeof factSheet>;
type Lang = 'EN' | 'AR' | 'TR';
type Ev = NonNullable<SheetInput['events']>[number];
type Rel = NonNullable<SheetInput['relationships']>[number];

export interface CorpusOptions {
  seed: number;
  /** Total events; the last article is cut short to hit it exactly. */
  events: number;
  /** Entity pool size; defaults to entitiesFor(events). */
  entities?: number;
}

const KINDS = Object.keys(EVENT_KINDS) as EventKind[];
const LANG_INDEX = { EN: 0, AR: 1, TR: 2 } as const;
const nameIn = (e: GenEntity, l: Lang) =>
  l === 'AR' ? e.names.ar : l === 'TR' ? (e.names.tr ?? e.names.en) : e.names.en;

/**
 * A deterministic synthetic corpus: article i depends only on (seed, i, entity pool), so any prefix
 * of a big corpus is itself a valid corpus (the bench grows the graph from small to large that way).
 */
export function createCorpus(opts: CorpusOptions) {
  const entities = entityPool(opts.seed, opts.entities ?? entitiesFor(opts.events));
  const rank = zipf(entities.length);
  const media = entities.filter((e) => e.kind === 'MEDIA_OUTLET');
  const places = entities.filter((e) => e.kind === 'PLACE' || e.kind === 'COUNTRY');
  const [mediaRank, placeRank] = [zipf(media.length), zipf(places.length)];

  function article(i: number, maxEvents: number): SheetInput {
    const rng = new Rng(mixSeed(opts.seed, i));
    const language = rng.weighted({ AR: 60, EN: 30, TR: 10 }) as Lang;
    const li = LANG_INDEX[language];
    const published = publishedDay(rng);
    const publisher = media[mediaRank(rng)] as GenEntity;
    const used = new Map<string, GenEntity>([[publisher.id, publisher]]);
    const use = (e: GenEntity) => {
      used.set(e.id, e);
      return e;
    };
    const other = (not: GenEntity) => {
      let e = entities[rank(rng)] as GenEntity;
      for (let t = 0; e.id === not.id && t < 5; t++) e = entities[rank(rng)] as GenEntity;
      return e.id === not.id ? (entities[(entities.indexOf(e) + 1) % entities.length] as GenEntity) : e;
    };
    const text: string[] = [];
    const events: Ev[] = [];
    const count = Math.min(rng.int(1, 9), maxEvents);
    for (let j = 0; j < count; j++) {
      const kind = rng.pick(KINDS);
      const actor = use(entities[rank(rng)] as GenEntity);
      const target = use(other(actor));
      const place = rng.chance(0.5) ? use(places[placeRank(rng)] as GenEntity) : undefined;
      const verb = VERBS[kind];
      const quote = `${nameIn(actor, language)} ${verb[li]} ${nameIn(target, language)}`;
      const where = place ? ` ${IN[li]} ${nameIn(place, language)}` : '';
      const attributed = rng.chance(0.5) ? publisher : actor;
      text.push(`${quote}${where}, ${SAID[li]} ${nameIn(attributed, language)}.`);
      const evidence: Ev['evidence'] = [{ quote, attributedTo: attributed.id }];
      if (rng.chance(0.3)) {
        const second = `${SAID[li]} ${nameIn(publisher, language)}: ${rng.pick(FILLER)[li]}`;
        text.push(second);
        evidence.push({ quote: second });
      } else text.push(rng.pick(FILLER)[li]);
      const participants: Ev['participants'] = [
        { entity: actor.id, role: kind === 'MAKE_PUBLIC_STATEMENT' ? 'SPEAKER' : 'ACTOR' },
        { entity: target.id, role: rng.pick(['TARGET', 'RECIPIENT', 'SUBJECT'] as const) },
      ];
      for (let k = rng.int(0, 2); k > 0; k--) {
        const extra = other(actor);
        if (!participants.some((p) => p.entity === extra.id))
          participants.push({ entity: use(extra).id, role: rng.pick(PARTICIPANT_ROLES) });
      }
      const root = EVENT_KINDS[kind];
      const { edtf } = eventEdtf(rng, published);
      const related: Ev['related'] = [];
      if (j > 0 && rng.chance(0.15)) related.push({ event: `ev-${i}-${j - 1}`, type: 'FOLLOWS' });
      if (i > 0 && j === 0 && rng.chance(0.1)) related.push({ event: `ev-${i - 1}-0`, type: 'REFERS_TO' });
      events.push({
        id: `ev-${i}-${j}`,
        kind,
        ...(root && rng.chance(0.6) ? { cameo: rng.chance(0.5) ? root : `${root}${rng.int(0, 9)}` } : {}),
        title: {
          en: `${actor.names.en} ${verb[0]} ${target.names.en}`,
          ar: `${actor.names.ar} ${verb[1]} ${target.names.ar}`,
          ...(language === 'TR' ? { tr: quote } : {}),
        },
        ...(rng.chance(0.3) ? { summary: { [language.toLowerCase()]: text.at(-2) } } : {}),
        when: rng.chance(0.2) ? { edtf, text: edtf } : edtf,
        ...(place ? { place: place.id } : {}),
        participants,
        related,
        evidence,
      });
    }
    const relationships: Rel[] = [];
    const relIds = new Set<string>();
    for (let k = rng.int(0, 2); k > 0; k--) {
      const [from, type] = [use(entities[rank(rng)] as GenEntity), rng.pick(RELATIONSHIP_TYPES)];
      const to = use(other(from));
      const id = `${from.id}.${type.toLowerCase()}.${to.id}`;
      if (relIds.has(id)) continue;
      relIds.add(id);
      const quote = `${nameIn(from, language)} (${type.toLowerCase().replace(/_/g, ' ')}) ${nameIn(to, language)}`;
      text.push(`${quote}.`);
      const valid = rng.chance(0.8) ? { valid: validEdtf(rng, published) } : {};
      relationships.push({ type, from: from.id, to: to.id, ...valid, evidence: [{ quote }] });
    }
    const lead = events[0]?.title as { en: string; ar: string };
    return {
      article: {
        id: `art-${i}`,
        url: `https://news.example/${published}/${i}`,
        title: language === 'AR' ? { ar: lead.ar, en: lead.en } : { en: lead.en },
        language,
        published,
        publisher: publisher.id,
        text: text.join(' '),
      },
      entities: [...used.values()].map((e) => ({
        id: e.id,
        kind: e.kind,
        names: e.names,
        aliases: e.aliases,
      })),
      events,
      relationships,
    };
  }

  return {
    entities,
    /** The sheets in order, generated lazily (a 200k-event corpus never sits in memory at once). */
    *sheets(): Generator<SheetInput> {
      let left = opts.events;
      for (let i = 0; left > 0; i++) {
        const sheet = article(i, left);
        left -= sheet.events?.length ?? 0;
        yield sheet;
      }
    },
  };
}

export type Corpus = ReturnType<typeof createCorpus>;
