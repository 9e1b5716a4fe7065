import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFiles, sheetFiles } from '../src/facts/ingest';
import { type LoadedSheet, loadSheetFile } from '../src/facts/load';
import { DATA_DIR } from '../src/facts/seed';
import type { Db } from '../src/neo4j/db';
import { reconcileTallies } from '../src/timeline/tallies';
import { graphCounts, runCypher, testApp } from './helpers';

/** The second dataset: eight Saudi outlets' articles of August 2015, completed by hand. */
const NEWS_DIR = fileURLToPath(new URL('../data/news-2015/', import.meta.url));
const sheets = sheetFiles([NEWS_DIR]).map((f) => loadSheetFile(f) as LoadedSheet);
const articles = sheets.map((s) => s.sheet.article.id);

/**
 * Removes what the dataset added (its ids cannot carry the fixtures' "fx-" prefix): its articles and
 * their evidence, its events and relationships, and the entities it defines that the seed does not.
 */
async function removeDataset(db: Db, seedEntities: Set<string>) {
  const events = sheets.flatMap((s) => s.sheet.events.map((e) => e.id));
  const entities = sheets
    .flatMap((s) => s.sheet.entities.map((e) => e.id))
    .filter((id) => !seedEntities.has(id));
  await runCypher(
    db,
    'MATCH (n) WHERE (n:Evidence OR n:Article) AND (n.article IN $articles OR n.id IN $articles) DETACH DELETE n',
    {
      articles,
    },
  );
  await runCypher(db, 'MATCH (e:Event) WHERE e.id IN $events DETACH DELETE e', { events });
  await db.writeTx((tx) => reconcileTallies(tx, events));
  await runCypher(db, 'MATCH (n:Entity) WHERE n.id IN $entities DETACH DELETE n', { entities });
}

interface Ev {
  id: string;
  evidence: { article: { id: string; publisher: { id: string } } }[];
}
const EVENT = `query ($id: ID!) { node(id: $id) { ... on Event { id participants { entity { id } role }
  evidence { article { id publisher { id } } } } } }`;
const SEARCH = `query ($q: String!) { searchEntities(query: $q, first: 20) { entity { id } score } }`;
const TIMELINE = `query ($id: ID!, $articles: [ID!]) { entity(id: $id) { name(language: AR) aliases
  timeline(first: 100, filter: {articles: $articles}) { edges { node { id evidence { article { id publisher { id } } } } } } } }`;
const RELATIONS = `query ($id: ID!, $asOf: Date) { entity(id: $id) {
  relationships(asOf: $asOf) { type from { id } to { id } evidence { article { id } } } } }`;

