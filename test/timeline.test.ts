import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestSheets } from '../src/facts/ingest';
import { checkSheet } from '../src/facts/load';
import { longAgoSheet, timelineSheet } from './fixtures/timeline-sheet';
import { removeFixtures, testApp } from './helpers';

const PAGE = `query Page($filter: TimelineFilter, $order: SortOrder, $first: Int, $after: String, $last: Int, $before: String) {
  timeline(filter: $filter, order: $order, first: $first, after: $after, last: $last, before: $before) {
    totalCount
    edges { cursor node { id when { start end precision } } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

type Page = {
  timeline: {
    totalCount: number;
    edges: {
      cursor: string;
      node: { id: string; when: { start: string | null; end: string | null; precision: string } };
    }[];
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string; endCursor: string };
  };
};

describe('timeline', () => {
  const { gql, db } = testApp();
  const mine = { articles: ['fx-timeline'] };

  beforeAll(async () => {
    await removeFixtures(db);
    await ingestSheets(db, [checkSheet(timelineSheet(40), 'timeline.yaml')]);
  });
  afterAll(() => removeFixtures(db));

  async function walk(direction: 'forward' | 'backward', order: 'ASC' | 'DESC' = 'ASC') {
    const ids: string[] = [];
    let cursor: string | null = null;
    for (let i = 0; i < 20; i++) {
      const vars: Record<string, unknown> =
        direction === 'forward' ? { first: 7, after: cursor } : { last: 7, before: cursor };
      const r = await gql<Page>(PAGE, { filter: mine, order, ...vars });
      expect(r.errors).toBeUndefined();
      const t = r.data?.timeline as Page['timeline'];
      const page = t.edges.map((e) => e.node.id);
      if (direction === 'forward') ids.push(...page);
      else ids.unshift(...page);
      const more = direction === 'forward' ? t.pageInfo.hasNextPage : t.pageInfo.hasPreviousPage;
      if (!more) break;
      cursor = direction === 'forward' ? t.pageInfo.endCursor : t.pageInfo.startCursor;
    }
    return ids;
  }

  it('pages forwards and backwards over the same order, never skipping or repeating', async () => {
    const forward = await walk('forward');
    const backward = await walk('backward');
    expect(forward).toHaveLength(40);
    expect(new Set(forward).size).toBe(40);
    expect(backward).toEqual(forward);
    const desc = await walk('forward', 'DESC');
    expect(desc).toEqual([...forward].reverse());
  });

  it('orders by span start, then precision (finer first), then id', async () => {
    const r = await gql<Page>(PAGE, { filter: mine, first: 100 });
    const nodes = r.data?.timeline.edges.map((e) => e.node) ?? [];
    const rank = [
      'DAY',
      'PART_OF_MONTH',
      'MONTH',
      'SEASON',
      'QUARTER',
      'PART_OF_YEAR',
      'YEAR',
      'DECADE',
      'OPEN',
    ];
    const key = (n: (typeof nodes)[number]) =>
      `${n.when.start ?? n.when.end}|${rank.indexOf(n.when.precision)}|${n.id}`;
    expect(nodes.map(key)).toEqual(nodes.map(key).sort());
    // "on or before 2025-06-20" has no start: it is placed at its end.
    expect(nodes.find((n) => n.when.start === null)?.when).toEqual({
      start: null,
      end: '2025-06-20',
      precision: 'OPEN',
    });
  });

  it('filters by overlap: a June 2025 event is in 5–6 June, flagged by its precision', async () => {
    const r = await gql<Page>(PAGE, {
      filter: { ...mine, from: '2025-06-05', to: '2025-06-06' },
      first: 100,
    });
    const precisions = new Set(r.data?.timeline.edges.map((e) => e.node.when.precision));
    expect([...precisions].sort()).toEqual(['DAY', 'MONTH', 'OPEN', 'PART_OF_MONTH', 'YEAR']);
    const month = r.data?.timeline.edges.find((e) => e.node.when.precision === 'MONTH')?.node.when;
    expect(month).toEqual({ start: '2025-06-01', end: '2025-06-30', precision: 'MONTH' });
    // December 2024 does not overlap; "from 30 May 2025, ongoing" does.
    expect(r.data?.timeline.totalCount).toBe(35);
  });

  it('matches ANY or ALL of the listed entities', async () => {
    const any = await gql<Page>(PAGE, { filter: { ...mine, entities: ['fx-red', 'fx-blue'] }, first: 1 });
    const all = await gql<Page>(PAGE, {
      filter: { ...mine, entities: ['fx-red', 'fx-blue'], entityMatch: 'ALL' },
      first: 100,
    });
    expect(any.data?.timeline.totalCount).toBe(40);
    expect(all.data?.timeline.totalCount).toBe(20);
    expect(all.data?.timeline.edges.every((e) => Number(e.node.id.slice(-3)) % 2 === 0)).toBe(true);
  });

  it('filters by kind and by words in the title', async () => {
    const kinds = await gql<Page>(PAGE, { filter: { ...mine, kinds: ['CONSULT'] }, first: 1 });
    expect(kinds.data?.timeline.totalCount).toBe(14);
    const text = await gql<Page>(PAGE, { filter: { ...mine, text: 'HARBOUR talks' }, first: 100 });
    expect(text.data?.timeline.edges.map((e) => e.node.id)).toHaveLength(8);
  });

  it('counts a histogram once per event, in the bucket of its start, flagging coarser events', async () => {
    const r = await gql<{
      timelineHistogram: { start: string; end: string; count: number; coarse: number }[];
    }>(
      `{ timelineHistogram(filter: { articles: ["fx-timeline"], from: "2025-01-01" }, granularity: MONTH) { start end count coarse } }`,
    );
    expect(r.data?.timelineHistogram).toMatchInlineSnapshot(`
      [
        {
          "coarse": 5,
          "count": 5,
          "end": "2025-01-31",
          "start": "2025-01-01",
        },
        {
          "coarse": 0,
          "count": 0,
          "end": "2025-02-28",
          "start": "2025-02-01",
        },
        {
          "coarse": 0,
          "count": 0,
          "end": "2025-03-31",
          "start": "2025-03-01",
        },
        {
          "coarse": 0,
          "count": 0,
          "end": "2025-04-30",
          "start": "2025-04-01",
        },
        {
          "coarse": 5,
          "count": 5,
          "end": "2025-05-31",
          "start": "2025-05-01",
        },
        {
          "coarse": 5,
          "count": 25,
          "end": "2025-06-30",
          "start": "2025-06-01",
        },
      ]
    `);
  });

  it('does a bounded number of round trips whatever the page size', async () => {
    const query = `query($first: Int) { timeline(filter: { articles: ["fx-timeline"] }, first: $first) {
      totalCount edges { node { id title when { edtf } place { id } participants { role entity { id name } }
      evidence { quote article { id publisher { id } } attributedTo { id } } related { type } } } } }`;
    const count = async (first: number) => {
      const [before, transactions] = [db.queries, db.transactions];
      const r = await gql(query, { first });
      expect(r.errors).toBeUndefined();
      // Each read is one exchange: none runs in a transaction function (BEGIN … COMMIT).
      expect(db.transactions).toBe(transactions);
      return db.queries - before;
    };
    // The page and its count, then one batch per loader and level: articles and links, the places
    // and attributions (entities), the publishers (entities again, a level down). Batches of one
    // loader at different levels may or may not share a tick, so the count is bounded, not fixed.
    const small = await count(8);
    const large = await count(40);
    expect(small).toBeLessThanOrEqual(6);
    expect(large).toBeLessThanOrEqual(6);
  });

  it('fetches a page with its participants, their entities and evidence in one round trip', async () => {
    const LISTS = `participants { role entity { id name kind } }
      evidence { quote language startOffset endOffset method }`;
    type Node = { id: string; participants: unknown[]; evidence: unknown[] };
    const before = db.queries;
    const r = await gql<{ timeline: { edges: { node: Node }[] } }>(
      `query($first: Int) { timeline(filter: { articles: ["fx-timeline"] }, first: $first, order: DESC) {
        edges { node { id ...Lists } } } }
      fragment Lists on Event { ${LISTS} }`,
      { first: 40 },
    );
    expect(r.errors).toBeUndefined();
    expect(db.queries - before).toBe(1);
    const nodes = r.data?.timeline.edges.map((e) => e.node) ?? [];
    expect(nodes).toHaveLength(40);
    expect(nodes.every((n) => n.participants.length > 0 && n.evidence.length === 1)).toBe(true);
    // The same lists as the event field loads them on its own.
    for (const n of [nodes[0], nodes[17], nodes[39]] as Node[]) {
      const one = await gql<{ event: Node }>(`query($id: ID!) { event(id: $id) { id ${LISTS} } }`, {
        id: n.id,
      });
      expect(one.data?.event).toEqual(n);
    }
    // A list left out by @skip is neither fetched nor answered.
    const skipped = await gql<{ timeline: { edges: { node: Partial<Node> }[] } }>(
      `query($skip: Boolean!) { timeline(filter: { articles: ["fx-timeline"] }, first: 3) {
        edges { node { id participants @skip(if: $skip) { role } evidence { quote } } } } }`,
      { skip: true },
    );
    expect(skipped.data?.timeline.edges[0]?.node).toEqual({
      id: expect.any(String),
      evidence: [expect.any(Object)],
    });
  });

  it('reads only what a page selects, and never lets those partial rows answer other fields', async () => {
    const FULL = `id title summary kind when { edtf }
      place { id name description aliases }
      participants { role entity { id name description aliases } }`;
    const alone = await gql<{ event: Record<string, unknown> }>(`{ event(id: "fx-ev-000") { ${FULL} } }`);
    expect(alone.data?.event).toMatchObject({
      summary: 'Summary of event 0.',
      place: { id: 'fx-red', description: 'A country on the harbour.', aliases: ['Red Republic'] },
    });
    // The page reads titles and the participants' names only; the place (the same entity as a
    // participant) and each event's summary come whole from their own loaders.
    type Node = { id: string; title: string; participants: { entity: { name: string } }[]; place: unknown };
    const page = await gql<{ timeline: { edges: { node: Node }[] } }>(
      `{ timeline(filter: { articles: ["fx-timeline"] }, first: 40) {
          edges { node { id title participants { entity { id name } } place { id description aliases } } } } }`,
    );
    expect(page.errors).toBeUndefined();
    const first = page.data?.timeline.edges.find((e) => e.node.id === 'fx-ev-000')?.node;
    expect(first).toMatchObject({
      title: 'Harbour talks 0',
      participants: expect.arrayContaining([{ entity: { id: 'fx-red', name: 'Redland' } }]),
      place: { id: 'fx-red', description: 'A country on the harbour.', aliases: ['Red Republic'] },
    });
    // A page selecting every field answers as the event field does.
    const whole = await gql<{ timeline: { edges: { node: Record<string, unknown> }[] } }>(
      `{ timeline(filter: { articles: ["fx-timeline"] }, first: 40) { edges { node { ${FULL} } } } }`,
    );
    expect(whole.data?.timeline.edges.find((e) => e.node.id === 'fx-ev-000')?.node).toEqual(
      alone.data?.event,
    );
  });

  const ids = (r: { data?: Page }) => r.data?.timeline.edges.map((e) => e.node.id) ?? [];

  it('follows the Relay spec: the edges between after and before, then first, then last', async () => {
    const all = ids(await gql<Page>(PAGE, { filter: mine, first: 100 }));
    const cursorOf = async (index: number) =>
      (await gql<Page>(PAGE, { filter: mine, first: index + 1 })).data?.timeline.edges[index]?.cursor;
    const c5 = await cursorOf(5);
    const c20 = await cursorOf(20);
    // first with before: the first 4 edges before the cursor (from the start of the timeline).
    const firstBefore = await gql<Page>(PAGE, { filter: mine, first: 4, before: c20 });
    expect(ids(firstBefore)).toEqual(all.slice(0, 4));
    expect(firstBefore.data?.timeline.pageInfo.hasNextPage).toBe(true);
    // last with after: the last 3 edges after the cursor (at the end of the timeline).
    const lastAfter = await gql<Page>(PAGE, { filter: mine, last: 3, after: c5 });
    expect(ids(lastAfter)).toEqual(all.slice(-3));
    expect(lastAfter.data?.timeline.pageInfo.hasPreviousPage).toBe(true);
    // Both cursors: only the edges strictly between them.
    const between = await gql<Page>(PAGE, { filter: mine, first: 100, after: c5, before: c20 });
    expect(ids(between)).toEqual(all.slice(6, 20));
    // first and last together: the last 2 of the first 6 after the cursor.
    const both = await gql<Page>(PAGE, { filter: mine, first: 6, last: 2, after: c5 });
    expect(ids(both)).toEqual(all.slice(10, 12));
    expect(both.data?.timeline.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
    // In a descending timeline "after" means older.
    const desc = await gql<Page>(PAGE, { filter: mine, order: 'DESC', first: 3, after: c20 });
    expect(ids(desc)).toEqual(all.slice(17, 20).reverse());
  });

  it('gives an empty page null cursors (the spec allows it) and correct page flags', async () => {
    const end = (await gql<Page>(PAGE, { filter: mine, last: 1 })).data?.timeline.pageInfo.endCursor;
    const r = await gql<Page>(PAGE, { filter: mine, first: 5, after: end });
    expect(r.data?.timeline.edges).toEqual([]);
    expect(r.data?.timeline.pageInfo).toEqual({
      hasNextPage: false,
      hasPreviousPage: true,
      startCursor: null,
      endCursor: null,
    });
    const none = await gql<Page>(PAGE, { filter: { ...mine, text: 'nowhere-to-be-found' }, first: 5 });
    expect(none.data?.timeline).toMatchObject({ totalCount: 0, edges: [] });
  });

  it('agrees between page, count and histogram when ALL repeats an id', async () => {
    const filter = { ...mine, entities: ['fx-blue', 'fx-blue'], entityMatch: 'ALL' };
    const r = await gql<Page & { timelineHistogram: { count: number }[] }>(
      `query($filter: TimelineFilter) {
        timeline(filter: $filter, first: 100) { totalCount edges { node { id } } }
        timelineHistogram(filter: $filter, granularity: YEAR, sparse: true) { count }
      }`,
      { filter },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data?.timeline.totalCount).toBe(20);
    expect(r.data?.timeline.edges).toHaveLength(20);
    expect(r.data?.timelineHistogram.reduce((n, b) => n + b.count, 0)).toBe(20);
  });

  it('counts every event the words select, and pages agree with the count (no cap on hits)', async () => {
    // Every fixture title holds a number word; "talks" is in 8 of them, and the count, pages and
    // histogram agree with a walk of the whole timeline.
    const every = await gql<Page>(PAGE, { filter: mine, first: 100 });
    const talks = await gql<Page>(PAGE, { filter: { ...mine, text: 'talks' }, first: 100 });
    expect(talks.data?.timeline.totalCount).toBe(8);
    expect(ids(talks)).toEqual(ids(every).filter((id) => Number(id.slice(-3)) % 5 === 0));
  });

  it('never drops a non-empty bucket: too many buckets are refused with their count, or given sparse', async () => {
    type Buckets = { timelineHistogram: { start: string; count: number }[] };
    const H = `query($g: Granularity!, $sparse: Boolean) {
      timelineHistogram(filter: { articles: ["fx-timeline"] }, granularity: $g, sparse: $sparse) { start count } }`;
    // The fixture runs from "on or before 2025-06-20" (placed at its end) back to December 2024,
    // and an open-start event sorts at its end, so DAY buckets span about 200 days: filled in.
    const days = await gql<Buckets>(H, { g: 'DAY' });
    expect(days.errors).toBeUndefined();
    const total = days.data?.timelineHistogram.reduce((n, b) => n + b.count, 0);
    expect(total).toBe(40);
    await ingestSheets(db, [checkSheet(longAgoSheet(), 'long-ago.yaml')]);
    try {
      const refused = await gql<Buckets>(H.replace('["fx-timeline"]', '["fx-timeline", "fx-long-ago"]'), {
        g: 'DAY',
      });
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', buckets: 5650 });
      expect(refused.errors?.[0]?.message).toContain('DAY would need 5650 buckets from 2010-01-01');
      const sparse = await gql<Buckets>(H.replace('["fx-timeline"]', '["fx-timeline", "fx-long-ago"]'), {
        g: 'DAY',
        sparse: true,
      });
      const buckets = sparse.data?.timelineHistogram ?? [];
      expect(buckets.every((b) => b.count > 0)).toBe(true);
      expect(buckets.reduce((n, b) => n + b.count, 0)).toBe(41);
      expect(buckets[0]?.start).toBe('2010-01-01');
      expect(buckets.at(-1)?.start).toBe('2025-06-20');
    } finally {
      await removeFixtures(db);
      await ingestSheets(db, [checkSheet(timelineSheet(40), 'timeline.yaml')]);
    }
  });

  it('filters by how the evidence was obtained, in timelines, histograms and paths', async () => {
    type R = {
      curated: { totalCount: number };
      machine: { totalCount: number; edges: unknown[] };
      all: { totalCount: number };
      hist: { count: number }[];
      paths: { paths: unknown[] };
      machinePaths: { paths: unknown[] };
    };
    const r = await gql<R>(`{
      curated: timeline(filter: { sources: [CURATED] }) { totalCount }
      machine: timeline(filter: { sources: [MACHINE_CODED] }) { totalCount edges { cursor } }
      all: timeline { totalCount }
      hist: timelineHistogram(filter: { sources: [MACHINE_CODED] }, granularity: YEAR) { count }
      paths: connections(from: "yasar-guler", to: "syrian-army", sources: [CURATED]) { paths { length } }
      machinePaths: connections(from: "yasar-guler", to: "syrian-army", sources: [MACHINE_CODED]) { paths { length } }
    }`);
    expect(r.errors).toBeUndefined();
    const d = r.data as R;
    // Only fact sheets are loaded here: every event is curated, none machine-coded.
    expect(d.curated.totalCount).toBe(d.all.totalCount);
    expect(d.curated.totalCount).toBeGreaterThan(40);
    expect(d.machine).toEqual({ totalCount: 0, edges: [] });
    expect(d.hist).toEqual([]);
    expect(d.paths.paths.length).toBeGreaterThan(0);
    expect(d.machinePaths.paths).toEqual([]);
    const ev = await gql<{ event: { sources: string[]; evidence: { method: string }[] } }>(
      '{ event(id: "fx-ev-000") { sources evidence { method } } }',
    );
    expect(ev.data?.event).toEqual({ sources: ['CURATED'], evidence: [{ method: 'CURATED' }] });
  });

  it('refuses bad paging and filter arguments, naming the argument', async () => {
    const codes = async (vars: Record<string, unknown>) => {
      const r = await gql(PAGE, vars);
      return r.errors?.map((e) => [e.extensions?.code, e.message]);
    };
    expect(await codes({ first: 1000 })).toEqual([
      ['BAD_USER_INPUT', 'Argument "first" must be between 0 and 100, got 1000'],
    ]);
    expect(await codes({ after: 'bm90IGEgY3Vyc29y' })).toEqual([
      ['BAD_USER_INPUT', 'Argument "after" is not a cursor this API returned'],
    ]);
    expect(await codes({ filter: { from: '2025-02-01', to: '2025-01-01' } })).toEqual([
      ['BAD_USER_INPUT', 'Argument "filter.from" (2025-02-01) is after filter.to (2025-01-01)'],
    ]);
    const bad = await codes({ filter: { from: '2025-02-31' } });
    expect(bad?.[0]?.[0]).toBe('BAD_USER_INPUT');
    expect(bad?.[0]?.[1]).toContain('Date must be an ISO calendar day such as 2025-07-23, got "2025-02-31"');
  });
});
