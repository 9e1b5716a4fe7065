import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseDates, spanFromEdtf } from '../src/dates';
import { testApp } from './helpers';

/** The seed inventory (../shared/seed/README.md), checked through the API against the real graph. */
const sheet = parse(readFileSync(new URL('../data/enab-baladi-2025-07-23.yaml', import.meta.url), 'utf8'));

describe('the seed dataset', () => {
  const { gql } = testApp();

  it('holds every entity of the inventory with Arabic and English names', async () => {
    const ids = [
      'turkish-ministry-of-defence',
      'zeki-akturk',
      'yasar-guler',
      'turkey',
      'syria',
      'syrian-government',
      'syrian-army',
      'turkish-forces-in-syria',
      'islamic-state',
      'bashar-al-assad',
      'assad-regime',
      'istanbul-province',
      'anadolu-agency',
      'enab-baladi',
      'syrian-refugees-in-turkey',
      'government-of-turkey',
    ];
    const r = await gql<{ entities: { id: string; kind: string; en: string; ar: string }[] }>(
      'query($ids: [ID!]!) { entities(ids: $ids) { id kind en: name ar: name(language: AR) } }',
      { ids },
    );
    expect(r.errors).toBeUndefined();
    const rows = r.data?.entities.map((e) => `${e.id} ${e.kind} | ${e.en} | ${e.ar}`);
    expect(rows).toMatchInlineSnapshot(`
      [
        "turkish-ministry-of-defence MINISTRY | Ministry of National Defence of Turkey | وزارة الدفاع التركية",
        "zeki-akturk PERSON | Zeki Aktürk | زكي أكتورك",
        "yasar-guler PERSON | Yaşar Güler | يشار غولر",
        "turkey COUNTRY | Turkey | تركيا",
        "syria COUNTRY | Syria | سوريا",
        "syrian-government GOVERNMENT | Syrian government | الحكومة السورية",
        "syrian-army MILITARY_FORCE | Syrian army | الجيش السوري",
        "turkish-forces-in-syria MILITARY_FORCE | Turkish forces in Syria | القوات التركية المتمركزة في سوريا",
        "islamic-state ARMED_GROUP | Islamic State | تنظيم الدولة الإسلامية",
        "bashar-al-assad PERSON | Bashar al-Assad | بشار الأسد",
        "assad-regime GOVERNMENT | Assad regime | نظام بشار الأسد",
        "istanbul-province PLACE | Istanbul province | ولاية اسطنبول",
        "anadolu-agency MEDIA_OUTLET | Anadolu Agency | وكالة الأناضول",
        "enab-baladi MEDIA_OUTLET | Enab Baladi | عنب بلدي",
        "syrian-refugees-in-turkey POPULATION_GROUP | Syrian refugees in Turkey | اللاجئون السوريون في تركيا",
        "government-of-turkey GOVERNMENT | Government of Turkey | الحكومة التركية",
      ]
    `);
  });

  it('holds every event with its date, precision and evidence', async () => {
    const r = await gql<{ timeline: { edges: { node: Record<string, unknown> }[] } }>(`{
      timeline(first: 50) { edges { node {
        id kind cameo when { edtf start end precision approximate text }
        place { id } participants { role entity { id } } evidence { quote startOffset endOffset attributedTo { id } }
      } } } }`);
    expect(r.errors).toBeUndefined();
    const events = r.data?.timeline.edges.map((e) => e.node) ?? [];
    const dated = events.map((e) => {
      const w = e.when as Record<string, unknown>;
      return `${e.id}: ${w.edtf} ${w.start}..${w.end} ${w.precision}${w.approximate ? ' ~' : ''}${e.place ? ` @${(e.place as { id: string }).id}` : ''}`;
    });
    expect(dated).toMatchInlineSnapshot(`
      [
        "2024-12-08-fall-of-assad-regime: 2024-12-08 2024-12-08..2024-12-08 DAY @syria",
        "2024-12-08-turkey-strengthens-relations-with-new-syrian-administration: 2024-12-08/.. 2024-12-08..null OPEN",
        "2025-02-06-mod-reveals-syrian-army-roadmap: 2025-02-06 2025-02-06..2025-02-06 DAY",
        "2025-06-guler-statement-on-turkish-forces-in-syria: 2025-06-01~/2025-06-10~ 2025-06-01..2025-06-10 PART_OF_MONTH ~",
        "2025-07-23-mod-weekly-press-briefing: 2025-07-23 2025-07-23..2025-07-23 DAY @istanbul-province",
        "syrian-government-requests-turkish-defence-support: ../2025-07-23 null..2025-07-23 OPEN",
        "turkish-statements-on-military-bases-in-syria: ../2025-07-23 null..2025-07-23 OPEN",
      ]
    `);
    for (const e of events) {
      expect((e.evidence as unknown[]).length, String(e.id)).toBeGreaterThan(0);
      expect((e.participants as unknown[]).length, String(e.id)).toBeGreaterThan(0);
    }
  });

  it('keeps each quote at its offsets in the article text', async () => {
    const text = readFileSync(
      new URL('../data/articles/enab-baladi-2025-07-23.ar.txt', import.meta.url),
      'utf8',
    );
    const r = await gql<{ event: { evidence: { quote: string; startOffset: number; endOffset: number }[] } }>(
      '{ event(id: "2025-07-23-mod-weekly-press-briefing") { evidence { quote startOffset endOffset } } }',
    );
    const evidence = r.data?.event.evidence ?? [];
    expect(evidence.length).toBeGreaterThanOrEqual(3);
    for (const v of evidence) expect(text.slice(v.startOffset, v.endOffset)).toBe(v.quote);
  });

  it('holds the relationships with their validity, and asOf selects by it', async () => {
    const q = `query($asOf: Date) { entity(id: "syria") { relationships(asOf: $asOf, types: [GOVERNS]) { from { id } valid { edtf } } } }`;
    const before = await gql<{ entity: { relationships: { from: { id: string } }[] } }>(q, {
      asOf: '2024-12-01',
    });
    const after = await gql<{ entity: { relationships: { from: { id: string } }[] } }>(q, {
      asOf: '2025-01-01',
    });
    expect(before.data?.entity.relationships.map((x) => x.from.id)).toEqual(['assad-regime']);
    expect(after.data?.entity.relationships.map((x) => x.from.id)).toEqual(['syrian-government']);
    const akturk = await gql<{ entity: { relationships: unknown[] } }>(
      `{ entity(id: "zeki-akturk") { relationships { type title titleAr: title(language: AR) to { id } valid { edtf precision text } evidence { attributedTo { id } } } } }`,
    );
    expect(akturk.data?.entity.relationships).toMatchInlineSnapshot(`
      [
        {
          "evidence": [
            {
              "attributedTo": {
                "id": "enab-baladi",
              },
            },
            {
              "attributedTo": {
                "id": "enab-baladi",
              },
            },
          ],
          "title": "press and public-relations adviser and spokesperson",
          "titleAr": "مستشار الصحافة والعلاقات العامة والمتحدث باسم الوزارة",
          "to": {
            "id": "turkish-ministry-of-defence",
          },
          "type": "HOLDS_POSITION_IN",
          "valid": {
            "edtf": "2025-07-23",
            "precision": "DAY",
            "text": "23 تموز 2025",
          },
        },
      ]
    `);
    const guler = await gql<{
      entity: { relationships: { type: string; to: { id: string }; valid: { edtf: string } }[] };
    }>('{ entity(id: "yasar-guler") { relationships { type to { id } valid { edtf } } } }');
    expect(guler.data?.entity.relationships).toEqual([
      {
        type: 'HEADS',
        to: { id: 'turkish-ministry-of-defence' },
        valid: { edtf: '2025-06-01~/2025-06-10~' },
      },
    ]);
  });

  it("bounds an entity's relationships by first, and says how many there are in all", async () => {
    type R = { entity: { all: { id: string }[]; two: { id: string }[]; relationshipCount: number } };
    const r = await gql<R>(`{ entity(id: "turkish-ministry-of-defence") {
      all: relationships(first: 500) { id } two: relationships(first: 2) { id } relationshipCount } }`);
    expect(r.errors).toBeUndefined();
    const e = r.data?.entity as R['entity'];
    expect(e.relationshipCount).toBe(e.all.length);
    expect(e.relationshipCount).toBeGreaterThan(2);
    expect(e.two.map((x) => x.id)).toEqual(e.all.slice(0, 2).map((x) => x.id));
    const bad = await gql(`{ entity(id: "syria") { relationships(first: 501) { id } } }`);
    expect(bad.errors?.[0]?.message).toBe('Argument "first" must be between 1 and 500, got 501');
  });

  it('states each date as written, and the date module reads each one as the sheet dates it', () => {
    const written: { text: string; edtf: string }[] = [];
    const visit = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(visit);
      else if (v && typeof v === 'object') {
        const o = v as Record<string, unknown>;
        if (typeof o.text === 'string' && typeof o.edtf === 'string')
          written.push({ text: o.text, edtf: o.edtf });
        Object.values(o).forEach(visit);
      }
    };
    visit(sheet);
    const expressions = [...new Set(written.map((w) => w.text))].sort();
    expect(expressions).toEqual(
      [
        '23 تموز 2025',
        'اليوم، الأربعاء 23 من تموز',
        'في 6 من شباط الماضي',
        'في 8 من كانون الأول 2024',
        'ومطلع حزيران الماضي',
      ].sort(),
    );
    for (const w of written) {
      const [mention] = parseDates(w.text, '2025-07-23', 'AR');
      const sheetSpan = spanFromEdtf(w.edtf);
      // Open-ended facts ("until", "from … on") reuse a day's expression for their known end.
      if (sheetSpan.precision === 'OPEN')
        expect([sheetSpan.start, sheetSpan.end]).toContain(mention?.span.start);
      else expect(mention?.span.edtf, w.text).toBe(w.edtf);
    }
  });
});
