import { checkSheet, type LoadedSheet } from '../../src/facts/load';
import { prepare } from '../../src/facts/prepare';
import type { PreparedArticle } from '../../src/facts/prepared';
import type { Db } from '../../src/neo4j/db';
import type { SheetInput } from '../corpus/generate';
import { deleteNodes } from './delete';

/**
 * The physical limit of loading the same data: a handful of plain UNWIND … CREATE statements, 1,000
 * rows each, with no validation, idempotence or per-article transactions. It writes into distinct
 * labels (RawEntity, RawArticle, RawEvent, RawEvidence; RAW_RELATION, as the relationship id
 * constraint is per type) in the same database, so it pays the same
 * store and page cache as our ingest but never touches the graph the queries read; the raw nodes
 * are deleted afterwards. Rows are built (with the same prepare step) before the clock starts.
 */
const STATEMENTS = {
  entities: 'UNWIND $rows AS x CREATE (e:RawEntity:RawNode {id: x.id}) SET e += x.props',
  articles: `UNWIND $rows AS x CREATE (a:RawArticle:RawNode {id: x.id}) SET a += x.props, a.published = date(x.props.published)
    WITH a, x MATCH (p:RawEntity {id: x.publisher}) CREATE (a)-[:PUBLISHED_BY]->(p)`,
  events: `UNWIND $rows AS x CREATE (e:RawEvent:RawNode {id: x.id}) SET e += x.props, e.edtf = x.span.edtf,
    e.start = date(x.span.start), e.end = date(x.span.end), e.precision = x.span.precision,
    e.lo = date(x.span.lo), e.hi = date(x.span.hi), e.sortKey = date(x.span.sortKey),
    e.orderKey = x.span.sortKey + '|' + toString(x.span.precisionRank) + '|' + x.id`,
  links: `UNWIND $rows AS x MATCH (a:RawEntity {id: x.entity}), (e:RawEvent {id: x.event})
    CALL (a, e, x) { WITH x WHERE x.role IS NULL CREATE (e)-[:AT]->(a) }
    CALL (a, e, x) { WITH x WHERE x.role IS NOT NULL CREATE (a)-[:PARTICIPATED_IN {role: x.role}]->(e) }`,
  relations: `UNWIND $rows AS x MATCH (a:RawEntity {id: x.from}), (b:RawEntity {id: x.to})
    CREATE (a)-[r:RAW_RELATION {id: x.id}]->(b) SET r += x.props`,
  evidence: `UNWIND $rows AS x MATCH (a:RawArticle {id: x.article})
    CREATE (v:RawEvidence) SET v = x.props CREATE (v)-[:FROM]->(a)
    WITH v, x MATCH (e:RawEvent {id: x.props.claim}) CREATE (v)-[:SUPPORTS]->(e)`,
};
const LABELS = ['RawEntity', 'RawArticle', 'RawEvent'];

/**
 * The graph's own indexes (cypher/migrations), on the raw labels: with `indexes: 'graph'` the raw
 * load pays the same index upkeep as ours (unique ids, the two full-text indexes, the range
 * indexes), so the ratio measures our statements and checks, not the cost of being searchable.
 */
