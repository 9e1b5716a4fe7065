import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { GdeltProblems, importGdelt } from '../../src/gdelt/import';
import type { Db } from '../../src/neo4j/db';
import { forgetRemovedEvents, graphCounts, runCypher, testApp } from '../helpers';

const FIX = join(import.meta.dirname, '../fixtures/gdelt');
const ROOT = join(import.meta.dirname, '../..');
const { db, gql } = testApp();
const tmp = mkdtempSync(join(tmpdir(), 'gdelt-import-'));

/** Everything a GDELT import creates has an id starting "gdelt-" (evidence: a claim that does). */
async function removeGdelt(d: Db) {
  await runCypher(
    d,
    "MATCH (n) WHERE n.id STARTS WITH 'gdelt-' OR (n:Evidence AND n.claim STARTS WITH 'gdelt-') DETACH DELETE n",
  );
  await forgetRemovedEvents(d, 'gdelt-');
}
const prop = async (id: string, key: string) =>
  (await runCypher(db, `MATCH (n {id: $id}) RETURN n[$key] AS v`, { id, key })).records[0]?.get('v');

let before: { nodes: number; relationships: number };
beforeAll(async () => {
  before = await graphCounts(db);
});
afterAll(async () => {
  await removeGdelt(db);
  // Other test files see only the seed data again.
  expect(await graphCounts(db)).toEqual(before);
  rmSync(tmp, { recursive: true, force: true });
});

