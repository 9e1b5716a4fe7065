import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { draftSheet, draftYaml, type KnownEntity } from '../src/extract/draft';
import { findEntityMentions } from '../src/extract/entity-mentions';
import { loadKnownEntities } from '../src/extract/known';
import { factSheet } from '../src/facts/sheet';
import { foldText, foldWithOffsets } from '../src/text/fold';
import { testDb } from './helpers';

const known: KnownEntity[] = [
  { id: 'zeki-akturk', kind: 'PERSON', names: ['Zeki Aktürk', 'زكي أكتورك'] },
  { id: 'turkey', kind: 'COUNTRY', names: ['Turkey', 'تركيا', 'أنقرة'] },
  { id: 'syria', kind: 'COUNTRY', names: ['Syria', 'سوريا', 'سورية'] },
  { id: 'syrian-army', kind: 'MILITARY_FORCE', names: ['Syrian army', 'الجيش السوري'] },
  { id: 'mod', kind: 'MINISTRY', names: ['وزارة الدفاع التركية', 'MSB'] },
  { id: 'gov', kind: 'GOVERNMENT', names: ['الحكومة السورية', 'الحكومة السورية الجديدة'] },
  { id: 'regime', kind: 'GOVERNMENT', names: ['نظام بشار الأسد'] },
  { id: 'assad', kind: 'PERSON', names: ['بشار الأسد', 'الأسد'] },
  { id: 'short', kind: 'PLACE', names: ['اب', 'Al'] },
];

/** Each mention as [entity, text], after checking its offsets point at its text. */
function mentions(text: string, entities = known) {
  const found = findEntityMentions(text, entities);
  for (const m of found) expect(text.slice(m.offset, m.offset + m.length)).toBe(m.text);
  return found.map((m) => [m.entity, m.text]);
}

describe('foldWithOffsets', () => {
  it('folds exactly like foldText', () => {
    const alphabet = [...'أإآاؤئةىيكتورزَُِّْـ ٢٠A ÜüİıßﻻK\t\n-،.'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }), (chars) => {
        const text = chars.join('');
        const map = foldWithOffsets(text);
        expect(map.folded).toBe(foldText(text));
        expect(map.starts).toHaveLength(map.folded.length);
        map.starts.forEach((start, i) => {
          if (map.folded[i] !== ' ')
            expect(foldText(text.slice(start, map.ends[i]))).toContain(map.folded[i]);
        });
      }),
    );
  });

  it('maps dropped harakat and tatweel back to the original', () => {
    const map = foldWithOffsets('زَكِـي');
    expect(map).toEqual({ folded: 'زكي', starts: [0, 2, 5], ends: [1, 3, 6] });
  });
});

