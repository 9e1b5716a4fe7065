import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { stringify } from 'yaml';
import { removePrefix, subgraphDump } from './fixtures/hardening/digest';
import { prng, runIngestCli } from './fixtures/hardening/ingest-child';
import { evidenceCount, killSheet, writeSheets } from './fixtures/hardening/kill-sheets';
import { graphCounts, runCypher, testDb } from './helpers';

/**
 * Hardening 6: the ingest CLI killed with SIGKILL at pseudo-random points of a batch, then run again,
 * leaves exactly what one clean load leaves; an invalid sheet in a batch leaves everything as it was.
 */
const PREFIX = 'fx-kill-';
const SHEETS = 30;

describe('ingest under SIGKILL and invalid batches', () => {
  const db = testDb();
  const neo4j = inject('neo4j');
  const sheets = Array.from({ length: SHEETS }, (_, i) => killSheet(i));
  const expected = new Map(sheets.map((s) => [s.article.id, evidenceCount(s)]));
  let dir = '';

  beforeAll(async () => {
    await removePrefix(db, PREFIX);
    dir = mkdtempSync(join(tmpdir(), 'kg-kill-'));
    mkdirSync(join(dir, 'batch'));
    writeSheets(join(dir, 'batch'), sheets);
  });
  afterAll(async () => {
    await removePrefix(db, PREFIX);
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** What a partially written article would leave behind; empty when every article is whole. */
  async function partialArticles(): Promise<string[]> {
    const r = await runCypher(
      db,
      `MATCH (a:Article) WHERE a.id STARTS WITH $p
       RETURN a.id AS id, COUNT { (:Evidence {article: a.id})-[:FROM]->(a) } AS evidence,
              COUNT { (:Evidence {article: a.id}) } AS allEvidence, COUNT { (a)-[:PUBLISHED_BY]->() } AS publishers
       UNION ALL
       MATCH (v:Evidence) WHERE v.article STARTS WITH $p AND NOT EXISTS { (v)-[:FROM]->(:Article) }
       RETURN 'orphan evidence ' + v.id AS id, 0 AS evidence, 0 AS allEvidence, 1 AS publishers
       UNION ALL
       MATCH (e:Event) WHERE e.id STARTS WITH $p AND NOT EXISTS { (:Evidence)-[:SUPPORTS]->(e) }
       RETURN 'unsupported event ' + e.id AS id, 0 AS evidence, 0 AS allEvidence, 1 AS publishers
       UNION ALL
       MATCH (n:Node) WHERE n.id STARTS WITH $p WITH n.id AS id, count(*) AS c WHERE c > 1
       RETURN 'duplicate ' + id AS id, 0 AS evidence, 0 AS allEvidence, 1 AS publishers`,
      { p: PREFIX },
    );
    return r.records.flatMap((row) => {
      const [id, ev, all, pub] = ['id', 'evidence', 'allEvidence', 'publishers'].map((k) => row.get(k));
      const want = expected.get(id);
      if (want === undefined) return [String(id)];
      const ok = Number(ev) === want && Number(all) === want && Number(pub) === 1;
      return ok ? [] : [`${id}: ${ev}/${all} evidence of ${want}, ${pub} publisher(s)`];
    });
  }

  const articlesInGraph = async () =>
    (
      await runCypher(db, 'MATCH (a:Article) WHERE a.id STARTS WITH $p RETURN a.id AS id ORDER BY id', {
        p: PREFIX,
      })
    ).records.map((r) => r.get('id') as string);

  const pendingEvents = async () =>
    Number(
      (
        await runCypher(
          db,
          'MATCH (e:Event) WHERE e.id STARTS WITH $p AND e.corroborationPending IS NOT NULL RETURN count(e) AS n',
          { p: PREFIX },
        )
      ).records[0]?.get('n'),
    );

  it('killed at random points and re-run, it leaves the graph a clean load leaves', async () => {
    const rand = prng(20250723);
    const batch = join(dir, 'batch');
    // One kill at a random moment (anywhere: start-up, validation, writing), then four right after a
    // progress line chosen in successive fifths of the batch, at most a few ms into the next
    // transaction (ingest is fast enough that a longer wait may let it finish).
    const plans = [
      { afterMs: rand(500, 3000) },
      ...[0, 1, 2, 3].map((q) => ({
        afterLine: rand(1 + (q * SHEETS) / 5, ((q + 1) * SHEETS) / 5),
        thenMs: rand(0, 3),
      })),
    ];
    const killedMidBatch: number[] = [];
    for (const plan of plans) {
      // Two articles per transaction: many commit points, each with more than one article in it.
      const run = await runIngestCli(neo4j, ['--batch', '2', batch], plan);
      const present = new Set(await articlesInGraph());
      if ('afterLine' in plan) expect(run.killed, `ended by itself:\n${run.stderr}`).toBe(true);
      expect(run.killed ? run.signal : run.code, run.stderr).toBe(run.killed ? 'SIGKILL' : 0);
      // Whatever it reported as written was committed, and no article is half there.
      expect(run.reported.filter((r) => !present.has(r.article))).toEqual([]);
      expect(await partialArticles()).toEqual([]);
      if (run.reported.length < SHEETS && run.reported.length > 0) killedMidBatch.push(run.reported.length);
      const written = run.reported.filter((r) => r.status !== 'unchanged').length;
      console.log(
        `kill ${JSON.stringify(plan)}: ${run.reported.length} reported (${written} written), ${present.size} in graph`,
      );
    }
    expect(killedMidBatch.length).toBeGreaterThanOrEqual(3);

    const final = await runIngestCli(neo4j, ['--batch', '2', batch]);
    expect(final.code, final.stderr).toBe(0);
    expect(final.reported).toHaveLength(SHEETS);
    expect(final.reported.some((r) => r.status === 'unchanged')).toBe(true);
    expect(await articlesInGraph()).toEqual([...expected.keys()].sort());
    expect(await partialArticles()).toEqual([]);
    // Events a killed run wrote but never compared were compared by a later run.
    expect(await pendingEvents()).toBe(0);
    const afterKills = await subgraphDump(db, PREFIX);

    await removePrefix(db, PREFIX);
    expect(await subgraphDump(db, PREFIX)).toEqual([]);
    const clean = await runIngestCli(neo4j, [batch]);
    expect(clean.code, clean.stderr).toBe(0);
    expect(clean.reported.map((r) => r.status)).toEqual(Array(SHEETS).fill('created'));
    const cleanDump = await subgraphDump(db, PREFIX);
    expect(cleanDump.length).toBeGreaterThan(SHEETS * 8);
    expect(afterKills).toEqual(cleanDump);
  }, 300_000);

  it('compares what a run wrote but never compared, even when the next run finds nothing to write', async () => {
    // A run stopped between writing and comparing (here on purpose, with --no-corroborate) leaves its
    // events pending; the next run finds every article unchanged and must still compare them.
    await removePrefix(db, PREFIX);
    const first = await runIngestCli(neo4j, ['--no-corroborate', join(dir, 'batch')]);
    expect(first.code, first.stderr).toBe(0);
    expect(await pendingEvents()).toBeGreaterThan(SHEETS);
    const again = await runIngestCli(neo4j, [join(dir, 'batch')]);
    expect(again.code, again.stderr).toBe(0);
    expect(again.reported.map((r) => r.status)).toEqual(Array(SHEETS).fill('unchanged'));
    expect(await pendingEvents()).toBe(0);
    const swept = await subgraphDump(db, PREFIX);

    await removePrefix(db, PREFIX);
    const clean = await runIngestCli(neo4j, [join(dir, 'batch')]);
    expect(clean.code, clean.stderr).toBe(0);
    expect(swept).toEqual(await subgraphDump(db, PREFIX));
  }, 120_000);

  it('a batch with an invalid sheet in the middle exits non-zero, names it, and writes nothing', async () => {
    const bad = join(dir, 'bad');
    mkdirSync(bad);
    // Five sheets: new articles, and an edit of a loaded one, around one with an unknown entity.
    const edited = killSheet(0);
    edited.article.title.en = 'Edited, but never written';
    const broken = killSheet(33);
    (broken.events[0]?.participants[1] as { entity: string }).entity = `${PREFIX}nobody`;
    const batch = [killSheet(31), edited, broken, killSheet(34), killSheet(35)];
    batch.forEach((s, i) => {
      s.article.id = i === 1 ? s.article.id : `${PREFIX}bad-${i}`;
      writeFileSync(join(bad, `sheet-${i}.yaml`), stringify(s));
    });
    const counts = await graphCounts(db);
    const before = await subgraphDump(db, PREFIX);
    expect(before.length).toBeGreaterThan(0);

    const run = await runIngestCli(neo4j, [bad]);
    expect(run.code).toBe(1);
    expect(run.reported).toEqual([]);
    expect(run.stderr).toContain(
      `${join(bad, 'sheet-2.yaml')} at events[0].participants[1].entity: unknown entity id "${PREFIX}nobody"`,
    );
    expect(run.stderr).toMatch(/1 problem found, nothing was written/);
    expect(await graphCounts(db)).toEqual(counts);
    expect(await subgraphDump(db, PREFIX)).toEqual(before);
  }, 120_000);
});
