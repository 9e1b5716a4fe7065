import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assess } from '../../src/corroboration/score';
import { importGdelt } from '../../src/gdelt/import';
import { side } from '../fixtures/corroboration-side';
import { forgetRemovedEvents, graphCounts, runCypher, testApp } from '../helpers';

const FIX = join(import.meta.dirname, '../fixtures/gdelt');
const WRITE = { authorization: 'Bearer test-write-token-0123456789' };
const { db, gql } = testApp();

describe('corroboration score', () => {
  it('adds up overlapping dates, shared participants, CAMEO roots and place, with reasons', () => {
    const a = side({ participants: [{ entity: 'turkey', role: 'ACTOR' }], place: 'ankara' });
    const b = side({
      id: 'b',
      cameo: '042',
      participants: [{ entity: 'turkey', role: 'ACTOR' }],
      place: 'ankara',
    });
    expect(assess(a, b)).toEqual({
      score: 0.9,
      reasons: [
        'same day 2025-06-05',
        'shared participants: turkey',
        'same CAMEO root 04',
        'same place ankara',
      ],
      contradictions: [],
    });
    expect(
      assess(a, side({ id: 'c', cameo: '190', edtf: '2025-07-01', lo: '2025-07-01', hi: '2025-07-01' }))
        .score,
    ).toBe(0);
  });

  it('counts an overlap of open or year-long spans as weak: an open span overlaps almost anything', () => {
    const turkey = [{ entity: 'turkey', role: 'ACTOR' }];
    const day = side({ participants: turkey, cameo: '190' });
    const open = side({
      id: 'o',
      edtf: '2015-07-23~/..',
      precision: 'OPEN',
      lo: '2015-07-23',
      hi: '9999-12-31',
    });
    const year = side({ id: 'y', edtf: '2025', precision: 'YEAR', lo: '2025-01-01', hi: '2025-12-31' });
    const sameRest = { participants: turkey, cameo: '193' };
    expect(assess(day, { ...open, ...sameRest })).toMatchObject({
      score: 0.4,
      reasons: [
        'loosely overlapping dates 2025-06-05 and 2015-07-23~/..',
        'shared participants: turkey',
        'same CAMEO root 19',
      ],
    });
    expect(assess(day, { ...year, ...sameRest }).score).toBe(0.5);
    expect(assess(day, side({ id: 'd', ...sameRest })).score).toBe(0.7);
  });

  it('reports dates given differently, and the same entity in incompatible roles', () => {
    const a = side({ participants: [{ entity: 'turkey', role: 'ACTOR' }], articles: ['by-x'] });
    const b = side({
      id: 'b',
      edtf: '2025-06-01~/2025-06-10~',
      precision: 'PART_OF_MONTH',
      lo: '2025-06-01',
      hi: '2025-06-10',
      participants: [{ entity: 'turkey', role: 'TARGET' }],
      articles: ['by-y'],
    });
    expect(assess(a, b).contradictions).toEqual([
      'reported as 2025-06-05 by by-x, as 2025-06-01~/2025-06-10~ by by-y',
      'turkey is ACTOR in a, TARGET in b',
    ]);
    expect(assess(a, b).reasons[0]).toBe('overlapping dates 2025-06-05 and 2025-06-01~/2025-06-10~');
  });
});

type Links = {
  event: { id: string };
  score: number;
  reasons: string[];
  contradictions: string[];
  status: string;
}[];
const linksOf = async (id: string) =>
  (
    await gql<{ event: { corroboration: Links } }>(
      `{ event(id: "${id}") { corroboration { event { id } score reasons contradictions status } } }`,
    )
  ).data?.event.corroboration ?? [];
const REVIEW = `mutation($e: ID!, $o: ID!, $v: CorroborationVerdict!) {
  reviewCorroboration(event: $e, other: $o, verdict: $v) { status event { id } } }`;