describe('findEntityMentions', () => {
  it.each([
    ['قال زكي أكتورك اليوم', 'زكي أكتورك'],
    ['قال زكي اكتورك اليوم', 'زكي اكتورك'],
    ['قال زَكِيّ أَكْتُورْكَ اليوم', 'زَكِيّ أَكْتُورْكَ'],
    ['قال زكـــي أكتـــورك اليوم', 'زكـــي أكتـــورك'],
    ['Admiral Zeki Akturk said', 'Zeki Akturk'],
    ['ADMIRAL ZEKI AKTÜRK SAID', 'ZEKI AKTÜRK'],
  ])('finds a spelling variant: %s', (text, written) => {
    expect(mentions(text)).toEqual([['zeki-akturk', written]]);
  });

  it('matches Latin names without their accents too', () => {
    expect(mentions('Zeki Aktürk spoke', [{ id: 'z', kind: 'PERSON', names: ['Zeki Akturk'] }])).toEqual([
      ['z', 'Zeki Aktürk'],
    ]);
  });

  it('takes attached و/ف/ب/ل off, and ل fused with the article', () => {
    expect(mentions('وتركيا ولتركيا فتركيا بتركيا، بوزارة الدفاع التركية')).toEqual([
      ['turkey', 'تركيا'],
      ['turkey', 'تركيا'],
      ['turkey', 'تركيا'],
      ['turkey', 'تركيا'],
      ['mod', 'وزارة الدفاع التركية'],
    ]);
    expect(mentions('والجيش السوري بالجيش السوري للجيش السوري وللجيش السوري')).toEqual([
      ['syrian-army', 'الجيش السوري'],
      ['syrian-army', 'الجيش السوري'],
      ['syrian-army', 'للجيش السوري'],
      ['syrian-army', 'للجيش السوري'],
    ]);
  });

  it('takes ل fused with the article before a name in الل… (ل + اللاجئين = للاجئين)', () => {
    const refugees = [{ id: 'refugees', kind: 'POPULATION_GROUP', names: ['اللاجئين السوريين'] }];
    expect(mentions('ودعمها للاجئين السوريين واللاجئين السوريين', refugees)).toEqual([
      ['refugees', 'للاجئين السوريين'],
      ['refugees', 'اللاجئين السوريين'],
    ]);
    expect(mentions('للجيش السوري', refugees)).toEqual([]);
  });

  it('matches whole words only: no article, suffix or longer word', () => {
    expect(mentions('القوات السورية والتركية، تركيات، Turkeys, Syrians, MSBs, Syriac')).toEqual([]);
  });

  it('takes the longest match and never overlaps, except another entity inside a name', () => {
    expect(mentions('مع الحكومة السورية الجديدة')).toEqual([['gov', 'الحكومة السورية الجديدة']]);
    expect(mentions('سقوط نظام بشار الأسد')).toEqual([
      ['regime', 'نظام بشار الأسد'],
      ['assad', 'بشار الأسد'],
    ]);
    const found = findEntityMentions('نظام بشار الأسد والأسد والحكومة السورية الجديدة في سوريا', known);
    expect(found.map((m) => m.entity)).toEqual(['regime', 'assad', 'assad', 'gov', 'syria']);
    const end = (m: { offset: number; length: number }) => m.offset + m.length;
    found.forEach((a, i) => {
      for (const b of found.slice(i + 1)) {
        const disjoint = end(a) <= b.offset;
        const nested = b.offset >= a.offset && end(b) <= end(a) && a.entity !== b.entity;
        expect(disjoint || nested, `${a.text} / ${b.text}`).toBe(true);
      }
    });
  });

  it('skips names shorter than 3 characters', () => {
    expect(mentions('اب Al al')).toEqual([]);
  });

  it('copes with page furniture', () => {
    const text = 'camera iconتركيا في صورة\n\ntag icon ع ع ع\n\n×\n\nادعم سوريا\n\nاضغط هنا للمساهمة\n\u200f';
    expect(mentions(text)).toEqual([
      ['turkey', 'تركيا'],
      ['syria', 'سوريا'],
    ]);
    expect(mentions('')).toEqual([]);
    expect(mentions('\n\n ×')).toEqual([]);
  });
});

const ARTICLE = 'data/articles/enab-baladi-2025-07-23.ar.txt';
const seedText = readFileSync(new URL(`../${ARTICLE}`, import.meta.url), 'utf8');