describe('GDELT import', () => {
  it('loads events, a newer update, the 1.0 and header-ful layouts, and mentions; counts what it did', async () => {
    const reports = await importGdelt(db, [FIX]);
    const byFile = Object.fromEntries(reports.map((r) => [r.file.split('/').pop(), r]));
    expect(byFile['20250807220000.export.CSV']?.events).toEqual({
      created: 3,
      updated: 0,
      unchanged: 0,
      older: 0,
    });
    expect(byFile['20250808220000.export.CSV']?.events).toEqual({
      created: 0,
      updated: 1,
      unchanged: 0,
      older: 1,
    });
    expect(byFile['20150801.export.txt']?.events?.created).toBe(1);
    expect(byFile['events-with-header.csv']?.events?.created).toBe(1);
    expect(byFile['20250807220000.mentions.CSV']?.mentions).toEqual({ written: 2, orphans: 1 });
  }, 180_000); // a fresh database plans every statement once

  it('serves an event as GraphQL: CAMEO code and kind, day, place, resolved participants, machine-coded evidence', async () => {
    const r = await gql<{ event: Record<string, unknown> }>(`{
      event(id: "gdelt-9900000001") {
        kind cameo title when { edtf precision }
        place { id kind name }
        participants { role entity { id kind } }
        evidence { method quote sentence confidence actionOffset actor1Offset article { url language publisher { name kind } } }
      } }`);
    expect(r.errors).toBeUndefined();
    const e = r.data?.event as Record<string, unknown>;
    // The newer DATEADDED replaced the older version: finer code 043, Istanbul instead of Syria.
    expect(e).toMatchObject({
      kind: 'CONSULT',
      cameo: '043',
      when: { edtf: '2025-08-05', precision: 'DAY' },
    });
    // "Istanbul, Istanbul, Turkey" resolved to the curated Istanbul province by its folded first part.
    expect(e.place).toEqual({ id: 'istanbul-province', kind: 'PLACE', name: 'Istanbul province' });
    // "TURKEY" (TUR) resolved to the curated Turkey by folded name; SYRGOV created as a government.
    expect(e.participants).toEqual(
      expect.arrayContaining([
        { role: 'ACTOR', entity: { id: 'turkey', kind: 'COUNTRY' } },
        { role: 'RECIPIENT', entity: { id: 'gdelt-actor-syrgov', kind: 'GOVERNMENT' } },
      ]),
    );
    expect(e.participants).toHaveLength(2);
    const evidence = e.evidence as Record<string, unknown>[];
    expect(evidence.every((v) => v.method === 'MACHINE_CODED' && v.quote === null)).toBe(true);
    expect(evidence.map((v) => (v.article as { url: string }).url).sort()).toEqual([
      'https://fx-arabic.example.net/a/9',
      'https://fx.example.org/news/1',
      'https://fx.example.org/news/3',
    ]);
    expect(evidence).toContainEqual({
      method: 'MACHINE_CODED',
      quote: null,
      sentence: 2,
      confidence: 60,
      actionOffset: 22,
      actor1Offset: null,
      article: {
        url: 'https://fx-arabic.example.net/a/9',
        language: 'AR',
        publisher: { name: 'fx-arabic.example.net', kind: 'MEDIA_OUTLET' },
      },
    });
    expect(Number(await prop('gdelt-9900000001', 'numMentions'))).toBe(9);
    expect(await prop('gdelt-9900000001', 'sources')).toEqual(['MACHINE_CODED']);
    // The older row for 9900000002 was ignored.
    expect(await prop('gdelt-9900000002', 'cameo')).toBe('190');
  });

  it('keeps fact-sheet evidence CURATED, and the event says which methods support it', async () => {
    const r = await gql<{ event: { evidence: { method: string }[] } }>(
      '{ event(id: "2025-07-23-mod-weekly-press-briefing") { evidence { method } } }',
    );
    const methods = r.data?.event.evidence.map((v) => v.method) ?? [];
    expect(methods.length).toBeGreaterThan(0);
    expect(new Set(methods)).toEqual(new Set(['CURATED']));
    expect(await prop('2025-07-23-mod-weekly-press-briefing', 'sources')).toEqual(['CURATED']);
  });

  it('puts GDELT events on the timeline next to curated ones (an ongoing curated event overlaps)', async () => {
    const r = await gql<{ timeline: { edges: { node: { id: string } }[] } }>(
      '{ timeline(filter: {from: "2025-08-05", to: "2025-08-07"}) { edges { node { id } } } }',
    );
    expect(r.errors).toBeUndefined();
    expect(r.data?.timeline.edges.map((x) => x.node.id)).toEqual([
      '2024-12-08-turkey-strengthens-relations-with-new-syrian-administration',
      'gdelt-9900000001',
      'gdelt-9900000002',
      'gdelt-9900000003',
    ]);
  });

  it('changes nothing when the same files (also zipped) are imported again', async () => {
    const counts = await graphCounts(db);
    const zip = join(tmp, '20250807220000.export.CSV.zip');
    writeFileSync(
      zip,
      zipSync({ '20250807220000.export.CSV': readFileSync(join(FIX, '20250807220000.export.CSV')) }),
    );
    const reports = await importGdelt(db, [FIX, zip]);
    for (const r of reports) {
      if (r.events) expect(r.events.created + r.events.updated).toBe(0);
    }
    expect(reports.find((r) => r.file === zip)?.events).toEqual({
      created: 0,
      updated: 0,
      unchanged: 2,
      older: 1,
    });
    expect(await graphCounts(db)).toEqual(counts);
  });

  it('fails a file with a bad row, writing nothing; --skip-bad loads the good rows and reports the bad', async () => {
    const counts = await graphCounts(db);
    const err = await importGdelt(db, [join(FIX, 'bad')]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GdeltProblems);
    expect((err as Error).message).toMatch(
      /bad\.export\.CSV:2: SQLDATE expected a day YYYYMMDD, got "20250231"/,
    );
    expect((err as Error).message).toMatch(/bad\.export\.CSV:3: EventCode expected a CAMEO code/);
    expect(await graphCounts(db)).toEqual(counts);
    const skipped: string[] = [];
    const reports = await importGdelt(db, [join(FIX, 'bad')], {
      skipBad: true,
      onProblem: (p) => skipped.push(`${p.line}`),
    });
    expect(skipped).toEqual(['2', '3', '4']);
    expect(reports[0]).toMatchObject({ rows: 4, bad: 3, events: { created: 1 } });
  });

  it('gives an actor it made before the new names a later file knows it by; a re-import changes nothing', async () => {
    const row = readFileSync(join(FIX, '20250807220000.export.CSV'), 'utf8')
      .split('\n')
      .find((l) => l.startsWith('9900000003\t')) as string;
    const renamed = join(tmp, '20250809220000.export.CSV');
    writeFileSync(
      renamed,
      `${row.replace('9900000003', '9900000060').replace('\tSYRIA\t', '\tASSAD REGIME\t')}\n`,
    );
    const names = async () => (await prop('gdelt-actor-syrgov', 'foldedNames')) as string[];
    await importGdelt(db, [join(FIX, '20250807220000.export.CSV')]); // SYRGOV as "SYRIA" (a no-op when loaded)
    expect(await names()).toEqual(expect.arrayContaining(['syria']));
    expect(await names()).not.toContain('assad regime');
    await importGdelt(db, [renamed]);
    expect(await names()).toEqual(expect.arrayContaining(['syria', 'assad regime']));
    const known = await names();
    const counts = await graphCounts(db);
    // Both files again: every actor is known under every name, so nothing is written.
    await importGdelt(db, [join(FIX, '20250807220000.export.CSV'), renamed]);
    expect(await names()).toEqual(known);
    expect(await graphCounts(db)).toEqual(counts);
  });

  it('runs as npm run import:gdelt: a clear error and exit 1 for bad rows, a JSON summary otherwise', async () => {
    const t = inject('neo4j');
    const env = {
      ...process.env,
      NEO4J_URI: t.uri,
      NEO4J_USERNAME: t.username,
      NEO4J_PASSWORD: t.password,
      NEO4J_DATABASE: t.database,
      LOG_LEVEL: 'silent',
    };
    const run = promisify(execFile);
    const cli = [join(ROOT, 'node_modules/.bin/tsx'), join(ROOT, 'src/cli/import-gdelt.ts')] as const;
    const bad = await run(cli[0], [cli[1], join(FIX, 'bad')], { env }).catch(
      (e: { code: number; stderr: string }) => e,
    );
    expect((bad as { code: number }).code).toBe(1);
    expect((bad as { stderr: string }).stderr).toMatch(/3 problems; nothing was written/);
    const ok = await run(cli[0], [cli[1], join(FIX, '20250807220000.export.CSV')], { env });
    expect(JSON.parse(ok.stdout)).toMatchObject({ rows: 3, files: [{ events: { unchanged: 2, older: 1 } }] });
  }, 60_000);
});
