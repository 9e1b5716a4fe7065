/**
 * Paths between two entities over the links a bounded search found. Neo4j's SHORTEST reads every
 * link of every node it reaches, so one hub between or at the ends of a path costs hundreds of
 * thousands of reads and can outgrow the transaction memory; no library searches a graph that
 * lives in Neo4j level by level under our caps. So the search is written here: a bidirectional
 * breadth-first search that expands, one level per round trip, the smaller of the two frontiers
 * (each entity through at most a capped number of its links, read by `expand`), then lists the
 * simple paths over what was found, as Neo4j's SHORTEST k did: shortest first, then fewest graph
 * hops, then by the ids along the path.
 */

/** Why an answer is not everything there is. */
export type Truncation = 'LIMIT' | 'DEGREE_CAP' | 'SEARCH_CAP';

/** One entity-to-entity step of a path, in the path's direction. */
export interface StepRow {
  from: string;
  to: string;
  /** The relationship id (kind RELATIONSHIP) or the shared event's id (kind EVENT). */
  via: string;
  kind: 'RELATIONSHIP' | 'EVENT';
}

export interface PathRow {
  /** Number of steps. */
  length: number;
  /** Number of graph relationships (an event step is two). */
  hops: number;
  steps: StepRow[];
}

/** A link from an entity to the next: through a relationship, or through an event both take part in. */
export interface Link {
  to: string;
  via: string;
  kind: 'RELATIONSHIP' | 'EVENT';
}

/** What one level of the search read of one entity: relationships, and events with their other entities. */
export interface Expansion {
  id: string;
  links: { to: string[]; via: string; kind: Link['kind'] }[];
  /** The entity has links that were not followed. */
  capped: boolean;
}

export interface PathQuery {
  source: string;
  target: string;
  maxHops: number;
  first: number;
}

export interface PathSearchRow {
  paths: PathRow[];
  truncatedBy: Truncation[];
}

/** Links known so far, both ways: entity → (to|via → link). */
type Graph = Map<string, Map<string, Link>>;

function addLink(g: Graph, from: string, link: Link) {
  for (const [a, l] of [
    [from, link],
    [link.to, { ...link, to: from }],
  ] as const) {
    const out = g.get(a) ?? new Map<string, Link>();
    g.set(a, out);
    out.set(`${l.to}|${l.via}`, l);
  }
}

/** Steps from each entity to `target` over the known links (breadth first, up to `max`). */
function distancesTo(g: Graph, target: string, max: number): Map<string, number> {
  const dist = new Map([[target, 0]]);
  let level = [target];
  for (let d = 1; d <= max && level.length; d++) {
    const next: string[] = [];
    for (const n of level)
      for (const l of g.get(n)?.values() ?? [])
        if (!dist.has(l.to)) {
          dist.set(l.to, d);
          next.push(l.to);
        }
    level = next;
  }
  return dist;
}

const hopsOf = (steps: StepRow[]) => steps.reduce((n, s) => n + (s.kind === 'EVENT' ? 2 : 1), 0);
/** The order key Neo4j's statement used: every step's from and via, then the last entity. */
const keyOf = (steps: StepRow[]) =>
  steps.map((s) => `${s.from}|${s.via}|`).join('') + (steps.at(-1)?.to ?? '');
/** Strings in code-point order, as Neo4j orders them (not locale order). */
export const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Simple paths (no entity and no event twice) from source to target of at most `maxLen` steps over
 * the known links, shortest first, length by length until more than `want` are found or `visits`
 * steps of enumeration are spent (then `spent` is true).
 */
export function listPaths(
  g: Graph,
  q: { source: string; target: string },
  maxLen: number,
  want: number,
  visits: number,
): { paths: PathRow[]; spent: boolean } {
  const dist = distancesTo(g, q.target, maxLen);
  const paths: PathRow[] = [];
  let budget = visits;
  for (let len = 1; len <= maxLen && paths.length <= want; len++) {
    const found: PathRow[] = [];
    const steps: StepRow[] = [];
    const used = new Set([q.source]);
    const walk = (at: string): boolean => {
      for (const l of g.get(at)?.values() ?? []) {
        if (--budget < 0) return false;
        if (used.has(l.to) || (l.kind === 'EVENT' && used.has(l.via))) continue;
        if (steps.length + 1 + (dist.get(l.to) ?? Number.POSITIVE_INFINITY) > len) continue;
        steps.push({ from: at, to: l.to, via: l.via, kind: l.kind });
        if (l.to === q.target) {
          if (steps.length === len) found.push({ length: len, hops: hopsOf(steps), steps: [...steps] });
        } else {
          used.add(l.to);
          if (l.kind === 'EVENT') used.add(l.via);
          const ok = walk(l.to);
          used.delete(l.to);
          if (l.kind === 'EVENT') used.delete(l.via);
          if (!ok) return false;
        }
        steps.pop();
      }
      return true;
    };
    const complete = walk(q.source);
    found.sort((a, b) => a.hops - b.hops || byCodePoint(keyOf(a.steps), keyOf(b.steps)));
    paths.push(...found);
    if (!complete) return { paths, spent: true };
  }
  return { paths, spent: false };
}

/**
 * Up to `first` paths of at most `maxHops` steps. Each round expands the smaller frontier (at most
 * `breadth` of its entities) by one step; after a round every path of at most as many steps as the
 * two searches have taken together is known, so the search stops once more than `first` are, or
 * when either side has nothing left to expand, or at `maxHops`. At most `maxHops` round trips.
 */
export async function searchPaths(
  expand: (ids: string[]) => Promise<Expansion[]>,
  q: PathQuery,
  caps: { breadth: number; visits: number },
): Promise<PathSearchRow> {
  const g: Graph = new Map();
  const sides = [q.source, q.target].map((start) => ({ seen: new Set([start]), frontier: [start] }));
  const reasons = new Set<Truncation>();
  let reach = 0;
  let paths: PathRow[] = [];
  while (reach < q.maxHops) {
    const [a, b] = sides as [(typeof sides)[0], (typeof sides)[0]];
    if (!a.frontier.length || !b.frontier.length) break;
    const side = a.frontier.length <= b.frontier.length ? a : b;
    if (side.frontier.length > caps.breadth) reasons.add('SEARCH_CAP');
    const rows = await expand(side.frontier.slice(0, caps.breadth));
    reach++;
    const next: string[] = [];
    for (const row of rows) {
      if (row.capped) reasons.add('DEGREE_CAP');
      for (const { to, via, kind } of row.links)
        for (const id of to) {
          addLink(g, row.id, { to: id, via, kind });
          if (!side.seen.has(id)) {
            side.seen.add(id);
            next.push(id);
          }
        }
    }
    side.frontier = next;
    // Once a side has nothing left to expand, every path within the caps is among the known links.
    const done = !next.length;
    const listed = listPaths(g, q, done ? q.maxHops : reach, q.first, caps.visits);
    paths = listed.paths;
    if (listed.spent) reasons.add('SEARCH_CAP');
    if (paths.length > q.first || done || listed.spent) break;
  }
  if (paths.length > q.first) reasons.add('LIMIT');
  const order: Truncation[] = ['LIMIT', 'DEGREE_CAP', 'SEARCH_CAP'];
  return { paths: paths.slice(0, q.first), truncatedBy: order.filter((r) => reasons.has(r)) };
}
