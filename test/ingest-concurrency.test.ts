import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ingestSheets } from '../src/facts/ingest';
import { checkSheet, type LoadedSheet } from '../src/facts/load';
import { SheetProblems } from '../src/facts/problems';
import { validateBatch } from '../src/facts/validate';
import { writeBatch } from '../src/facts/write';
import { removePrefix, subgraphDump } from './fixtures/hardening/digest';
import { runIngestCli } from './fixtures/hardening/ingest-child';
import { killSheet, writeSheets } from './fixtures/hardening/kill-sheets';
import { runCypher, testApp } from './helpers';

/**
 * Writers of facts are serialised (one queue in the process, a lock node across processes) and check
 * their references inside the transaction that writes: the CLI, in-process loads and mutations of
 * the same and of different articles, all at once, leave exactly what one serial load leaves.
 */
const PREFIX = 'fx-kill-';
const SHEETS = 30;
const MUTATION = `mutation($sheet: JSON!) { ingestFactSheet(sheet: $sheet) { article status } }`;
const WRITE = { authorization: 'Bearer test-write-token-0123456789' };

describe('ingest under concurrency', () => {
  const { gql, db } = testApp();
  const neo4j = inject('neo4j');
  const sheets = Array.from({ length: SHEETS }, (_, i) => killSheet(i));
  const load = (batchArticles: number) =>
    ingestSheets(
      db,
      sheets.map((s, i) => checkSheet(s, `sheet-${i}.json`)),
      { batchArticles },
    );
  let dir = '';

  beforeAll(async () => {
    await removePrefix(db, PREFIX);
    dir = mkdtempSync(join(tmpdir(), 'kg-concurrency-'));
    writeSheets(dir, sheets);
  });
  afterAll(async () => {
    await removePrefix(db, PREFIX);
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('leaves what a serial load leaves, with no error, when everyone writes at once', {
    timeout: 240_000,
  }, async () => {
    await load(SHEETS);
    const serial = await subgraphDump(db, PREFIX);
    expect(serial.length).toBeGreaterThan(200);
    await removePrefix(db, PREFIX);

    // Self-contained sheets (they define every entity they use and link no other article's event),
    // each sent twice at once through the API.
    const mutated = [0, 2, 6, 10, 14, 18];
    const [cli, inProcess, ...mutations] = await Promise.all([
      runIngestCli(neo4j, ['--batch', '5', dir], {}, 180_000),
      load(7),
      ...mutated.flatMap((i) => [0, 1].map(() => gql(MUTATION, { sheet: sheets[i] }, WRITE))),
    ]);

    expect(cli.stderr).not.toMatch(/error|problem/i);
    expect(cli.code).toBe(0);
    expect(inProcess).toHaveLength(SHEETS);
    for (const m of mutations) {
      expect(m.errors).toBeUndefined();
      expect(m.data).toMatchObject({
        ingestFactSheet: { status: expect.stringMatching(/created|unchanged/) },
      });
    }
    // Of each pair of identical mutations, at most one created the article.
    const created = mutations.filter(
      (m) => (m.data as { ingestFactSheet: { status: string } }).ingestFactSheet.status === 'created',
    );
    expect(created.length).toBeLessThanOrEqual(mutated.length);
    expect(await subgraphDump(db, PREFIX)).toEqual(serial);
  });

  it('fails a batch whose referent is gone by the time it is written, with a clear error', async () => {
    // Checked and prepared while the referent exists, written after it was removed: the check
    // inside the write transaction catches it, and nothing of the batch is written.
    await removePrefix(db, PREFIX);
    await load(SHEETS);
    const odd = sheets[1] as ReturnType<typeof killSheet>;
    const edited = { ...odd, article: { ...odd.article, title: { en: 'Kill report 1, edited' } } };
    const checked = await validateBatch(db, [checkSheet(edited, 'edited.json') as LoadedSheet]);
    expect(checked.problems).toEqual([]);
    const needs = odd.events[0]?.participants[0]?.entity as string;
    await runCypher(db, 'MATCH (n:Entity {id: $id}) DETACH DELETE n', { id: needs });
    const write = writeBatch(db, checked.prepared);
    await expect(write).rejects.toBeInstanceOf(SheetProblems);
    await expect(write).rejects.toThrow(`unknown entity id "${needs}"`);
    await expect(write).rejects.toThrow('this batch was not written');
    const r = await runCypher(db, 'MATCH (a:Article {id: $id}) RETURN a.title_en AS title', {
      id: odd.article.id,
    });
    expect(r.records.map((x) => x.get('title'))).toEqual(['Kill report 1']);
  });
});
