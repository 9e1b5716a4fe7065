import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findEntityCandidates } from '../src/extract/entity-candidates';
import { findEntityMentions } from '../src/extract/entity-mentions';
import { findEventCandidates } from '../src/extract/event-candidates';
import { knownEntities, knownEntity, precision, recall, scoreArticle, total } from '../src/extract/score';
import { arabicWords } from '../src/extract/words';
import { prepare } from '../src/facts/prepare';
import { factSheet } from '../src/facts/sheet';

/** Each candidate as [text, kind, cue], after checking its offsets point at its text. */
function entities(text: string, exclude: { offset: number; length: number }[] = []) {
  const found = findEntityCandidates(text, exclude);
  for (const c of found) expect(text.slice(c.offset, c.offset + c.length)).toBe(c.text);
  return found.map((c) => [c.text, c.kind, c.cue]);
}

function events(text: string) {
  const found = findEventCandidates(text);
  for (const c of found) expect(text.slice(c.offset, c.offset + c.length)).toBe(c.text);
  return found.map((c) => [c.text, c.kind, c.cameo]);
}

describe('new-entity candidates', () => {
  it('reads a person after a title and its qualifier', () => {
    expect(entities('وقال وزير الخارجية الأردني سامر النمري إن الاجتماع ناجح')).toEqual([
      ['سامر النمري', 'PERSON', 'وزير'],
    ]);
    expect(entities('وصرح الرئيس كريم داوود أمس')).toEqual([['كريم داوود', 'PERSON', 'الرئيس']]);
    expect(entities('الأمين العام لمنظمة الدول الساحلية هاني الفارس')).toEqual([
      ['هاني الفارس', 'PERSON', 'الأمين العام'],
    ]);
  });

  it('takes the longest title: رئيس أركان before رئيس, المتحدث باسم with its organisation', () => {
    expect(entities('عين رئيس أركان الجيش الوطني ماهر سليم يوسف')).toEqual([
      ['ماهر سليم يوسف', 'PERSON', 'رئيس أركان'],
    ]);
    expect(entities('أكد المتحدث باسم الوزارة نادر عيسى أن')).toEqual([
      ['نادر عيسى', 'PERSON', 'المتحدث باسم'],
    ]);
  });

  it('reads a name before a title written after it, and after نظيره', () => {
    expect(entities('وقال فادي منصور المتحدث باسم الحزب إن')).toEqual([
      ['فادي منصور', 'PERSON', 'المتحدث باسم'],
    ]);
    expect(entities('على سليم داود زعيم الحركة')).toEqual([['سليم داود', 'PERSON', 'زعيم']]);
    expect(entities('الحرب التركية زعيم')).toEqual([]);
    expect(entities('خلال لقائه نظيره الأردني سامر النمري')).toEqual([['سامر النمري', 'PERSON', 'نظيره']]);
  });

  it('stops a name at punctuation, stop words and after a definite word, at most four words', () => {
    expect(entities('قال الوزير سمير، وأضاف')).toEqual([['سمير', 'PERSON', 'الوزير']]);
    expect(entities('الرئيس سمير في المدينة')).toEqual([['سمير', 'PERSON', 'الرئيس']]);
    expect(entities('الرئيس سمير الحسن الثاني')).toEqual([['سمير الحسن', 'PERSON', 'الرئيس']]);
    expect(entities('الرئيس أ ب ت ث ج')).toEqual([['أ ب ت ث', 'PERSON', 'الرئيس']]);
    expect(entities('الرئيس، سمير')).toEqual([]);
    expect(entities('وزير في الحكومة')).toEqual([]);
  });

  it('reads organisations and places after their head noun, clitic و/ب left out', () => {
    expect(entities('اتهم حزب الوسط الجديد وحركة النهضة الشعبية')).toEqual([
      ['حزب الوسط الجديد', 'ORGANISATION', 'حزب'],
      ['حركة النهضة الشعبية', 'ORGANISATION', 'حركة'],
    ]);
    expect(entities('وقع الانفجار في بلدة كفرنبل الحدودية وبمدينة الرمل')).toEqual([
      ['بلدة كفرنبل الحدودية', 'PLACE', 'بلدة'],
      ['مدينة الرمل', 'PLACE', 'مدينة'],
    ]);
    expect(entities('حزب العمل والتنمية')).toEqual([['حزب العمل والتنمية', 'ORGANISATION', 'حزب']]);
    expect(entities('وحدات الحماية')).toEqual([['وحدات الحماية', 'ORGANISATION', 'وحدات']]);
    expect(entities('حزب كبير')).toEqual([]);
  });

  it('reads capitalised Latin names', () => {
    expect(entities('according to Reuters, John Smith and the PKK met in al-Bab')).toEqual([
      ['Reuters', null, 'latin'],
      ['John Smith', null, 'latin'],
      ['PKK', null, 'latin'],
      ['al-Bab', null, 'latin'],
    ]);
    expect(entities('Recep Tayyip Erdoğan spoke')).toEqual([['Recep Tayyip Erdoğan', null, 'latin']]);
  });

  it('leaves out candidates that overlap a known entity mention', () => {
    const text = 'قال الرئيس سامي نور وحزب الأمل الوطني';
    const known = findEntityMentions(text, [{ id: 'sami', kind: 'PERSON', names: ['سامي نور'] }]);
    expect(entities(text, known)).toEqual([['حزب الأمل الوطني', 'ORGANISATION', 'حزب']]);
  });

  it('keeps one candidate per place (the longest)', () => {
    expect(entities('قائد لواء الفتح المبين')).toEqual([['لواء الفتح المبين', 'ORGANISATION', 'لواء']]);
  });
});

