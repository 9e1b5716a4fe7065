import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { ingestFiles, ingestSheets } from '../src/facts/ingest';
import { checkSheet } from '../src/facts/load';
import { SheetProblems } from '../src/facts/problems';
import { graphCounts, removeFixtures, runCypher, scratchDir, testDb } from './helpers';

const fixture = (name: string) => new URL(`./fixtures/sheets/${name}`, import.meta.url).pathname;
const alpha = () => parse(readFileSync(fixture('alpha.yaml'), 'utf8'));

describe('ingest', () => {
  const db = testDb();
  beforeAll(() => removeFixtures(db));
  afterAll(() => removeFixtures(db));

  it('loads sheets and reports what it created', async () => {
    const [a, b] = await ingestFiles(db, [fixture('alpha.yaml'), fixture('beta.yaml')]);
    expect(a).toMatchObject({
      article: 'fx-alpha',
      status: 'created',
      events: { created: 1 },
      relationships: { created: 1 },
      entities: { created: 4 },
    });
    expect(b).toMatchObject({ article: 'fx-beta', status: 'created', events: { unchanged: 0 } });
  });

  it('keeps one event with evidence from both articles', async () => {
    const rows = await runCypher(
      db,
      "MATCH (v:Evidence {claim: 'fx-meeting'}) RETURN v.article AS article, v.startOffset AS start, v.endOffset AS end ORDER BY article",
    );
    expect(rows.records.map((r) => [r.get('article'), Number(r.get('start')), Number(r.get('end'))])).toEqual(
      [
        ['fx-alpha', 10, 67],
        ['fx-beta', 0, 50],
      ],
    );
  });

  it('is idempotent: a second load changes nothing', async () => {
    const before = await graphCounts(db);
    const reports = await ingestFiles(db, [fixture('alpha.yaml'), fixture('beta.yaml')]);
    expect(reports.map((r) => r.status)).toEqual(['unchanged', 'unchanged']);
    expect(await graphCounts(db)).toEqual(before);
  });

  it('replaces only the edited article’s claims', async () => {
    const edited = alpha();
    edited.events[0].title.en = 'Ann Fx and the Beta Council meet';
    edited.relationships = [];
    const [r] = await ingestSheets(db, [checkSheet(edited, 'alpha-edited.yaml')]);
    expect(r).toMatchObject({ status: 'updated', events: { updated: 1 }, relationships: { removed: 1 } });
    const q = await runCypher(
      db,
      "MATCH (e:Event {id: 'fx-meeting'}) RETURN e.title_en AS title, COUNT { (v:Evidence {claim: 'fx-meeting'}) } AS evidence, COUNT { ()-[:RELATION {id: 'fx-ann.holds_position_in.fx-council'}]->() } AS rels",
    );
    const row = q.records[0];
    expect([row?.get('title'), Number(row?.get('evidence')), Number(row?.get('rels'))]).toEqual([
      'Ann Fx and the Beta Council meet',
      2,
      0,
    ]);
  });

  it('keeps an event another article still claims, and drops it when its last article stops claiming it', async () => {
    const edited = alpha();
    edited.events = [];
    edited.relationships = [];
    const [a] = await ingestSheets(db, [checkSheet(edited, 'alpha-none.yaml')]);
    // Beta still states the meeting: it stays, with Beta's participants only.
    expect(a).toMatchObject({ events: { removed: 0 } });
    const still = await runCypher(
      db,
      "MATCH (e:Event {id: 'fx-meeting'})<-[p:PARTICIPATED_IN]-(x) RETURN x.id AS who, p.sources AS sources",
    );
    expect(still.records.map((r) => [r.get('who'), r.get('sources')])).toEqual([['fx-council', ['fx-beta']]]);

    const beta = parse(readFileSync(fixture('beta.yaml'), 'utf8'));
    beta.events = [];
    const [b] = await ingestSheets(db, [checkSheet(beta, 'beta-none.yaml')]);
    expect(b).toMatchObject({ status: 'updated', events: { removed: 1 } });
    const gone = await runCypher(
      db,
      "OPTIONAL MATCH (e:Event {id: 'fx-meeting'}) RETURN count(e) AS events, COUNT { (:Evidence {claim: 'fx-meeting'}) } AS evidence",
    );
    expect([Number(gone.records[0]?.get('events')), Number(gone.records[0]?.get('evidence'))]).toEqual([
      0, 0,
    ]);
    await ingestFiles(db, [fixture('alpha.yaml'), fixture('beta.yaml')]);
  });

  it('fails a batch whose own pruning removes an event another of its articles links to, writing nothing', async () => {
    await ingestFiles(db, [fixture('alpha.yaml'), fixture('beta.yaml')]);
    const before = await graphCounts(db);
    // Alpha and Beta stop claiming the meeting (so the batch prunes it) while Gamma, checked
    // against the graph where the meeting still is, links its own event to it.
    const alphaNone = { ...alpha(), events: [], relationships: [] };
    const betaNone = { ...parse(readFileSync(fixture('beta.yaml'), 'utf8')), events: [] };
    const gamma = alpha();
    gamma.article.id = 'fx-gamma';
    gamma.events[0].id = 'fx-gamma-follow-up';
    gamma.events[0].related = [{ event: 'fx-meeting', type: 'FOLLOWS' }];
    gamma.relationships = [];
    const err = await ingestSheets(db, [
      checkSheet(alphaNone, 'alpha-none.yaml'),
      checkSheet(betaNone, 'beta-none.yaml'),
      checkSheet(gamma, 'gamma.yaml'),
    ]).catch((e) => e);
    expect(err).toBeInstanceOf(SheetProblems);
    expect((err as SheetProblems).message).toContain('this batch was not written');
    expect((err as SheetProblems).problems.map((p) => `${p.file}: ${p.message}`)).toEqual([
      'gamma.yaml: the related link from "fx-gamma-follow-up" to "fx-meeting" could not be made: one of them is not in the graph',
    ]);
    expect(await graphCounts(db)).toEqual(before);
  });

  it('writes nothing when any sheet of the batch is invalid, and names every problem', async () => {
    await ingestFiles(db, [fixture('alpha.yaml')]);
    const before = await graphCounts(db);
    const bad = alpha();
    bad.article.id = 'fx-gamma';
    bad.events[0].id = 'fx-other';
    bad.events[0].when = '2025-02-31';
    bad.events[0].participants.push({ entity: 'fx-nobody', role: 'ACTOR' });
    bad.events[0].evidence[0].quote = 'never said';
    bad.relationships[0].type = 'LIKES';
    const good = { ...alpha(), article: { ...alpha().article, id: 'fx-delta' } };
    const err = await ingestSheets(db, [checkSheet(good, 'good.yaml'), checkSheet(bad, 'bad.yaml')]).catch(
      (e) => e,
    );
    expect(err).toBeInstanceOf(SheetProblems);
    const lines = (err as SheetProblems).problems.map((p) => `${p.file} ${p.path}: ${p.message}`);
    expect(lines).toEqual([expect.stringMatching(/^bad.yaml relationships\[0\]\.type: Invalid option/)]);
    bad.relationships[0].type = 'HOLDS_POSITION_IN';
    const err2 = await ingestSheets(db, [checkSheet(good, 'good.yaml'), checkSheet(bad, 'bad.yaml')]).catch(
      (e) => e,
    );
    const lines2 = (err2 as SheetProblems).problems.map((p) => `${p.file} ${p.path}: ${p.message}`);
    expect(lines2).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^bad.yaml events\[0\]\.when: .*2025-02-31/),
        'bad.yaml events[0].evidence[0].quote: the quote does not occur in the article text: "never said"',
        'bad.yaml events[0].participants[2].entity: unknown entity id "fx-nobody" (not in this batch, nor in the graph)',
      ]),
    );
    expect(await graphCounts(db)).toEqual(before);
  });

  it('reports malformed YAML, wrong types and oversized files with their place', async () => {
    const dir = scratchDir('kg-ingest-files-'); // removed afterwards: the oversized file is 50 MB
    const broken = join(dir, 'broken.yaml');
    writeFileSync(broken, 'article:\n  id: [unclosed\n');
    const typed = join(dir, 'typed.yaml');
    writeFileSync(typed, stringify({ ...alpha(), entities: [{ id: 'fx-x', kind: 'PERSON', names: 'Bob' }] }));
    const huge = join(dir, 'huge.json');
    writeFileSync(huge, `{"pad":"${'x'.repeat(50 * 1024 * 1024)}"}`);
    const err = await ingestFiles(db, [broken, typed, huge, join(dir, 'missing.yaml')]).catch((e) => e);
    const lines = (err as SheetProblems).problems.map(
      (p) => `${p.file.replace(dir, '')} ${p.path}: ${p.message}`,
    );
    expect(lines[0]).toMatch(/^\/broken.yaml line \d+, column \d+: /);
    expect(lines).toContain('/typed.yaml entities[0].names: Invalid input: expected object, received string');
    expect(lines).toContain(
      '/huge.json : the file is 50.0 MB; a fact sheet may be at most 5 MB (split it by article)',
    );
    expect(lines).toContain('/missing.yaml : no such file');
  });
});