describe('corroboration in the graph', () => {
  let before: { nodes: number; relationships: number };
  beforeAll(async () => {
    before = await graphCounts(db);
    await importGdelt(db, [join(FIX, 'corroboration')]);
  }, 180_000);
  afterAll(async () => {
    await runCypher(
      db,
      "MATCH (n) WHERE n.id STARTS WITH 'gdelt-' OR (n:Evidence AND n.claim STARTS WITH 'gdelt-') DETACH DELETE n",
    );
    await forgetRemovedEvents(db, 'gdelt-');
    expect(await graphCounts(db)).toEqual(before);
  });

  it('links a GDELT event to the curated event it likely is, with score and reasons', async () => {
    const links = await linksOf('2025-07-23-mod-weekly-press-briefing');
    expect(links).toContainEqual({
      event: { id: 'gdelt-9900000101' },
      score: 0.75,
      reasons: ['same day 2025-07-23', 'same CAMEO root 01', 'same place istanbul-province'],
      contradictions: [],
      status: 'CANDIDATE',
    });
  });

  it('links two outlets and shows what they disagree on (date, roles)', async () => {
    const link = (await linksOf('gdelt-9900000101')).find((l) => l.event.id === 'gdelt-9900000102');
    expect(link?.reasons).toContain('shared participants: gdelt-actor-syrgov, gdelt-actor-turgov');
    expect(link?.contradictions).toHaveLength(3);
    expect(link?.contradictions[0]).toMatch(
      /^reported as 2025-07-23 by gdelt-url-\w+, as 2025-07-24 by gdelt-url-\w+$/,
    );
    expect(link?.contradictions).toContain(
      'gdelt-actor-turgov is SPEAKER in gdelt-9900000101, RECIPIENT in gdelt-9900000102',
    );
  });

  it('lets an analyst with the write token confirm a link, which survives a newer import of the event', async () => {
    const denied = await gql(REVIEW, {
      e: 'gdelt-9900000101',
      o: '2025-07-23-mod-weekly-press-briefing',
      v: 'CONFIRMED',
    });
    expect(denied.errors?.[0]?.extensions?.code).not.toBeUndefined();
    const ok = await gql(
      REVIEW,
      { e: 'gdelt-9900000101', o: '2025-07-23-mod-weekly-press-briefing', v: 'CONFIRMED' },
      WRITE,
    );
    expect(ok.data).toEqual({
      reviewCorroboration: { status: 'CONFIRMED', event: { id: '2025-07-23-mod-weekly-press-briefing' } },
    });
    const rejected = await gql(
      REVIEW,
      { e: 'gdelt-9900000101', o: 'gdelt-9900000102', v: 'REJECTED' },
      WRITE,
    );
    expect(rejected.data).toMatchObject({ reviewCorroboration: { status: 'REJECTED' } });
    // A candidate the new version no longer supports (here: one written by hand) is dropped.
    await db.write('corroboration/merge', {
      links: [
        {
          a: 'gdelt-9900000101',
          b: 'turkish-statements-on-military-bases-in-syria',
          score: 0.6,
          reasons: [],
          contradictions: [],
        },
      ],
    });
    expect((await linksOf('gdelt-9900000101')).map((l) => l.event.id)).toContain(
      'turkish-statements-on-military-bases-in-syria',
    );
    const [report] = await importGdelt(db, [join(FIX, 'corroboration-update')]);
    expect(report?.events?.updated).toBe(1);
    expect(report?.corroboration?.links).toBeGreaterThan(0);
    const links = await linksOf('gdelt-9900000101');
    expect(links.find((l) => l.event.id === '2025-07-23-mod-weekly-press-briefing')?.status).toBe(
      'CONFIRMED',
    );
    expect(links.find((l) => l.event.id === 'gdelt-9900000102')?.status).toBe('REJECTED');
    expect(links.map((l) => l.event.id)).not.toContain('turkish-statements-on-military-bases-in-syria');
  });

  it('refuses to review a link that does not exist', async () => {
    const r = await gql(
      REVIEW,
      { e: 'gdelt-9900000101', o: 'turkish-statements-on-military-bases-in-syria', v: 'CONFIRMED' },
      WRITE,
    );
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
