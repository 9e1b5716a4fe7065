import { describe, expect, it } from 'vitest';
import { type Composed, compose } from '../src/neo4j/cypher';
import { type FilterPlan, planFilter, type TimelineFilter } from '../src/timeline/filter';
import { linkKeyStreams } from '../src/timeline/link-keys';
import { pageProjection } from '../src/timeline/projection';
import {
  keyedPageStatement,
  pageStatement,
  projectionParams,
  tallyParams,
  tallyStatement,
} from '../src/timeline/store';
import { runCypher, testDb } from './helpers';

/** Every combination of the filters a timeline takes, with and without an anchor entity. */
function* shapes(): Generator<{ filter: TimelineFilter; anchor: string | null }> {
  const on = [false, true];
  for (const anchor of [null, 'fx-red'])
    for (const entities of [null, 'ANY', 'ALL'] as const)
      for (const kinds of on)
        for (const from of on)
          for (const to of on)
            for (const text of on)
              for (const articles of on)
                for (const sources of on)
                  yield {
                    anchor,
                    filter: {
                      entities: entities ? ['fx-red', 'fx-blue'] : null,
                      entityMatch: entities ?? 'ANY',
                      kinds: kinds ? ['CONSULT'] : null,
                      from: from ? '2025-01-01' : null,
                      to: to ? '2025-12-31' : null,
                      text: text ? 'harbour' : null,
                      articles: articles ? ['fx-timeline'] : null,
                      sources: sources ? ['MACHINE_CODED'] : null,
                    },
                  };
}

// A descending page differs from an ascending one only in its ORDER BY, a later page from a first
// one in a bound on the order key, a page with its lists from one without only after its LIMIT, and a
// histogram from a count only in what it aggregates after the same match (its four granularities only
// in the bucket expression): first pages and counts of every shape, and a later page with its lists
// and a histogram of every source, are planned.
const NO_LISTS = pageProjection({ id: {} });
const LISTS = pageProjection({ title: {}, participants: { entity: { name: {} } }, evidence: { quote: {} } });
const STATEMENTS = [
  (plan: FilterPlan) => pageStatement(plan, { above: null, below: null }, false, NO_LISTS),
  (plan: FilterPlan) => compose('timeline', plan.source, plan.predicates, 'return-count'),
];

interface PlanNode {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: PlanNode[];
}

const operators = (p: PlanNode): PlanNode[] => [p, ...p.children.flatMap(operators)];

describe('timeline statements', () => {
  const db = testDb();

  it('give each filter shape its own statement, with no catch-all predicate and no cap', () => {
    const names = new Set<string>();
    for (const { filter, anchor } of shapes()) {
      const plan = planFilter(filter, anchor);
      const statement = compose('timeline', plan.source, plan.predicates, 'return-count');
      names.add(statement.name);
      expect(statement.text).not.toMatch(/IS NULL OR/);
      expect(statement.text).not.toMatch(/LIMIT/);
      for (const [key, value] of Object.entries(plan.params)) {
        expect(statement.text).toContain(`$${key}`);
        expect(value).not.toBeNull();
      }
    }
    expect(names.size).toBe(2 * 3 * 2 ** 6);
  });

  it('plan every shape on an index: no label scan or all-nodes scan over events', {
    timeout: 600_000,
  }, async () => {
    const plans = [...shapes()].map(({ filter, anchor }) => planFilter(filter, anchor));
    const statements: { statement: Composed; params: Record<string, unknown> }[] = plans.flatMap((plan) =>
      STATEMENTS.map((statementOf) => ({
        statement: statementOf(plan),
        params: { ...plan.params, ...projectionParams(NO_LISTS), keyAbove: '', limit: 21 },
      })),
    );
    for (const source of new Set(plans.map((p) => p.source))) {
      const plan = plans.find((p) => p.source === source && p.predicates.length === 0) as FilterPlan;
      const params = { ...plan.params, keyAbove: '', limit: 21 };
      statements.push({ statement: compose('timeline', source, [], 'return-histogram-month'), params });
      statements.push({
        statement: pageStatement(plan, { above: '', below: null }, false, LISTS),
        params: { ...params, ...projectionParams(LISTS) },
      });
    }
    // Histograms added up from the tallies: every granularity, with and without each time bound, on
    // month edges (monthly tallies for months and years) and inside months (daily tallies).
    for (const granularity of ['DAY', 'WEEK', 'MONTH', 'YEAR'] as const)
      for (const bounds of [
        {},
        { from: '2025-01-01' },
        { to: '2025-12-31' },
        { from: '2025-01-01', to: '2025-12-31' },
        { from: '2025-01-15' },
        { to: '2025-12-15' },
        { from: '2025-01-15', to: '2025-12-15' },
      ]) {
        const plan = planFilter(bounds);
        statements.push({
          statement: tallyStatement(plan, granularity),
          params: tallyParams(plan, granularity),
        });
      }
    // Pages of entities or an anchor read from the link time keys: every such shape, and each must
    // seek both relationship indexes (a plan that starts from the events' span indexes instead reads
    // every event in the time range, which is what these keys are for).
    const keyed = new Set<string>();
    for (const plan of plans)
      if (plan.keyed) {
        const statement = keyedPageStatement(plan.keyed, false, NO_LISTS);
        keyed.add(statement.name);
        const streams = linkKeyStreams(plan.keyed.entities, plan.params, { above: null, below: null });
        statements.push({
          statement,
          params: { ...plan.params, ...projectionParams(NO_LISTS), streams, limit: 21 },
        });
      }
    // One statement per set of predicates: the entities (none beyond the anchor, any, all), kinds,
    // from, to and sources; whose keys are read is a parameter.
    expect(keyed.size).toBe(3 * 2 ** 4);
    const scans: string[] = [];
    const explain = async ({ statement, params }: (typeof statements)[number]) => {
      const r = await runCypher(db, `EXPLAIN ${statement.text}`, params);
      const ops = operators(r.summary.plan as unknown as PlanNode);
      if (keyed.has(statement.name)) {
        const seeks = ops.filter(
          (op) =>
            op.operatorType.startsWith('DirectedRelationshipIndexSeekByRange') &&
            /:(PARTICIPATED_IN|AT)\(timeKey\)/.test(String(op.arguments.Details)),
        );
        if (seeks.length !== 2) scans.push(`${statement.name}: ${seeks.length} link time key seeks`);
      }
      for (const op of ops) {
        const details = String(op.arguments.Details ?? '');
        const labelScan =
          op.operatorType.startsWith('NodeByLabelScan') &&
          (details.includes(':Event') || details.includes(':TimelineTally'));
        if (op.operatorType.startsWith('AllNodesScan') || labelScan)
          scans.push(`${statement.name}: ${op.operatorType} ${details}`);
      }
    };
    // Planning is CPU work in the server: a few at a time.
    for (let i = 0; i < statements.length; i += 4) await Promise.all(statements.slice(i, i + 4).map(explain));
    expect(statements).toHaveLength(2 * 3 * 2 ** 6 * STATEMENTS.length + 6 * 2 + 4 * 7 + 80);
    // Known scans, each read from every event by nature: a histogram with no filter counts them all,
    // and how evidence was obtained is a list property (Event.sources) that no range index serves,
    // so counting by it alone reads every event (its pages walk the order index and stop early).
    expect(scans.sort()).toEqual([
      'timeline:source-all[]return-histogram-month: NodeByLabelScan@neo4j e:Event',
      'timeline:source-all[where-sources]return-count: NodeByLabelScan@neo4j e:Event',
    ]);
  });
});
