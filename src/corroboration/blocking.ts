import { addDays, isoDay, parseIsoDay } from '../dates/calendar';
import { type Assessment, assess, MIN_SCORE, type Side } from './score';

/**
 * Blocking for corroboration (record linkage's usual remedy for comparing everything with
 * everything): an event is compared only with the events that share a blocking key with it in a
 * date window. A key is one entity the event involves (participant or place) when that entity is
 * rare, or a pair of common entities ("hubs"): an actor in thousands of events never makes a
 * block on its own, so "the same day and the United States" cannot pull in a whole day of news.
 * Pure: the store fetches the sides and the blocks' members.
 */

/** An entity linked to more events than this is a hub: it only blocks together with another. */
export const HUB_DEGREE = 100;
/** Members kept per block; a block with more is cut (and counted). */
export const BLOCK_CAP = 500;
/** Days by which two spans may miss each other and still be compared. */
export const WINDOW_DAYS = 3;
/** The best candidates kept per event. */
export const PER_EVENT = 5;

export interface Degree {
  entity: string;
  degree: number;
}

export interface Block {
  key: string;
  /** The key's entities, rarest first (the expansion starts there). */
  entities: string[];
  /** The stretches of its events' windows, [lo, hi] days, in order and disjoint. */
  windows: [string, string][];
}

/** A day moved by some days; a day outside 0001–9999 (open spans' ends) stays where it is. */
const shiftDays = (day: string, days: number) => {
  const d = parseIsoDay(day);
  const moved = d && addDays(d, days);
  return moved && moved.year >= 1 && moved.year <= 9999 ? isoDay(moved) : day;
};

/** The blocking keys of one event: its rare entities alone, and every pair of its hubs. */
export function keysOf(degrees: Degree[]): string[][] {
  const byEntity = new Map<string, number>();
  for (const d of degrees) byEntity.set(d.entity, d.degree);
  const ranked = [...byEntity].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1));
  const rare = ranked.filter(([, n]) => n <= HUB_DEGREE).map(([e]) => [e]);
  const hubs = ranked.filter(([, n]) => n > HUB_DEGREE).map(([e]) => e);
  const pairs = hubs.flatMap((a, i) => hubs.slice(i + 1).map((b) => [a, b]));
  return [...rare, ...pairs];
}

/**
 * The blocks of a batch of events: one per distinct key, with the stretches of its events' windows
 * (each event's span widened by WINDOW_DAYS, overlapping ones merged). A key's events spread over
 * a year read only the members near one of them, not every member of the year: those would be too
 * far from every event of the batch to be compared, yet be read, and count towards BLOCK_CAP.
 */
export function blocksOf(events: { side: Side; degrees: Degree[] }[]): {
  blocks: Block[];
  keysByEvent: Map<string, string[]>;
} {
  const blocks = new Map<string, Block>();
  const keysByEvent = new Map<string, string[]>();
  for (const { side, degrees } of events) {
    const window: [string, string] = [shiftDays(side.lo, -WINDOW_DAYS), shiftDays(side.hi, WINDOW_DAYS)];
    const keys = keysOf(degrees).map((entities) => {
      const key = entities.join('\u0000');
      const b = blocks.get(key);
      if (b) b.windows.push(window);
      else blocks.set(key, { key, entities, windows: [window] });
      return key;
    });
    keysByEvent.set(side.id, keys);
  }
  for (const b of blocks.values()) b.windows = stretches(b.windows);
  return { blocks: [...blocks.values()], keysByEvent };
}

/** Windows merged where they overlap, in order. ISO days (years 0001-9999) sort as strings. */
function stretches(windows: [string, string][]): [string, string][] {
  const out: [string, string][] = [];
  for (const [lo, hi] of [...windows].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    const last = out[out.length - 1];
    if (last && lo <= last[1]) {
      if (hi > last[1]) last[1] = hi;
    } else out.push([lo, hi]);
  }
  return out;
}

export interface Link extends Assessment {
  /** The smaller event id. */
  a: string;
  b: string;
}

/**
 * The links worth an analyst's look: for each event of the batch, its candidates (from its
 * blocks, near in time, from no common article) scored (hubs weighing less), those from MIN_SCORE up, the best
 * PER_EVENT kept (ties by id). Each pair once, from the smaller id to the larger.
 */
export function bestLinks(
  events: { side: Side; degrees: Degree[] }[],
  candidatesOf: (id: string) => Iterable<string>,
  sides: Map<string, Side>,
): Link[] {
  const links = new Map<string, Link>();
  const common = new Set(
    events.flatMap((e) => e.degrees.filter((d) => d.degree > HUB_DEGREE).map((d) => d.entity)),
  );
  for (const { side: e } of events) {
    const articles = new Set(e.articles);
    const [lo, hi] = [shiftDays(e.lo, -WINDOW_DAYS), shiftDays(e.hi, WINDOW_DAYS)];
    const scored: Link[] = [];
    for (const id of new Set(candidatesOf(e.id))) {
      const o = sides.get(id);
      if (!o || o.id === e.id || o.lo > hi || o.hi < lo || o.articles.some((x) => articles.has(x))) continue;
      const [a, b] = e.id < o.id ? [e, o] : [o, e];
      const r = assess(a, b, common);
      if (r.score >= MIN_SCORE) scored.push({ a: a.id, b: b.id, ...r });
    }
    scored.sort((x, y) => y.score - x.score || (x.a + x.b < y.a + y.b ? -1 : 1));
    for (const l of scored.slice(0, PER_EVENT)) links.set(`${l.a}|${l.b}`, l);
  }
  return [...links.values()];
}
