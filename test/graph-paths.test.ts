import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Expansion, type PathRow, type StepRow, searchPaths } from '../src/graph/paths';

/** A graph in memory: relationships between two entities, events with their participants. */
interface Graph {
  relations: [string, string][];
  events: string[][];
}

/** What the Cypher level statement returns, read from the graph in memory, with a cap per node. */
function expander(g: Graph, perNode = Number.POSITIVE_INFINITY) {
  const calls: string[][] = [];
  const expand = async (ids: string[]): Promise<Expansion[]> => {
    calls.push(ids);
    return ids.map((id) => {
      const relations = g.relations.flatMap(([a, b], i) =>
        a === id || b === id ? [{ to: [a === id ? b : a], via: `r${i}`, kind: 'RELATIONSHIP' as const }] : [],
      );
      const events = g.events.flatMap((members, i) =>
        members.includes(id)
          ? [{ to: [...new Set(members.filter((m) => m !== id))], via: `e${i}`, kind: 'EVENT' as const }]
          : [],
      );
      const capped = relations.length > perNode || events.length > perNode;
      return { id, links: [...relations.slice(0, perNode), ...events.slice(0, perNode)], capped };
    });
  };
  return { expand, calls };
}

/** Every simple path (no entity, no event twice) of at most maxHops steps, by brute force. */
function allPaths(g: Graph, source: string, target: string, maxHops: number): PathRow[] {
  const steps = (at: string): StepRow[] => [
    ...g.relations.flatMap(([a, b], i) =>
      a === at || b === at
        ? [{ from: at, to: a === at ? b : a, via: `r${i}`, kind: 'RELATIONSHIP' as const }]
        : [],
    ),
    ...g.events.flatMap((members, i) =>
      members.includes(at)
        ? [...new Set(members.filter((m) => m !== at))].map((to) => ({
            from: at,
            to,
            via: `e${i}`,
            kind: 'EVENT' as const,
          }))
        : [],
    ),
  ];
  const out: PathRow[] = [];
  const walk = (path: StepRow[], used: Set<string>) => {
    const at = path.at(-1)?.to ?? source;
    if (at === target && path.length) {
      out.push({
        length: path.length,
        hops: path.reduce((n, s) => n + (s.kind === 'EVENT' ? 2 : 1), 0),
        steps: path,
      });
      return;
    }
    if (path.length === maxHops) return;
    for (const s of steps(at))
      if (!used.has(s.to) && !(s.kind === 'EVENT' && used.has(s.via)))
        walk([...path, s], new Set([...used, s.to, ...(s.kind === 'EVENT' ? [s.via] : [])]));
  };
  walk([], new Set([source]));
  const key = (p: PathRow) => p.steps.map((s) => `${s.from}|${s.via}|`).join('') + (p.steps.at(-1)?.to ?? '');
  return out.sort(
    (a, b) => a.length - b.length || a.hops - b.hops || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0),
  );
}

const BIG = { breadth: 1_000, visits: 1_000_000 };

const graphs = fc.record({
  relations: fc.array(fc.tuple(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 9 })), {
    maxLength: 14,
  }),
  events: fc.array(fc.uniqueArray(fc.integer({ min: 0, max: 9 }), { minLength: 2, maxLength: 4 }), {
    maxLength: 8,
  }),
});
const named = (g: { relations: [number, number][]; events: number[][] }): Graph => ({
  relations: g.relations.filter(([a, b]) => a !== b).map(([a, b]) => [`n${a}`, `n${b}`]),
  events: g.events.map((m) => m.map((n) => `n${n}`)),
});

describe('path search', () => {
  it('finds what brute force finds when no cap binds: the first paths by length, hops and ids, and says when more exist', async () => {
    await fc.assert(
      fc.asyncProperty(
        graphs,
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 10 }),
        async (raw, maxHops, first) => {
          const g = named(raw);
          const { expand, calls } = expander(g);
          const got = await searchPaths(expand, { source: 'n0', target: 'n1', maxHops, first }, BIG);
          const want = allPaths(g, 'n0', 'n1', maxHops);
          expect(got.paths).toEqual(want.slice(0, first));
          expect(got.truncatedBy).toEqual(want.length > first ? ['LIMIT'] : []);
          expect(calls.length).toBeLessThanOrEqual(maxHops);
        },
      ),
      { seed: 20_251_201, numRuns: 300 },
    );
  });

  it('expands the smaller frontier first', async () => {
    // n0 links to five entities, n1 to one: the second round expands n1's side.
    const g: Graph = {
      relations: [
        ['n0', 'a'],
        ['n0', 'b'],
        ['n0', 'c'],
        ['n0', 'd'],
        ['n0', 'e'],
        ['n1', 'z'],
        ['z', 'e'],
      ],
      events: [],
    };
    const { expand, calls } = expander(g);
    const found = await searchPaths(expand, { source: 'n0', target: 'n1', maxHops: 3, first: 1 }, BIG);
    expect(found.paths.map((p) => p.steps.map((s) => s.to))).toEqual([['e', 'z', 'n1']]);
    expect(calls).toEqual([['n0'], ['n1'], ['z']]);
  });

  it('says DEGREE_CAP when an entity had links it did not follow, and still finds paths around it', async () => {
    const events = Array.from({ length: 8 }, (_, i) => ['hub', `p${i}`]);
    const g: Graph = {
      relations: [
        ['n0', 'hub'],
        ['p7', 'n1'],
      ],
      events,
    };
    const { expand } = expander(g, 3);
    const found = await searchPaths(expand, { source: 'n0', target: 'n1', maxHops: 4, first: 3 }, BIG);
    // The hub follows 3 of its 8 events from n0's side; from n1's side, p7 reaches it through e7.
    expect(found.paths.map((p) => p.steps.map((s) => s.via))).toEqual([['r0', 'e7', 'r1']]);
    expect(found.truncatedBy).toEqual(['DEGREE_CAP']);
  });

  it('says SEARCH_CAP when a frontier is wider than the search expands, or listing runs out of steps', async () => {
    const wide: Graph = {
      relations: [
        ...Array.from({ length: 6 }, (_, i): [string, string] => ['n0', `a${i}`]),
        ...Array.from({ length: 6 }, (_, i): [string, string] => ['n1', `b${i}`]),
        ['a5', 'b5'],
      ],
      events: [],
    };
    const run = (caps: typeof BIG) =>
      searchPaths(expander(wide).expand, { source: 'n0', target: 'n1', maxHops: 3, first: 3 }, caps);
    const narrow = await run({ breadth: 4, visits: 1_000 });
    expect(narrow.truncatedBy).toEqual(['SEARCH_CAP']);
    expect(narrow.paths).toEqual([]);
    const whole = await run(BIG);
    expect([whole.paths.length, whole.truncatedBy]).toEqual([1, []]);
    const spent = await run({ breadth: 100, visits: 5 });
    expect(spent.truncatedBy).toEqual(['SEARCH_CAP']);
  });
});
