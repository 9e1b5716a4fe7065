import { describe, expect, it } from 'vitest';
import { type GraphFilter, hoodEdges, hoodNodes, pathLevel } from '../src/graph/statements';
import type { Composed } from '../src/neo4j/cypher';
import type { Params } from '../src/neo4j/db';
import { runCypher, testDb } from './helpers';

/** Every filter a path search or neighbourhood takes: each end of the range given or not, and sources. */
function* filters(withSources: boolean): Generator<GraphFilter> {
  const sources = withSources ? [null, ['CURATED'], ['MACHINE_CODED'], ['CURATED', 'MACHINE_CODED']] : [null];
  for (const since of [null, '2024-01-01'])
    for (const until of [null, '2024-12-31']) for (const s of sources) yield { since, until, sources: s };
}

interface Shape {
  statement: Composed;
  params: Params;
}

/** Every statement shape the graph fields send, with the parameters they send it with. */
function shapes(): Shape[] {
  const out: Shape[] = [];
  for (const f of filters(true)) {
    const s = pathLevel(f);
    out.push({ ...s, params: { ...s.params, ids: ['fx-a'] } });
  }
  for (const f of filters(false)) {
    for (const depth of [1, 2, 3]) {
      const s = hoodNodes(depth, 200, f);
      out.push({ ...s, params: { ...s.params, id: 'fx-a' } });
    }
    const s = hoodEdges(200, f);
    out.push({ ...s, params: { ...s.params, id: 'fx-a', ids: ['fx-a'] } });
  }
  return out;
}

interface PlanNode {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: PlanNode[];
}
const operators = (p: PlanNode): PlanNode[] => [p, ...p.children.flatMap(operators)];

describe('graph statements', () => {
  const db = testDb();
  const all = shapes();

  it('give each filter shape its own statement, with no catch-all predicate, every value a parameter', () => {
    // Path search: 4 time shapes × 3 source shapes (none; with CURATED, so with relationships, as
    // both kinds are; without). Neighbourhood: 4 time shapes × (3 depths + the links).
    expect(new Set(all.map((s) => s.statement.name)).size).toBe(12 + 16);
    for (const { statement, params } of all) {
      // No `$param IS NULL OR …` (the null row of hood-level marks a capped node, not a filter left out).
      expect(statement.text).not.toMatch(/\$[a-zA-Z]+ IS NULL OR|\{\{/);
      // A parameter is sent exactly when the statement uses it.
      const used = new Set([...statement.text.matchAll(/\$([a-zA-Z]+)/g)].map((m) => m[1]));
      expect(Object.keys(params).sort(), statement.name).toEqual([...used].sort());
      for (const value of Object.values(params)) expect(value).not.toBeNull();
    }
    // Sources that leave curated sheets out leave relationships out of the path search.
    const machine = pathLevel({ since: null, until: null, sources: ['MACHINE_CODED'] }).statement.text;
    expect(machine).not.toContain('RELATION]');
    expect(pathLevel({ since: null, until: null, sources: ['CURATED'] }).statement.text).toContain(
      ':RELATION]',
    );
  });

  it('plan every shape from the given ids: no label or all-nodes scan, every expansion bounded by a LIMIT', {
    timeout: 300_000,
  }, async () => {
    const scans: string[] = [];
    const unbounded: string[] = [];
    for (const { statement, params } of all) {
      const r = await runCypher(db, `EXPLAIN ${statement.text}`, params);
      const ops = operators(r.summary.plan as unknown as PlanNode);
      for (const op of ops)
        if (
          /^(AllNodesScan|NodeByLabelScan|DirectedRelationshipTypeScan|UndirectedRelationshipTypeScan)/.test(
            op.operatorType,
          )
        )
          scans.push(`${statement.name}: ${op.operatorType}`);
      // Each arm reads a node's links under a Limit ($scan or a cap): as many Limits as expansions
      // from a frontier node (an event's participants in the path search are its own handful).
      const expands = ops.filter((op) => op.operatorType.startsWith('Expand(All)')).length;
      const limits = ops.filter((op) => op.operatorType.startsWith('Limit')).length;
      if (limits < expands - (statement.name.includes('paths-expand') ? 1 : 0))
        unbounded.push(`${statement.name}: ${expands} expansions, ${limits} limits`);
    }
    expect(scans).toEqual([]);
    expect(unbounded).toEqual([]);
  });
});
