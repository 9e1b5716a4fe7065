import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { daysInMonth } from '../src/dates/calendar';
import { ingestSheets } from '../src/facts/ingest';
import { checkSheet } from '../src/facts/load';
import type { KeyBounds } from '../src/timeline/cursor';
import { planFilter, type TimelineFilter } from '../src/timeline/filter';
import { linkKeyStreams } from '../src/timeline/link-keys';
import { pageProjection } from '../src/timeline/projection';
import {
  eventHistogram,
  type Granularity,
  histogram,
  keyedPageStatement,
  pageStatement,
  projectionParams,
  tallyGrain,
  tallyHistogram,
} from '../src/timeline/store';
import { rebuildTallies, recountTalliesIfNeeded, talliesReady } from '../src/timeline/tallies';
import { removeFixtures, runCypher, testApp } from './helpers';

/** A small deterministic generator (mulberry32), so a failure can be replayed from its seed. */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: <T>(xs: T[]) => xs[Math.floor(next() * xs.length)] as T,
  };
}

const KINDS = ['CONSULT', 'PROTEST', 'FIGHT', 'APPEAL'];
const ENTITIES = ['fx-t-a', 'fx-t-b', 'fx-t-c', 'fx-t-d', 'fx-t-e'];
const GRANULARITIES: Granularity[] = ['DAY', 'WEEK', 'MONTH', 'YEAR'];
const PROJECTION = pageProjection({ kind: {} });
const pad = (n: number) => String(n).padStart(2, '0');

/** A date of any precision the ingest keeps: days, months, parts of months, years, seasons, open and closed ranges. */
function randomWhen(r: ReturnType<typeof rng>): string {
  const y = r.int(2016, 2024);
  const m = pad(r.int(1, 12));
  const d = pad(r.int(1, 28));
  switch (r.int(0, 8)) {
    case 0:
      return `${y}-${m}`;
    case 1:
      return `${y}-${m}-01~/${y}-${m}-10~`;
    case 2:
      return String(y);
    case 3:
      return `../${y}-${m}-${d}`;
    case 4:
      return `${y}-${m}-${d}/..`;
    case 5:
      return `${y}-${m}-${d}/${y + r.int(1, 2)}-${pad(r.int(1, 12))}-28`;
    case 6:
      return `${y}-${pad(r.int(21, 24))}`;
    default:
      return `${y}-${m}-${d}`;
  }
}

/** Articles of random events, kinds, dates, participants and places (seed decides). */
function randomSheets(seed: number, articles: number, perArticle: number) {
  const r = rng(seed);
  return Array.from({ length: articles }, (_, a) => {
    const sentences = Array.from({ length: perArticle }, (_, i) => `Tally sentence ${a} ${i} happened.`);
    return {
      article: {
        id: `fx-tally-${a}`,
        title: { en: `Tallies ${a}` },
        language: 'EN',
        published: '2025-01-01',
        publisher: 'fx-t-wire',
        text: sentences.join(' '),
      },
      entities: [
        { id: 'fx-t-wire', kind: 'MEDIA_OUTLET', names: { en: 'T Wire' } },
        ...ENTITIES.map((id) => ({ id, kind: id === 'fx-t-e' ? 'PLACE' : 'COUNTRY', names: { en: id } })),
      ],
      events: sentences.map((s, i) => {
        const who = ENTITIES.slice(0, 4).filter(() => r.int(0, 2) === 0);
        return {
          id: `fx-tally-${a}-${i}`,
          kind: r.pick(KINDS),
          title: { en: s },
          when: randomWhen(r),
          ...(r.int(0, 3) === 0 ? { place: 'fx-t-e' } : {}),
          participants: who.map((entity, k) => ({ entity, role: k % 2 ? 'RECIPIENT' : 'ACTOR' })),
          evidence: [{ quote: s }],
        };
      }),
    };
  });
}

/** Filters the tallies keep, with and without time bounds (on month edges and inside months). */
function randomFilters(seed: number, n: number): TimelineFilter[] {
  const r = rng(seed);
  // First days, last days (the monthly tallies' edges, February's included) and days inside months.
  const day = () => {
    const [y, m] = [r.int(2015, 2025), r.int(1, 12)];
    return `${y}-${pad(m)}-${pad(r.pick([1, daysInMonth(y, m), r.int(2, 27)]))}`;
  };
  return Array.from({ length: n }, () => {
    const f: TimelineFilter = {};
    const scope = r.int(0, 3);
    if (scope === 1) f.kinds = KINDS.filter(() => r.int(0, 1) === 0).slice(0, 3);
    if (scope === 2) f.entities = [r.pick(ENTITIES)];
    if (scope === 3) Object.assign(f, { entities: [r.pick(ENTITIES)], entityMatch: 'ALL' });
    const [a, b] = [day(), day()].sort();
    if (r.int(0, 2)) f.from = a;
    if (r.int(0, 2)) f.to = b;
    return f;
  });
}