describe('event candidates', () => {
  it('maps trigger verbs with their conjunctions and endings to CAMEO roots', () => {
    expect(events('أعلنت الحكومة ثم التقى الوزيران وزارا المصنع، وقصفت الطائرات القرية')).toEqual([
      ['أعلنت', 'MAKE_PUBLIC_STATEMENT', '01'],
      ['التقى', 'CONSULT', '04'],
      ['وزارا', 'CONSULT', '04'],
      ['وقصفت', 'FIGHT', '19'],
    ]);
    expect(events('طلبت البلدية الدعم وهاجموا المركز وانسحب الجيش ووقعوا الاتفاق')).toEqual([
      ['طلبت', 'APPEAL', '02'],
      ['وهاجموا', 'ASSAULT', '18'],
      ['وانسحب', 'YIELD', '08'],
      ['ووقعوا', 'DIPLOMATIC_COOPERATION', '05'],
    ]);
  });

  it('reads verbs ending in ى/ا before the feminine ت, with or without hamza and harakat', () => {
    expect(events('دعت اللجنة واستدعت الخارجية السفير، اعلن وأعلنَ')).toEqual([
      ['دعت', 'APPEAL', '02'],
      ['واستدعت', 'REDUCE_RELATIONS', '16'],
      ['اعلن', 'MAKE_PUBLIC_STATEMENT', '01'],
      ['وأعلنَ', 'MAKE_PUBLIC_STATEMENT', '01'],
    ]);
  });

  it('tells the second sense of حقق and وقع by the word after them', () => {
    expect(events('حققت الشرطة في الحادث ثم حققنا تقدما وحققها الجيش')).toEqual([
      ['حققت', 'INVESTIGATE', '09'],
    ]);
    expect(events('وقع الوزيران الاتفاق في المركز الذي وقع فيه الهجوم')).toEqual([
      ['وقع', 'DIPLOMATIC_COOPERATION', '05'],
    ]);
  });

  it('does not read nouns as verbs: وزارة, القصف, الهجوم', () => {
    expect(events('قالت وزارة الدفاع إن القصف والهجوم توقفا')).toEqual([
      ['قالت', 'MAKE_PUBLIC_STATEMENT', '01'],
    ]);
  });
});

