import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestSheets } from '../src/facts/ingest';
import { checkSheet } from '../src/facts/load';
import { GRAPH_CAPS } from '../src/graph/statements';
import { removeFixtures, testApp } from './helpers';

const TEXT = 'Fx Graph reports links.';
const quote = [{ quote: 'Fx Graph reports links' }];
const person = (id: string) => ({ id, kind: 'PERSON', names: { en: id } });
const partOf = (from: string, to: string) => ({ type: 'PART_OF', from, to, evidence: quote });
const range = (n: number) => Array.from({ length: n }, (_, i) => String(i).padStart(2, '0'));
const sheetOf = (sheet: object, file: string) => checkSheet(sheet, file);
/** An English article of the fixtures, published by fx-press, whose text holds the quote. */
const article = (id: string, title: string) => ({
  id,
  title: { en: title },
  language: 'EN',
  published: '2025-03-10',
  publisher: 'fx-press',
  text: TEXT,
});
const PRESS = { id: 'fx-press', kind: 'MEDIA_OUTLET', names: { en: 'Fx Press' } };

/** A chain of 5 steps (fx-c0 … fx-c5), a hub with 30 spokes that all lead on to fx-end, and an
 *  entity taking part twice (two roles) in one event with another. */
function graphSheet() {
  const chain = range(6).map((i) => `fx-c${Number(i)}`);
  const spokes = range(30).map((i) => `fx-s${i}`);
  return {
    article: article('fx-graph', 'Fx Graph'),
    entities: [PRESS, ...[...chain, ...spokes, 'fx-hub', 'fx-end', 'fx-dual', 'fx-other'].map(person)],
    events: [
      {
        id: 'fx-dual-meeting',
        kind: 'CONSULT',
        title: { en: 'Fx dual meeting' },
        when: '2025-03-04',
        participants: [
          { entity: 'fx-dual', role: 'ORGANISER' },
          { entity: 'fx-dual', role: 'SPEAKER' },
          { entity: 'fx-other', role: 'RECIPIENT' },
        ],
        evidence: quote,
      },
    ],
    relationships: [
      ...chain.slice(1).map((to, i) => partOf(chain[i] as string, to)),
      ...spokes.flatMap((s) => [partOf(s, 'fx-hub'), partOf(s, 'fx-end')]),
    ],
  };
}

/** More events than a node follows (GRAPH_CAPS.perNode): fx-bighub takes part in each with one partner
 *  of its own (fx-hp-NN), the first half dated 2020, the second half 2024. */
const HUB_EVENTS = GRAPH_CAPS.perNode + 10;
function hubSheet() {
  const n = range(HUB_EVENTS);
  return {
    article: article('fx-hubgraph', 'Fx Hub Graph'),
    entities: [PRESS, ...['fx-bighub', ...n.map((i) => `fx-hp-${i}`)].map(person)],
    events: n.map((i) => ({
      id: `fx-hub-ev-${i}`,
      kind: 'CONSULT',
      title: { en: `Fx hub meeting ${i}` },
      when: Number(i) < HUB_EVENTS / 2 ? '2020-05-01' : '2024-05-01',
      participants: [
        { entity: 'fx-bighub', role: 'ORGANISER' },
        { entity: `fx-hp-${i}`, role: 'RECIPIENT' },
      ],
      evidence: quote,
    })),
  };
}
const HUB_LATE = `fx-hp-${String(HUB_EVENTS / 2).padStart(2, '0')}`;
const HUB_LAST = `fx-hp-${String(HUB_EVENTS - 1).padStart(2, '0')}`;

const CONNECTIONS = `query C($from: ID!, $to: ID!, $maxHops: Int, $first: Int, $during: DateRange) {
  connections(from: $from, to: $to, maxHops: $maxHops, first: $first, during: $during) {
    truncated
    truncatedBy
    paths {
      length
      steps {
        from { id }
        to { id }
        via {
          __typename
          ... on Relationship { id from { id } valid { edtf } evidence { quote } }
          ... on Event { id when { edtf } evidence { quote } }
        }
      }
    }
  }
}`;