const GRAPH_INDEXES = [
  'CREATE CONSTRAINT raw_node_id IF NOT EXISTS FOR (n:RawNode) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT raw_entity_id IF NOT EXISTS FOR (n:RawEntity) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT raw_article_id IF NOT EXISTS FOR (n:RawArticle) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT raw_event_id IF NOT EXISTS FOR (n:RawEvent) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT raw_evidence_id IF NOT EXISTS FOR (n:RawEvidence) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT raw_relation_id IF NOT EXISTS FOR ()-[r:RAW_RELATION]-() REQUIRE r.id IS UNIQUE',
  'CREATE FULLTEXT INDEX raw_entity_search IF NOT EXISTS FOR (e:RawEntity) ON EACH [e.searchText]',
  'CREATE FULLTEXT INDEX raw_event_text IF NOT EXISTS FOR (e:RawEvent) ON EACH [e.searchText]',
  ...['orderKey', 'lo', 'hi', 'kind'].map(
    (p) => `CREATE RANGE INDEX raw_event_${p} IF NOT EXISTS FOR (e:RawEvent) ON (e.${p})`,
  ),
  'CREATE RANGE INDEX raw_entity_kind IF NOT EXISTS FOR (e:RawEntity) ON (e.kind)',
  ...['claim', 'article', 'method'].map(
    (p) => `CREATE RANGE INDEX raw_evidence_${p} IF NOT EXISTS FOR (v:RawEvidence) ON (v.${p})`,
  ),
  'CREATE RANGE INDEX raw_relation_type IF NOT EXISTS FOR ()-[r:RAW_RELATION]-() ON (r.type)',
];
const GRAPH_INDEX_NAMES = GRAPH_INDEXES.map((q) => /(?:CONSTRAINT|INDEX) (\w+)/.exec(q)?.[1] ?? '');

function rowsOf(prepared: PreparedArticle[]) {
  const entities = new Map(prepared.flatMap((p) => p.entities.map((e) => [e.id, e] as const)));
  const relations = new Map(prepared.flatMap((p) => p.relations.map((r) => [r.id, r] as const)));
  return {
    entities: [...entities.values()].map((e) => ({ id: e.id, props: e.props })),
    articles: prepared.map((p) => ({
      id: p.article.id,
      props: p.article.props,
      publisher: p.article.publisher,
    })),
    events: prepared.flatMap((p) => p.events.map((e) => ({ id: e.id, props: e.props, span: e.span }))),
    links: prepared.flatMap((p) =>
      p.events.flatMap((e) => [
        ...e.participants.map((x) => ({ entity: x.entity, event: e.id, role: x.role })),
        ...(e.place ? [{ entity: e.place, event: e.id, role: null }] : []),
      ]),
    ),
    relations: [...relations.values()].map((r) => ({ id: r.id, from: r.from, to: r.to, props: r.props })),
    evidence: prepared.flatMap((p) => p.evidence.map((v) => ({ article: p.article.id, props: v }))),
  };
}

export async function ingestRaw(
  db: Db,
  sheets: SheetInput[],
  indexes: 'ids' | 'graph' = 'ids',
): Promise<{ events: number; ms: number }> {
  const prepared = sheets.map((s) => {
    const r = prepare(checkSheet(s, `${s.article.id}.json`) as LoadedSheet);
    if (!r.prepared) throw new Error(`raw load: ${JSON.stringify(r.problems.slice(0, 3))}`);
    return r.prepared;
  });
  const rows = rowsOf(prepared);
  const run = (q: string, params: Record<string, unknown>) =>
    db.driver.executeQuery(q, params, { database: db.database });
  if (indexes === 'graph') for (const q of GRAPH_INDEXES) await run(q, {});
  else for (const l of LABELS) await run(`CREATE INDEX raw_${l} IF NOT EXISTS FOR (n:${l}) ON (n.id)`, {});
  await run('CALL db.awaitIndexes(60)', {});
  const t0 = performance.now();
  for (const [name, statement] of Object.entries(STATEMENTS)) {
    const all = rows[name as keyof typeof rows];
    for (let i = 0; i < all.length; i += 1_000) await run(statement, { rows: all.slice(i, i + 1_000) });
  }
  const ms = performance.now() - t0;
  return { events: rows.events.length, ms };
}

/** Removes everything the raw load wrote, and its indexes. */
export async function dropRaw(db: Db): Promise<void> {
  await deleteNodes(db, 'n:RawEntity OR n:RawArticle OR n:RawEvent OR n:RawEvidence');
  const session = db.driver.session({ database: db.database });
  try {
    for (const l of LABELS) await session.run(`DROP INDEX raw_${l} IF EXISTS`);
    for (const name of GRAPH_INDEX_NAMES)
      await session.run(
        name.endsWith('_id') ? `DROP CONSTRAINT ${name} IF EXISTS` : `DROP INDEX ${name} IF EXISTS`,
      );
  } finally {
    await session.close();
  }
}