/** Text built from the pieces the finders look for, so that hostile input hits every branch. */
const pieces = [
  'الرئيس',
  'وزير',
  'الأمين',
  'العام',
  'المتحدث',
  'باسم',
  'رئيس',
  'أركان',
  'حزب',
  'بلدة',
  'وحدات',
  'سامي',
  'الحسن',
  'قال',
  'أعلنت',
  'وزارة',
  'دعت',
  'John',
  'PKK',
  'al-',
  'Érdo',
  'ـ',
  'َ',
  'ّ',
  '،',
  '.',
  ' ',
  '  ',
  '\n',
  '\u200f',
  '٢٠',
  '«',
  '»',
  '\ud83d\ude00',
  '\ud800',
  'x',
];
const hostile = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.array(fc.constantFrom(...pieces), { maxLength: 120 }).map((p) => p.join('')),
);

describe('candidate finders on hostile input', () => {
  it('never throw, and every offset points inside the text at the candidate', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        for (const c of [...findEntityCandidates(text), ...findEventCandidates(text)]) {
          expect(c.offset).toBeGreaterThanOrEqual(0);
          expect(c.length).toBeGreaterThan(0);
          expect(c.offset + c.length).toBeLessThanOrEqual(text.length);
          expect(text.slice(c.offset, c.offset + c.length)).toBe(c.text);
        }
      }),
      { seed: 14, numRuns: 400 },
    );
  });

  it('entity candidates never overlap each other or an excluded span', () => {
    fc.assert(
      fc.property(hostile, fc.nat(50), fc.nat(30), (text, at, len) => {
        const exclude = [{ offset: Math.min(at, text.length), length: len }];
        const found = findEntityCandidates(text, exclude);
        found.forEach((c, i) => {
          const next = found[i + 1];
          if (next) expect(c.offset + c.length).toBeLessThanOrEqual(next.offset);
          const x = exclude[0] as { offset: number; length: number };
          if (x.length) expect(c.offset + c.length <= x.offset || c.offset >= x.offset + x.length).toBe(true);
        });
      }),
      { seed: 15, numRuns: 300 },
    );
  });

  it('do work bounded by the number of words: each word is looked at a bounded number of times', () => {
    // Linear-ish by construction: a title or head reads at most a fixed window of words after it,
    // so the candidates are at most one per word, even on text made only of titles and names.
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 2000 }), (parts) => {
        const text = parts.join(' ');
        const words = arabicWords(text).length;
        const latin = text.match(/\p{Lu}/gu)?.length ?? 0;
        expect(findEntityCandidates(text).length).toBeLessThanOrEqual(words + latin);
        expect(findEventCandidates(text).length).toBeLessThanOrEqual(words);
      }),
      { seed: 16, numRuns: 50 },
    );
    const huge = 'الرئيس وزير حزب بلدة سامي الحسن '.repeat(20_000);
    expect(findEntityCandidates(huge).length).toBeGreaterThan(0);
    expect(findEventCandidates('قال '.repeat(50_000))).toHaveLength(50_000);
  });
});

