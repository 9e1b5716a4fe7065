import { Kind, parse, type SelectionSetNode } from 'graphql';
import neo4j, { type Driver } from 'neo4j-driver';
import { searchPaths } from '../../src/graph/paths';
import { GRAPH_CAPS, hoodEdges, hoodNodes, pathLevel } from '../../src/graph/statements';
import { cypher } from '../../src/neo4j/cypher';
import type { Query } from '../../src/neo4j/db';
import { toParams, toPlain } from '../../src/neo4j/plain';
import { planFilter, type TimelineFilter } from '../../src/timeline/filter';
import { linkKeyStreams } from '../../src/timeline/link-keys';
import { pageProjection, type Selection } from '../../src/timeline/projection';
import {
  keyedPageStatement,
  pageStatement,
  projectionParams,
  tallyParams,
  tallyStatement,
} from '../../src/timeline/store';
import type { ShapeParams } from './params';
import { EVENT_FIELDS } from './shapes';

/** Runs one named query (cypher/queries/<name>.cypher) or composed statement, and returns plain rows. */
export type Run = (query: Query, params: Record<string, unknown>) => Promise<Record<string, unknown>[]>;

/** The Cypher text of a query name or a composed statement. */
export const statementText = (query: Query): string =>
  typeof query === 'string' ? cypher(query) : query.text;
/** Runs work in one read transaction (neighbourhood reads two queries from one snapshot). */
export type InTx = <R>(work: (run: Run) => Promise<R>) => Promise<R>;

/** A result's records as plain rows, as our executor converts them. */
export const plainRows = (r: { records: { toObject(): object }[] }) =>
  r.records.map((x) => toPlain(x.toObject()) as Record<string, unknown>);

/**
 * Sends each statement straight through the driver in one auto-commit transaction, one exchange,
 * as our single reads (timeline pages, search, the loaders) and the best statements are sent.
 */
export const autoCommitRun =
  (driver: Driver, database: string): Run =>
  async (query, params) => {
    const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
    try {
      return plainRows(await session.run(statementText(query), toParams(params) as object));
    } finally {
      await session.close();
    }
  };

/**
 * The queries our resolvers send for each shape, in the same order and with the same parallelism
 * (DataLoader batches of one level run together; the next level waits), without GraphQL.
 */
async function timelinePage(run: Run, first: number, filter: TimelineFilter) {
  const plan = planFilter(filter);
  // One statement: the page with the properties, participants and evidence the shape selects, as
  // the resolver sends it for that selection.
  const projection = pageProjection(selectionOf(EVENT_FIELDS));
  const params = { ...plan.params, ...projectionParams(projection), limit: first + 1 };
  const bounds = { above: null, below: null };
  // An entity's page reads the link time keys (the graph's are all written: the bench loads
  // through the ingest).
  if (plan.keyed) {
    const streams = linkKeyStreams(plan.keyed.entities, plan.params, bounds);
    return run(keyedPageStatement(plan.keyed, false, projection), { ...params, streams });
  }
  return run(pageStatement(plan, bounds, false, projection), params);
}

/** A selection set's fields as graphql-fields gives them (field name → sub-selection). */
function selectionOf(fields: string): Selection {
  const walk = (set: SelectionSetNode | undefined): Selection =>
    Object.fromEntries(
      (set?.selections ?? []).flatMap((s) =>
        s.kind === Kind.FIELD ? [[s.name.value, walk(s.selectionSet)]] : [],
      ),
    );
  const [op] = parse(`{ ${fields} }`).definitions;
  return walk(op?.kind === Kind.OPERATION_DEFINITION ? op.selectionSet : undefined);
}

export const RAW: Record<string, (run: Run, inTx: InTx, p: ShapeParams) => Promise<unknown>> = {
  timeline20: (run) => timelinePage(run, 20, {}),
  timeline100: (run) => timelinePage(run, 100, {}),
  timelineFiltered: (run, _tx, p) => timelinePage(run, 20, { entities: [p.entity], from: p.from, to: p.to }),
  histogram: (run, _tx, p) => histogram(run, { from: p.histFrom, to: p.histTo }),
  histogramEntity: (run, _tx, p) => histogram(run, { from: p.histFrom, to: p.histTo, entities: [p.topHub] }),
  histogramKind: (run, _tx, p) => histogram(run, { from: p.histFrom, to: p.histTo, kinds: [p.kind] }),
  searchArabic: (run, _tx, p) => search(run, p.searchArabic),
  searchLatin: (run, _tx, p) => search(run, p.searchLatin),
  connection4: (run, inTx, p) => connection(run, inTx, p.pathFrom, p.pathTo),
  connection4Hubs: (run, inTx, p) => connection(run, inTx, p.topHub, p.secondHub),
  connection4HubEnd: (run, inTx, p) => connection(run, inTx, p.topHub, p.pathTo),
  neighbourhood2: (_run, inTx, p) => neighbourhood(inTx, p.hub),
  neighbourhood2Hub: (_run, inTx, p) => neighbourhood(inTx, p.topHub),
};

/** What the resolver sends for a histogram the tallies keep: the tally statement of its scopes. */
function histogram(run: Run, filter: TimelineFilter) {
  const plan = planFilter(filter);
  return run(tallyStatement(plan, 'MONTH'), tallyParams(plan, 'MONTH'));
}

/** The bounded path search (its levels in one read transaction), then the steps' rows. */
async function connection(run: Run, inTx: InTx, source: string, target: string) {
  const level = pathLevel({ since: null, until: null, sources: null });
  const { paths } = await inTx((tx) =>
    searchPaths(
      async (ids) => (await tx(level.statement, { ...level.params, ids })) as never,
      { source, target, maxHops: 4, first: 3 },
      GRAPH_CAPS,
    ),
  );
  const steps = paths.flatMap((x) => x.steps);
  const via = (kind: string) => [...new Set(steps.filter((s) => s.kind === kind).map((s) => s.via))];
  return Promise.all([
    run('entity/by-ids', { ids: [...new Set(steps.flatMap((s) => [s.from, s.to]))] }),
    run('relationship/by-ids', { ids: via('RELATIONSHIP') }),
    run('event/by-ids', { ids: via('EVENT') }),
  ]).then(([entities, relationships, events]) => ({ paths, entities, relationships, events }));
}

/** The depth-2 neighbourhood's nodes, then the links between them, in one read transaction. */
function neighbourhood(inTx: InTx, id: string) {
  const during = { since: null, until: null };
  const nodes = hoodNodes(2, 200, during);
  const links = hoodEdges(200, during);
  return inTx(async (run) => {
    const [found] = await run(nodes.statement, { ...nodes.params, id });
    // Nodes come as lists, the id first (cypher/fragments/graph/hood.cypher).
    const ids = ((found?.nodes ?? []) as [string][]).map((n) => n[0]);
    const [edges] = await run(links.statement, { ...links.params, id, ids });
    return { ...found, ...edges };
  });
}

/** What src/search/store.ts sends: the Lucene query of the folded words, ranked by tier, with the entities. */
async function search(run: Run, query: string) {
  const { entityLuceneQuery } = await import('../../src/search/store');
  const { foldText } = await import('../../src/text/fold');
  const { lucene, words } = entityLuceneQuery(query);
  return run('search/entities', {
    lucene,
    words,
    folded: foldText(query),
    kinds: null,
    candidates: 200,
    first: 10,
  });
}