interface Via {
  __typename: 'Relationship' | 'Event';
  id: string;
  from?: { id: string };
  valid?: { edtf: string } | null;
  when?: { edtf: string };
  evidence: { quote: string }[];
}
type Path = { length: number; steps: { from: { id: string }; to: { id: string }; via: Via }[] };
type Paths = { connections: { truncated: boolean; truncatedBy: string[]; paths: Path[] } };

const NEIGHBORHOOD = `query N($id: ID!, $depth: Int, $limit: Int, $during: DateRange) {
  neighborhood(id: $id, depth: $depth, limit: $limit, during: $during) {
    center { id }
    truncated
    truncatedBy
    nodes { id label kind subkind depth entity { id } event { id } }
    edges { id source target kind type role label relationship { id type } }
  }
}`;

interface GraphNode {
  id: string;
  depth: number;
  kind: string;
  entity: { id: string } | null;
  event: { id: string } | null;
}
interface GraphEdge {
  id: string;
  source: string;
  target: string;
  label: string;
  relationship: { id: string } | null;
}
type Hood = {
  neighborhood: {
    center: { id: string } | null;
    truncated: boolean;
    truncatedBy: string[];
    nodes: GraphNode[];
    edges: GraphEdge[];
  };
};

/** A path as one line: "a -[Relationship r]-> b -[Event e]-> c". */
const line = (p: Path) =>
  p.steps.reduce(
    (s, step) => `${s} -[${step.via.__typename} ${step.via.id}]-> ${step.to.id}`,
    p.steps[0]?.from.id ?? '',
  );