describe('scoring drafts against a completed sheet', () => {
  const text = 'أعلن وزير الخارجية سامر النمري في 6 من شباط الماضي أن تركيا ستساعد. وقال سكان إن الطقس حار.';
  const sheet = factSheet.parse({
    article: {
      id: 'fx-score',
      title: { ar: 'عنوان' },
      language: 'AR',
      published: '2025-07-23',
      publisher: 'fx-daily',
    },
    entities: [
      { id: 'fx-daily', kind: 'MEDIA_OUTLET', names: { ar: 'صحيفة الاختبار' } },
      { id: 'fx-namri', kind: 'PERSON', names: { ar: 'سامر النمري' } },
    ],
    events: [
      {
        id: 'fx-announcement',
        kind: 'MAKE_PUBLIC_STATEMENT',
        title: { ar: 'إعلان' },
        when: { text: 'في 6 من شباط الماضي' },
        participants: [
          { entity: 'fx-namri', role: 'SPEAKER' },
          { entity: 'turkey', role: 'SUBJECT' },
        ],
        evidence: [{ quote: 'أعلن وزير الخارجية سامر النمري في 6 من شباط الماضي أن تركيا ستساعد' }],
      },
    ],
  });
  const known = [{ id: 'turkey', kind: 'COUNTRY', names: ['تركيا'] }];
  const created = sheet.entities.map(knownEntity);

  it('counts what the draft proposed, what of it the sheet holds, and what of the sheet it found', () => {
    const s = scoreArticle({ file: 'fx.txt', sheet, text }, known, created);
    expect(s.dates).toEqual({ proposed: 1, correct: 1, reference: 1, found: 1 });
    expect(s.knownEntities).toEqual({ proposed: 1, correct: 1, reference: 1, found: 1 });
    expect(s.newEntities).toEqual({ proposed: 1, correct: 1, reference: 1, found: 1 });
    // "أعلن" lies in the evidence quote; "وقال" does not: one of two proposals is right.
    expect(s.events).toEqual({ proposed: 2, correct: 1, reference: 1, found: 1 });
    expect(s.eventKindsAgree).toBe(1);
    expect(precision(total([s.events, s.dates]))).toBe(2 / 3);
    expect(recall(s.events)).toBe(1);
  });

  it('reports what the draft missed', () => {
    const blind = scoreArticle(
      { file: 'fx.txt', sheet, text: text.replace('تركيا', 'البلد') },
      known,
      created,
    );
    expect(blind.missed.knownEntities).toEqual(['turkey']);
    expect(blind.knownEntities).toEqual({ proposed: 0, correct: 0, reference: 1, found: 0 });
    expect(precision(blind.knownEntities)).toBe(1);
    expect(recall(blind.knownEntities)).toBe(0);
  });
});

describe('the known entities of completed sheets', () => {
  it('carry the periods their GOVERNS relationships give, as the graph would', () => {
    const sheet = factSheet.parse({
      article: {
        id: 'fx-govs',
        title: { ar: 'عنوان' },
        language: 'AR',
        published: '2025-07-23',
        publisher: 'fx-land',
      },
      entities: [
        { id: 'fx-land', kind: 'COUNTRY', names: { ar: 'زيتونيا' } },
        { id: 'fx-old', kind: 'GOVERNMENT', names: { ar: 'حكومة زيتونيا' } },
        { id: 'fx-new', kind: 'GOVERNMENT', names: { ar: 'حكومة زيتونيا' } },
      ],
      relationships: [
        {
          type: 'GOVERNS',
          from: 'fx-old',
          to: 'fx-land',
          valid: '../2020-03-01',
          evidence: [{ quote: 'سقط' }],
        },
        {
          type: 'GOVERNS',
          from: 'fx-new',
          to: 'fx-land',
          valid: { text: 'منذ 1 آذار 2020' },
          evidence: [{ quote: 'منذ' }],
        },
      ],
    });
    const { prepared } = prepare({ file: 'fx.yaml', sheet });
    expect(prepared).toBeDefined();
    const known = knownEntities([{ sheet, prepared: prepared as NonNullable<typeof prepared> }]);
    expect(known.map((e) => [e.id, e.period ?? null])).toEqual([
      ['fx-land', null],
      ['fx-old', { start: null, end: '2020-03-01' }],
      ['fx-new', { start: '2020-03-01', end: null }],
    ]);
    expect(findEntityMentions('قالت حكومة زيتونيا', known, '2015-08-06').map((m) => m.entity)).toEqual([
      'fx-old',
      'fx-land',
    ]);
  });
});