/** Filters whose pages read the link time keys: entities (any, all) or an anchor, with the rest. */
function keyedFilters(seed: number, n: number): { filter: TimelineFilter; anchor: string | null }[] {
  const r = rng(seed);
  const days = randomFilters(seed + 1, n);
  return days.map(({ from, to }) => {
    const filter: TimelineFilter = { ...(from ? { from } : {}), ...(to ? { to } : {}) };
    const some = ENTITIES.filter(() => r.int(0, 2) === 0).slice(0, 3);
    const anchor = r.int(0, 3) === 0 ? r.pick(ENTITIES) : null;
    if (some.length || !anchor) filter.entities = some.length ? some : [r.pick(ENTITIES)];
    if (r.int(0, 1)) filter.entityMatch = 'ALL';
    if (r.int(0, 3) === 0) filter.kinds = [r.pick(KINDS), r.pick(KINDS)];
    return { filter, anchor };
  });
}

describe('timeline tallies', () => {
  const { db, gql } = testApp();
  const load = (sheets: ReturnType<typeof randomSheets>) =>
    ingestSheets(
      db,
      sheets.map((s, i) => checkSheet(s, `tally-${i}.yaml`)),
    );

  /** Every filter at every granularity: the tallies give exactly the events' buckets, never none. */
  async function expectTalliesAgree(filters: TimelineFilter[]) {
    expect(await talliesReady(db)).toBe(true);
    let compared = 0;
    const grains = new Set<string>();
    for (const filter of filters)
      for (const granularity of GRANULARITIES) {
        const plan = planFilter(filter);
        expect(plan.tallyScopes).not.toBeNull();
        grains.add(`${granularity} ${tallyGrain(plan, granularity)}`);
        const [fast, events] = await Promise.all([
          tallyHistogram(db, plan, granularity),
          eventHistogram(db, plan, granularity),
        ]);
        expect({ filter, granularity, rows: fast }).toEqual({ filter, granularity, rows: events });
        compared += events.length;
      }
    // The filters selected events: the comparison was not between empty answers.
    expect(compared).toBeGreaterThan(filters.length);
    // Months and years were added up from both grains of tallies: bounds on month edges and inside.
    expect([...grains].sort()).toEqual([
      'DAY day',
      'MONTH day',
      'MONTH month',
      'WEEK day',
      'YEAR day',
      'YEAR month',
    ]);
  }

  /**
   * Every filter's pages, forwards and backwards, a few events at a time: the statement reading the
   * link time keys gives exactly the events (ids, in order) of the statement reading the events.
   * Returns how many events the pages held.
   */
  async function expectKeyedPagesAgree(
    filters: { filter: TimelineFilter; anchor: string | null }[],
  ): Promise<number> {
    let seen = 0;
    for (const { filter, anchor } of filters) {
      const plan = planFilter(filter, anchor);
      if (!plan.keyed) throw new Error('a filter of entities or an anchor reads the link keys');
      for (const descending of [false, true]) {
        let bounds: KeyBounds = { above: null, below: null };
        for (let page = 0; page < 4; page++) {
          const params = { ...plan.params, ...projectionParams(PROJECTION), limit: 7 };
          const { from, to } = plan.params as { from?: string; to?: string };
          const [fast, events] = await Promise.all([
            db.readOnce<{ id: string | null; key: string }>(
              keyedPageStatement(plan.keyed, descending, PROJECTION),
              { ...params, streams: linkKeyStreams(plan.keyed.entities, { from, to }, bounds) },
            ),
            db.readOnce<{ id: string; key: string }>(pageStatement(plan, bounds, descending, PROJECTION), {
              ...params,
              keyAbove: bounds.above,
              keyBelow: bounds.below,
            }),
          ]);
          const ids = (rows: { id: string | null }[]) => rows.map((r) => r.id);
          expect({ filter, anchor, descending, page, ids: ids(fast) }).toEqual({
            filter,
            anchor,
            descending,
            page,
            ids: ids(events),
          });
          seen += events.length;
          const last = events.at(-1)?.key;
          if (!last) break;
          bounds = descending ? { above: bounds.above, below: last } : { above: last, below: bounds.below };
        }
      }
    }
    return seen;
  }

  beforeAll(async () => {
    await removeFixtures(db);
    await load(randomSheets(7, 12, 25));
  }, 120_000);
  afterAll(() => removeFixtures(db));

  it('add up to exactly what counting the events gives, for every filter they keep', {
    timeout: 120_000,
  }, async () => {
    await expectTalliesAgree(randomFilters(11, 40));
  });

  it('follow edits and removals: dates, kinds and participants changed, events dropped', {
    timeout: 120_000,
  }, async () => {
    // The same articles again with other events (other dates, kinds, links), and fewer of them.
    await load(randomSheets(8, 12, 15));
    await expectTalliesAgree(randomFilters(12, 30));
  });

  it('key every link, so that pages read from the keys are the pages read from the events', {
    timeout: 120_000,
  }, async () => {
    expect(await expectKeyedPagesAgree(keyedFilters(15, 40))).toBeGreaterThan(100);
  });

  it('key the links of a graph from before the keys when recounted; pages read the events meanwhile', {
    timeout: 120_000,
  }, async () => {
    const query = `query($f: TimelineFilter) { timeline(first: 5, filter: $f) { edges { node { id } } } }`;
    const f = { entities: ['fx-t-b'], from: '2018-03-14' };
    const before = await gql(query, { f });
    expect(before.errors).toBeUndefined();
    // As a graph tallied before the keys existed: totals without `linkKeys`, links without keys.
    await runCypher(db, "MATCH (t:TimelineTally) WHERE t.key IN ['total', 'month:total'] REMOVE t.linkKeys");
    await runCypher(db, 'MATCH ()-[r:PARTICIPATED_IN|AT]->() REMOVE r.timeKey');
    expect(await talliesReady(db)).toBe(false);
    const plan = planFilter(f);
    const keyed = plan.keyed as NonNullable<typeof plan.keyed>;
    const streams = linkKeyStreams(keyed.entities, plan.params, { above: null, below: null });
    const unready = await db.readOnce<{ id: string | null }>(keyedPageStatement(keyed, false, PROJECTION), {
      ...plan.params,
      ...projectionParams(PROJECTION),
      streams,
      limit: 5,
    });
    expect(unready).toEqual([expect.objectContaining({ id: null })]);
    expect(await gql(query, { f })).toEqual(before);
    expect(await recountTalliesIfNeeded(db)).not.toBeNull();
    expect(await talliesReady(db)).toBe(true);
    const [unkeyed] = (
      await runCypher(db, 'MATCH ()-[r:PARTICIPATED_IN|AT]->() WHERE r.timeKey IS NULL RETURN count(r) AS n')
    ).records;
    expect(unkeyed?.get('n')).toBe(0);
    expect(await expectKeyedPagesAgree(keyedFilters(16, 10))).toBeGreaterThan(10);
    expect(await gql(query, { f })).toEqual(before);
  });

  it('are recounted from the events when they do not count every event, with the same answers meanwhile', {
    timeout: 120_000,
  }, async () => {
    const query = `query($f: TimelineFilter) { timelineHistogram(filter: $f, granularity: MONTH) { start end count coarse } }`;
    const f = { entities: ['fx-t-b'], from: '2018-03-14' };
    const before = await gql(query, { f });
    expect(before.errors).toBeUndefined();
    // An event removed by hand, behind the ingest's back: the tallies no longer count every event.
    await runCypher(db, "MATCH (e:Event {id: 'fx-tally-0-0'}) DETACH DELETE e");
    expect(await talliesReady(db)).toBe(false);
    const plan = planFilter(f);
    expect(await tallyHistogram(db, plan, 'MONTH')).toEqual([]);
    expect(await histogram(db, plan, 'MONTH')).toEqual(await eventHistogram(db, plan, 'MONTH'));
    await rebuildTallies(db);
    await expectTalliesAgree(randomFilters(13, 10));
  });

  it('are recounted when the monthly ones are missing, as in a graph counted before they existed', {
    timeout: 120_000,
  }, async () => {
    const plan = planFilter({ from: '2018-03-01', to: '2021-06-30' });
    expect(tallyGrain(plan, 'MONTH')).toBe('month');
    const counted = await eventHistogram(db, plan, 'MONTH');
    await runCypher(db, "MATCH (t:TimelineTally) WHERE t.scope STARTS WITH 'month:' DELETE t");
    await runCypher(
      db,
      "MATCH (m:TimelineTallyMark) SET m.keys = [k IN m.keys WHERE NOT k STARTS WITH 'month:']",
    );
    expect(await talliesReady(db)).toBe(false);
    expect(await tallyHistogram(db, plan, 'MONTH')).toEqual([]);
    expect(await histogram(db, plan, 'MONTH')).toEqual(counted);
    expect(await recountTalliesIfNeeded(db)).not.toBeNull();
    expect(await tallyHistogram(db, plan, 'MONTH')).toEqual(counted);
    await expectTalliesAgree(randomFilters(14, 10));
  });

  it('are not used for filters they do not keep', () => {
    const kept: (TimelineFilter | null)[] = [
      null,
      { kinds: ['FIGHT'] },
      { entities: ['a', 'a'], entityMatch: 'ALL' },
    ];
    const notKept: TimelineFilter[] = [
      { text: 'harbour' },
      { articles: ['x'] },
      { sources: ['CURATED'] },
      { entities: ['a', 'b'] },
      { entities: ['a'], kinds: ['FIGHT'] },
    ];
    expect(kept.map((f) => planFilter(f).tallyScopes)).toEqual([['all'], ['kind:FIGHT'], ['entity:a']]);
    expect(notKept.map((f) => planFilter(f).tallyScopes)).toEqual(notKept.map(() => null));
    expect(planFilter(null, 'anchor').tallyScopes).toBeNull();
  });
});