describe('the August 2015 news dataset', () => {
  const { gql, db } = testApp();
  let before: { nodes: number; relationships: number };
  let seedEntities: Set<string>;

  beforeAll(async () => {
    const r = await runCypher(db, 'MATCH (e:Entity) RETURN collect(e.id) AS ids');
    seedEntities = new Set(r.records[0]?.get('ids') as string[]);
    before = await graphCounts(db);
    await ingestFiles(db, [NEWS_DIR]);
  });
  afterAll(() => removeDataset(db, seedEntities));

  async function data<T>(query: string, variables: Record<string, unknown>): Promise<T> {
    const res = await gql<T>(query, variables);
    expect(res.errors).toBeUndefined();
    return res.data as T;
  }
  const publishers = (evs: Ev[]) =>
    new Set(evs.flatMap((e) => e.evidence.map((v) => v.article.publisher.id)));
  const sources = (evs: Ev[]) => new Set(evs.flatMap((e) => e.evidence.map((v) => v.article.id)));

  it('is not what npm start seeds: the seed loader reads the top of data/ only', () => {
    expect(sheetFiles([DATA_DIR]).map((f) => basename(f))).toEqual(['enab-baladi-2025-07-23.yaml']);
  });

  it('holds eight articles from six outlets', () => {
    expect(articles).toHaveLength(8);
    expect(new Set(sheets.map((s) => s.sheet.article.publisher)).size).toBe(6);
  });

  it.each([
    ['داعش', 'islamic-state'],
    ['تنظيم الدولة', 'islamic-state'],
    ['الدولة الإسلامية', 'islamic-state'],
    ['ISIS', 'islamic-state'],
    ['اردوغان', 'recep-tayyip-erdogan'],
    ['إردوغان', 'recep-tayyip-erdogan'],
    ['Erdogan', 'recep-tayyip-erdogan'],
    ['انقرة', 'turkey'],
    ['تركيا', 'turkey'],
    ['جاوش اوغلو', 'mevlut-cavusoglu'],
    ['تشاووش أوغلو', 'mevlut-cavusoglu'],
  ])('resolves %s to exactly one entity, %s', async (q, id) => {
    const { searchEntities: hits } = await data<{
      searchEntities: { entity: { id: string }; score: number }[];
    }>(SEARCH, { q });
    // Score 4 and above: a name or alias equals the query (folded).
    expect(hits.filter((h) => h.score >= 4).map((h) => h.entity.id)).toEqual([id]);
  });

  it('gives ISIS events from at least six articles of at least five outlets', async () => {
    const { entity } = await data<{ entity: { timeline: { edges: { node: Ev }[] } } }>(TIMELINE, {
      id: 'islamic-state',
      articles,
    });
    const events = entity.timeline.edges.map((e) => e.node);
    expect(sources(events).size).toBeGreaterThanOrEqual(6);
    expect(publishers(events).size).toBeGreaterThanOrEqual(5);
  });

  it('keeps the seed’s Turkey (its names and aliases) and adds the 2015 events to it', async () => {
    const { entity } = await data<{
      entity: { name: string; aliases: string[]; timeline: { edges: { node: Ev }[] } };
    }>(TIMELINE, { id: 'turkey', articles });
    expect(entity.name).toBe('تركيا');
    expect(entity.aliases).toEqual(expect.arrayContaining(['Ankara', 'أنقرة']));
    expect(publishers(entity.timeline.edges.map((e) => e.node)).size).toBeGreaterThanOrEqual(5);
  });

  it('makes the Çavuşoğlu announcement one event with evidence from four outlets', async () => {
    const { node } = await data<{ node: Ev & { participants: { entity: { id: string }; role: string }[] } }>(
      EVENT,
      {
        id: '2015-08-05-cavusoglu-announces-comprehensive-battle-against-isis',
      },
    );
    expect(publishers([node])).toEqual(new Set(['aleqtisadiya', 'almadina', 'alriyadh', 'alyaum']));
    expect(node.participants).toEqual(
      expect.arrayContaining([
        { entity: { id: 'mevlut-cavusoglu' }, role: 'SPEAKER' },
        { entity: { id: 'turkey' }, role: 'SUBJECT' },
        { entity: { id: 'islamic-state' }, role: 'TARGET' },
      ]),
    );
  });

  it('makes the Nusra attack on the trained rebels one event, dated by one outlet, told by three', async () => {
    const { node } = await data<{ node: Ev }>(EVENT, { id: '2015-07-31-nusra-attacks-us-trained-rebels' });
    expect(publishers([node])).toEqual(new Set(['aawsat', 'alriyadh', 'alweeam']));
  });

  it('keeps Erdoğan’s post with evidence from several articles', async () => {
    const { entity } = await data<{
      entity: {
        relationships: { type: string; to: { id: string }; evidence: { article: { id: string } }[] }[];
      };
    }>(RELATIONS, { id: 'recep-tayyip-erdogan' });
    const post = entity.relationships.find((r) => r.type === 'HOLDS_POSITION_IN' && r.to.id === 'turkey');
    expect(new Set(post?.evidence.map((v) => v.article.id)).size).toBeGreaterThanOrEqual(3);
  });

  it('answers who headed the Turkish General Staff on either side of 5 August 2015', async () => {
    const heads = async (asOf: string) => {
      const { entity } = await data<{ entity: { relationships: { type: string; from: { id: string } }[] } }>(
        RELATIONS,
        { id: 'turkish-general-staff', asOf },
      );
      return entity.relationships.filter((r) => r.type === 'HEADS').map((r) => r.from.id);
    };
    expect(await heads('2015-08-04')).toEqual(['necdet-ozel']);
    expect(await heads('2015-08-06')).toEqual(['hulusi-akar']);
  });

  it('removes what it added: the graph is the seed again', async () => {
    await removeDataset(db, seedEntities);
    expect(await graphCounts(db)).toEqual(before);
    const { searchEntities } = await data<{ searchEntities: { entity: { id: string } }[] }>(SEARCH, {
      q: 'اردوغان',
    });
    expect(searchEntities.map((h) => h.entity.id)).not.toContain('recep-tayyip-erdogan');
  });
});