describe('draftSheet', () => {
  const draft = draftSheet({
    file: 'in/Al Wadi 2025.ar.txt',
    text: seedText,
    published: '2025-07-23',
    known,
  });

  it('fills the article block from the file name, first line and script', () => {
    expect(draft.article).toMatchInlineSnapshot(`
      {
        "id": "al-wadi-2025",
        "language": "AR",
        "published": "2025-07-23",
        "publisher": "unknown-publisher",
        "textFile": "in/Al Wadi 2025.ar.txt",
        "title": {
          "ar": "سوريا تطلب دعمًا تركيًا لتعزيز قدراتها الدفاعية",
        },
      }
    `);
    expect(
      draftSheet({ file: 'x.txt', text: 'Turkey said', published: '2025-07-23', known }).article,
    ).toMatchObject({ id: 'x', language: 'EN', title: { en: 'Turkey said' } });
  });

  it('prints YAML that is a valid fact sheet once the mentions hints are taken out', () => {
    const yaml = draftYaml(draft);
    expect(yaml).toMatch(/^# Draft fact sheet for an analyst to complete/);
    expect(yaml).toContain('# Hints, not sheet fields');
    const { mentions, ...sheet } = parse(yaml);
    expect(mentions).toEqual(JSON.parse(JSON.stringify(draft.mentions)));
    expect(factSheet.safeParse(sheet).error?.issues).toBeUndefined();
  });

  it('gives every date mention with its exact place and span', () => {
    for (const d of draft.mentions.dates) expect(seedText.slice(d.offset, d.offset + d.length)).toBe(d.text);
    expect(draft.mentions.dates.find((d) => d.text === 'ومطلع حزيران الماضي')).toMatchObject({
      edtf: '2025-06-01~/2025-06-10~',
      start: '2025-06-01',
      end: '2025-06-10',
      precision: 'PART_OF_MONTH',
      approximate: true,
    });
  });
});

describe('extract over the seed article, with the entities in the graph', () => {
  const db = testDb();

  it('finds the seed dates and entities, each at its exact place', async () => {
    const draft = draftSheet({
      file: ARTICLE,
      text: seedText,
      published: '2025-07-23',
      known: await loadKnownEntities(db),
    });
    const { dates, entities } = draft.mentions;
    expect(draft.article.language).toBe('AR');
    expect(new Set(dates.map((d) => `${d.text} = ${d.edtf}`))).toEqual(
      new Set([
        '23 تموز 2025 = 2025-07-23',
        'اليوم، الأربعاء 23 من تموز = 2025-07-23',
        'في 6 من شباط الماضي = 2025-02-06',
        'ومطلع حزيران الماضي = 2025-06-01~/2025-06-10~',
        'في 8 من كانون الأول 2024 = 2024-12-08',
      ]),
    );
    for (const m of [...dates, ...entities])
      expect(seedText.slice(m.offset, m.offset + m.length)).toBe(m.text);
    const texts = (id: string) => new Set(entities.filter((m) => m.entity === id).map((m) => m.text));
    expect([...texts('turkey')]).toEqual(expect.arrayContaining(['تركيا', 'أنقرة']));
    expect([...texts('istanbul-province')]).toEqual(['ولاية اسطنبول']);
    expect([...texts('enab-baladi')]).toEqual(['عنب بلدي']);
    expect(
      seedText.slice(entities.find((m) => m.entity === 'enab-baladi')?.offset).startsWith('عنب بلدي\n'),
    ).toBe(true);
    for (const id of [
      'zeki-akturk',
      'yasar-guler',
      'turkish-ministry-of-defence',
      'syria',
      'syrian-army',
      'islamic-state',
      'bashar-al-assad',
      'anadolu-agency',
    ])
      expect(texts(id).size, id).toBeGreaterThan(0);
  });

  it("gives governments their periods from the graph, and a shared name to the government of the article's day", async () => {
    const graphKnown = await loadKnownEntities(db);
    const period = (id: string) => graphKnown.find((e) => e.id === id)?.period;
    expect(period('syrian-government')).toEqual({ start: '2024-12-08', end: null });
    expect(period('assad-regime')).toEqual({ start: null, end: '2024-12-08' });
    expect(period('turkey')).toBeUndefined();
    const text = 'وقال المعلم إن سوريا مع أي جهد بالتنسيق مع الحكومة السورية';
    const entityOf = (published: string) =>
      draftSheet({ file: 'a.ar.txt', text, published, known: graphKnown }).mentions.entities.find(
        (m) => m.text === 'الحكومة السورية',
      )?.entity;
    expect(entityOf('2015-08-06')).toBe('assad-regime');
    expect(entityOf('2025-07-23')).toBe('syrian-government');
  });

  it('runs as a command and prints the draft as YAML', () => {
    const t = inject('neo4j');
    const env = {
      NEO4J_URI: t.uri,
      NEO4J_USERNAME: t.username,
      NEO4J_PASSWORD: t.password,
      NEO4J_DATABASE: t.database,
    };
    const run = extract([ARTICLE, '--published', '2025-07-23', '--publisher', 'enab-baladi'], env);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const draft = parse(run.stdout);
    expect(draft.article).toMatchObject({ id: 'enab-baladi-2025-07-23', publisher: 'enab-baladi' });
    expect(draft.mentions.entities).toContainEqual(expect.objectContaining({ entity: 'zeki-akturk' }));
  });
});

/** Runs the extract command (no database is reached when the arguments are bad). */
function extract(args: string[], env: Record<string, string> = {}) {
  const tsx = new URL('../node_modules/.bin/tsx', import.meta.url).pathname;
  return spawnSync(tsx, ['src/cli/extract.ts', ...args], {
    cwd: new URL('..', import.meta.url).pathname,
    env: { ...process.env, LOG_LEVEL: 'silent', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
}

describe('extract command arguments', () => {
  it.each([
    [
      ['no/such/article.txt', '--published', '2025-07-23'],
      /^error: cannot read 'no\/such\/article.txt': no such file\.$/,
    ],
    [
      [ARTICLE, '--published', '2025-02-30'],
      /^error: option '--published <day>' argument '2025-02-30' is invalid/,
    ],
    [[ARTICLE], /^error: required option '--published <day>' not specified$/],
    [[ARTICLE, '--published', '2025-07-23', '--language', 'fr'], /^error: option '--language <language>'/],
  ])('refuses %j with one clear line and exit code 2', (args, message) => {
    const run = extract(args);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringMatching(message)]);
  });
});