describe('graph', () => {
  // These tests check answers, not speed: a generous read time limit keeps a busy machine from
  // failing them (the time limit itself is tested in timeout.test.ts).
  const { gql, db } = testApp({ NEO4J_READ_TIMEOUT_MS: '30000' });
  const search = async (vars: Record<string, unknown>) => {
    const res = await gql<Paths>(CONNECTIONS, vars);
    expect(res.errors).toBeUndefined();
    return res.data?.connections as Paths['connections'];
  };
  const paths = async (vars: Record<string, unknown>) => (await search(vars)).paths;
  const hood = async (vars: Record<string, unknown>) => {
    const res = await gql<Hood>(NEIGHBORHOOD, vars);
    expect(res.errors).toBeUndefined();
    return res.data?.neighborhood as Hood['neighborhood'];
  };

  beforeAll(async () => {
    await removeFixtures(db);
    await ingestSheets(db, [sheetOf(graphSheet(), 'graph.yaml'), sheetOf(hubSheet(), 'hub.yaml')]);
  });
  afterAll(() => removeFixtures(db));

  describe('connections', () => {
    it('finds the shortest paths from Güler to the Syrian army, shortest first', async () => {
      const found = await paths({ from: 'yasar-guler', to: 'syrian-army', first: 5 });
      expect(found.map(line)).toMatchInlineSnapshot(`
        [
          "yasar-guler -[Event 2025-06-guler-statement-on-turkish-forces-in-syria]-> syrian-army",
          "yasar-guler -[Event 2025-06-guler-statement-on-turkish-forces-in-syria]-> syria -[Relationship syrian-army.armed_force_of.syria]-> syrian-army",
          "yasar-guler -[Relationship yasar-guler.heads.turkish-ministry-of-defence]-> turkish-ministry-of-defence -[Event 2025-02-06-mod-reveals-syrian-army-roadmap]-> syrian-army",
          "yasar-guler -[Event 2025-06-guler-statement-on-turkish-forces-in-syria]-> turkish-forces-in-syria -[Relationship turkish-forces-in-syria.stationed_in.syria]-> syria -[Relationship syrian-army.armed_force_of.syria]-> syrian-army",
          "yasar-guler -[Relationship yasar-guler.heads.turkish-ministry-of-defence]-> turkish-ministry-of-defence -[Event 2025-07-23-mod-weekly-press-briefing]-> syria -[Relationship syrian-army.armed_force_of.syria]-> syrian-army",
        ]
      `);
      expect(found.map((p) => p.length)).toEqual([...found.map((p) => p.length)].sort((a, b) => a - b));
    });

    it('gives each step its dated evidence, whichever way the relationship is stored', async () => {
      const [viaEvent] = await paths({ from: 'yasar-guler', to: 'syrian-army', first: 1 });
      const step = viaEvent?.steps[0];
      expect(step?.via).toMatchObject({ __typename: 'Event', when: { edtf: '2025-06-01~/2025-06-10~' } });
      expect(step?.via.evidence.length).toBeGreaterThan(0);

      const [direct] = await paths({ from: 'syria', to: 'syrian-army', first: 1 });
      expect(direct?.steps).toEqual([
        {
          from: { id: 'syria' },
          to: { id: 'syrian-army' },
          via: expect.objectContaining({
            __typename: 'Relationship',
            id: 'syrian-army.armed_force_of.syria',
            from: { id: 'syrian-army' },
            valid: null,
          }),
        },
      ]);
      expect(direct?.steps[0]?.via.evidence).toEqual([{ quote: 'لتحسين قدرات الجيش السوري' }]);
    });

    it('counts only links that overlap `during`', async () => {
      const all = await paths({ from: 'assad-regime', to: 'syria' });
      expect(all.map(line)).toMatchInlineSnapshot(`
        [
          "assad-regime -[Relationship assad-regime.governs.syria]-> syria",
          "assad-regime -[Event 2024-12-08-fall-of-assad-regime]-> syria",
          "assad-regime -[Relationship bashar-al-assad.leads.assad-regime]-> bashar-al-assad -[Event 2024-12-08-fall-of-assad-regime]-> syria",
        ]
      `);
      const before = await paths({ from: 'assad-regime', to: 'syria', during: { to: '2024-12-31' } });
      expect(before.map(line)).toContain('assad-regime -[Relationship assad-regime.governs.syria]-> syria');
      expect(await paths({ from: 'assad-regime', to: 'syria', during: { from: '2025-01-01' } })).toEqual([]);
    });

    it('respects maxHops: a path needing more steps is not returned', async () => {
      expect(await paths({ from: 'fx-c0', to: 'fx-c5', maxHops: 4 })).toEqual([]);
      const [five] = await paths({ from: 'fx-c0', to: 'fx-c5', maxHops: 5 });
      expect(five?.length).toBe(5);
      const one = await paths({ from: 'yasar-guler', to: 'syrian-army', maxHops: 1, first: 10 });
      expect(one.map(line)).toEqual([
        'yasar-guler -[Event 2025-06-guler-statement-on-turkish-forces-in-syria]-> syrian-army',
      ]);
    });

    it('returns at most `first` distinct paths, never the same one twice, and says when more exist', async () => {
      const cut = await search({ from: 'fx-hub', to: 'fx-end', first: 10 });
      expect([cut.truncated, cut.truncatedBy]).toEqual([true, ['LIMIT']]);
      const ten = cut.paths;
      expect(ten).toHaveLength(10);
      expect(new Set(ten.map(line)).size).toBe(10);
      // 30 paths tie for shortest: the first 10 by the ids along them.
      expect(ten.map((p) => p.length)).toEqual(Array(10).fill(2));
      expect(ten.map(line)).toEqual(
        range(10).map(
          (i) =>
            `fx-hub -[Relationship fx-s${i}.part_of.fx-hub]-> fx-s${i} -[Relationship fx-s${i}.part_of.fx-end]-> fx-end`,
        ),
      );
      expect(await search({ from: 'fx-c0', to: 'fx-c5', maxHops: 5, first: 10 })).toMatchObject({
        truncated: false,
        truncatedBy: [],
        paths: [{ length: 5 }],
      });
      // Two roles in one event are still one step.
      expect((await paths({ from: 'fx-dual', to: 'fx-other', first: 10 })).map(line)).toEqual([
        'fx-dual -[Event fx-dual-meeting]-> fx-other',
      ]);
    });

    it('never goes through articles or evidence, and is empty for unknown or equal ids', async () => {
      // Enab Baladi is only linked through the evidence attributed to it.
      expect(await paths({ from: 'yasar-guler', to: 'enab-baladi', maxHops: 6 })).toEqual([]);
      expect(await paths({ from: 'nobody', to: 'syria' })).toEqual([]);
      expect(await paths({ from: 'syria', to: 'syria' })).toEqual([]);
      expect(await paths({ from: '2024-12-08-fall-of-assad-regime', to: 'syria' })).toEqual([]);
    });
  });

  describe('neighborhood', () => {
    it('returns the nodes within depth and the edges between them', async () => {
      const one = await hood({ id: 'yasar-guler' });
      expect(one).toMatchInlineSnapshot(`
        {
          "center": {
            "id": "yasar-guler",
          },
          "edges": [
            {
              "id": "yasar-guler|PARTICIPATED_IN:SPEAKER|2025-06-guler-statement-on-turkish-forces-in-syria",
              "kind": "PARTICIPATION",
              "label": "speaker",
              "relationship": null,
              "role": "SPEAKER",
              "source": "yasar-guler",
              "target": "2025-06-guler-statement-on-turkish-forces-in-syria",
              "type": "PARTICIPATED_IN",
            },
            {
              "id": "yasar-guler.heads.turkish-ministry-of-defence",
              "kind": "RELATIONSHIP",
              "label": "heads",
              "relationship": {
                "id": "yasar-guler.heads.turkish-ministry-of-defence",
                "type": "HEADS",
              },
              "role": null,
              "source": "yasar-guler",
              "target": "turkish-ministry-of-defence",
              "type": "HEADS",
            },
          ],
          "nodes": [
            {
              "depth": 0,
              "entity": {
                "id": "yasar-guler",
              },
              "event": null,
              "id": "yasar-guler",
              "kind": "ENTITY",
              "label": "Yaşar Güler",
              "subkind": "PERSON",
            },
            {
              "depth": 1,
              "entity": null,
              "event": {
                "id": "2025-06-guler-statement-on-turkish-forces-in-syria",
              },
              "id": "2025-06-guler-statement-on-turkish-forces-in-syria",
              "kind": "EVENT",
              "label": "Yaşar Güler says Turkey has no immediate plan to withdraw its forces from Syria",
              "subkind": "MAKE_PUBLIC_STATEMENT",
            },
            {
              "depth": 1,
              "entity": {
                "id": "turkish-ministry-of-defence",
              },
              "event": null,
              "id": "turkish-ministry-of-defence",
              "kind": "ENTITY",
              "label": "Ministry of National Defence of Turkey",
              "subkind": "MINISTRY",
            },
          ],
          "truncated": false,
          "truncatedBy": [],
        }
      `);
      const two = await hood({ id: 'yasar-guler', depth: 2 });
      expect([one.nodes.length, two.nodes.length]).toEqual([3, 12]);
      expect(two.truncated).toBe(false);
      const ids = new Set(two.nodes.map((n) => n.id));
      for (const e of two.edges) expect([ids.has(e.source), ids.has(e.target)]).toEqual([true, true]);
      expect(two.nodes.every((n) => (n.kind === 'ENTITY' ? n.entity : n.event)?.id === n.id)).toBe(true);
    });

    it('starts from an event too, following event links', async () => {
      const g = await hood({ id: '2025-07-23-mod-weekly-press-briefing' });
      expect(g.edges.map((e) => `${e.source} ${e.label} ${e.target}`)).toContain(
        '2025-07-23-mod-weekly-press-briefing refers to syrian-government-requests-turkish-defence-support',
      );
      expect(g.edges.map((e) => e.label)).toContain('at');
    });

    it('keeps the closest nodes when truncated by limit, and says so', async () => {
      const all = await hood({ id: 'yasar-guler', depth: 2, limit: 12 });
      expect([all.truncated, all.truncatedBy, all.nodes.length]).toEqual([false, [], 12]);
      const g = await hood({ id: 'yasar-guler', depth: 2, limit: 5 });
      expect([g.truncated, g.truncatedBy]).toEqual([true, ['LIMIT']]);
      // The center and both depth-1 nodes, then two of the nine depth-2 nodes (the first reached).
      expect(g.nodes.slice(0, 3).map((n) => `${n.depth} ${n.id}`)).toEqual([
        '0 yasar-guler',
        '1 2025-06-guler-statement-on-turkish-forces-in-syria',
        '1 turkish-ministry-of-defence',
      ]);
      const depth2 = all.nodes.filter((n) => n.depth === 2).map((n) => n.id);
      expect(g.nodes.slice(3).map((n) => n.depth)).toEqual([2, 2]);
      for (const n of g.nodes.slice(3)) expect(depth2).toContain(n.id);
      expect(g.nodes.slice(3).map((n) => n.id)).toEqual([...g.nodes.slice(3).map((n) => n.id)].sort());
      // Exactly full: the center and both depth-1 nodes fit, depth 2 is left out.
      expect(await hood({ id: 'yasar-guler', depth: 2, limit: 3 })).toMatchObject({
        truncated: true,
        truncatedBy: ['LIMIT'],
        nodes: [{ id: 'yasar-guler' }, { depth: 1 }, { depth: 1 }],
      });
    });

    it('counts only links that overlap `during`', async () => {
      const all = await hood({ id: 'assad-regime' });
      expect(all.nodes.map((n) => n.id)).toEqual([
        'assad-regime',
        '2024-12-08-fall-of-assad-regime',
        'bashar-al-assad',
        'syria',
      ]);
      const later = await hood({ id: 'assad-regime', during: { from: '2025-01-01' } });
      expect(later).toMatchObject({
        center: { id: 'assad-regime' },
        nodes: [{ id: 'assad-regime' }],
        edges: [],
      });
    });

    it('is empty for an unknown id or a node that is no entity or event', async () => {
      const empty = { center: null, truncated: false, truncatedBy: [], nodes: [], edges: [] };
      expect(await hood({ id: 'nobody' })).toEqual(empty);
      expect(await hood({ id: 'enab-baladi-2025-07-23-syria-turkey-defence-support' })).toEqual(empty);
    });
  });

  describe('around a hub', () => {
    const last = HUB_LAST.slice('fx-hp-'.length);
    const lateEvents = (nodes: GraphNode[]) => nodes.filter((n) => n.kind === 'EVENT').map((n) => n.id);

    it('finds the path through a hub whose links are capped, and says so', async () => {
      const found = await search({ from: 'fx-hp-00', to: HUB_LAST });
      expect(found.paths.map(line)).toEqual([
        `fx-hp-00 -[Event fx-hub-ev-00]-> fx-bighub -[Event fx-hub-ev-${last}]-> ${HUB_LAST}`,
      ]);
      expect([found.truncated, found.truncatedBy]).toEqual([true, ['DEGREE_CAP']]);
    });

    it('pushes the time filter into the search: within it the hub has few enough links', async () => {
      const late = await search({ from: HUB_LATE, to: HUB_LAST, during: { from: '2024-01-01' } });
      expect(late.paths.map(line)).toEqual([
        `${HUB_LATE} -[Event fx-hub-ev-${HUB_LATE.slice(6)}]-> fx-bighub -[Event fx-hub-ev-${last}]-> ${HUB_LAST}`,
      ]);
      expect([late.truncated, late.truncatedBy]).toEqual([false, []]);
      // The 2020 partner's only link lies outside the range.
      expect(await search({ from: 'fx-hp-00', to: HUB_LAST, during: { from: '2024-01-01' } })).toEqual({
        truncated: false,
        truncatedBy: [],
        paths: [],
      });
    });

    it("follows at most a capped number of a hub's links in a neighbourhood, and says so", async () => {
      const g = await hood({ id: 'fx-hp-00', depth: 3, limit: 1000 });
      expect([g.truncated, g.truncatedBy]).toEqual([true, ['DEGREE_CAP']]);
      expect(g.nodes.slice(0, 3).map((n) => `${n.depth} ${n.id}`)).toEqual([
        '0 fx-hp-00',
        '1 fx-hub-ev-00',
        '2 fx-bighub',
      ]);
      const far = g.nodes.filter((n) => n.depth === 3);
      expect(far.length).toBeGreaterThanOrEqual(GRAPH_CAPS.perNode - 1);
      expect(far.length).toBeLessThanOrEqual(GRAPH_CAPS.perNode);
      expect(far.every((n) => n.id.startsWith('fx-hub-ev-'))).toBe(true);
      const ids = new Set(g.nodes.map((n) => n.id));
      expect(g.edges.filter((e) => e.source === 'fx-bighub')).toHaveLength(far.length + 1);
      for (const e of g.edges) expect([ids.has(e.source), ids.has(e.target)]).toEqual([true, true]);
    });

    it('prunes a neighbourhood by time as it expands, so the hub is no longer capped', async () => {
      const g = await hood({ id: HUB_LATE, depth: 3, limit: 1000, during: { from: '2024-01-01' } });
      expect([g.truncated, g.truncatedBy]).toEqual([false, []]);
      const events = lateEvents(g.nodes);
      expect(events).toHaveLength(HUB_EVENTS / 2);
      expect(events.every((id) => Number(id.slice('fx-hub-ev-'.length)) >= HUB_EVENTS / 2)).toBe(true);
    });

    it('lets the center follow its links up to the limit', async () => {
      const all = await hood({ id: 'fx-bighub', limit: 1000 });
      expect([all.truncatedBy, all.nodes.length, all.edges.length]).toEqual([[], HUB_EVENTS + 1, HUB_EVENTS]);
      const cut = await hood({ id: 'fx-bighub', limit: 10 });
      expect([cut.truncated, cut.truncatedBy, cut.nodes.length]).toEqual([true, ['LIMIT', 'DEGREE_CAP'], 10]);
      expect(cut.edges).toHaveLength(9);
    });
  });

  it('rejects out-of-range arguments, naming them', async () => {
    const cases: [string, Record<string, unknown>, string][] = [
      [CONNECTIONS, { from: 'syria', to: 'turkey', maxHops: 7 }, 'maxHops'],
      [CONNECTIONS, { from: 'syria', to: 'turkey', maxHops: 0 }, 'maxHops'],
      [CONNECTIONS, { from: 'syria', to: 'turkey', first: 11 }, 'first'],
      [CONNECTIONS, { from: 'syria', to: 'turkey', first: 0 }, 'first'],
      [
        CONNECTIONS,
        { from: 'syria', to: 'turkey', during: { from: '2025-02-01', to: '2025-01-01' } },
        'during.from',
      ],
      [NEIGHBORHOOD, { id: 'syria', depth: 4 }, 'depth'],
      [NEIGHBORHOOD, { id: 'syria', depth: 0 }, 'depth'],
      [NEIGHBORHOOD, { id: 'syria', limit: 1001 }, 'limit'],
      [NEIGHBORHOOD, { id: 'syria', limit: 0 }, 'limit'],
      [NEIGHBORHOOD, { id: 'syria', during: { from: '2025-02-01', to: '2025-01-01' } }, 'during.from'],
    ];
    for (const [query, vars, argument] of cases) {
      const res = await gql(query, vars);
      expect(res.errors?.[0]?.extensions, JSON.stringify(vars)).toMatchObject({
        code: 'BAD_USER_INPUT',
        argument,
      });
    }
  });

  it('makes a bounded number of round trips, however many paths or nodes it returns', async () => {
    const cost = async (query: string, vars: Record<string, unknown>) => {
      const before = db.queries;
      const res = await gql(query, vars);
      expect(res.errors).toBeUndefined();
      return db.queries - before;
    };
    // One round trip per step of the search (at most maxHops), then entities, relationships, evidence.
    for (const first of [1, 10]) {
      expect(
        await cost(CONNECTIONS, { from: 'fx-hub', to: 'fx-end', first, maxHops: 4 }),
      ).toBeLessThanOrEqual(4 + 3);
      expect(await cost(CONNECTIONS, { from: 'fx-c0', to: 'fx-c5', first, maxHops: 6 })).toBeLessThanOrEqual(
        6 + 3,
      );
    }
    const tiny = await cost(NEIGHBORHOOD, { id: 'fx-hub', limit: 2 });
    const whole = await cost(NEIGHBORHOOD, { id: 'fx-hub', limit: 1000 });
    expect(whole).toBe(tiny);
    expect(whole).toBeLessThanOrEqual(5); // nodes, edges, entities, events, relationships
  });
});
