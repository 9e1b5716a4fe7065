import { describe, expect, it } from 'vitest';
import { findEntityMentions, type KnownEntity } from '../src/extract/entity-mentions';
import { begunBy, governmentPeriods, holds } from '../src/extract/periods';

// Zaytunia is made up: an old regime that fell on 1 March 2020 and the government since then share
// the generic name "حكومة زيتونيا"; each also has a name of its own.
const known: KnownEntity[] = [
  {
    id: 'old-regime',
    kind: 'GOVERNMENT',
    names: ['Zaytunian government', 'حكومة زيتونيا', 'نظام الجنرال'],
    period: { start: null, end: '2020-03-01' },
  },
  {
    id: 'new-government',
    kind: 'GOVERNMENT',
    names: ['Zaytunian government', 'حكومة زيتونيا', 'الحكومة الانتقالية في زيتونيا'],
    period: { start: '2020-03-01', end: null },
  },
  { id: 'zaytunia', kind: 'COUNTRY', names: ['زيتونيا', 'Zaytunia'] },
  { id: 'army', kind: 'MILITARY_FORCE', names: ['الجيش الزيتوني'] },
  { id: 'refugees', kind: 'POPULATION_GROUP', names: ['لاجئ في زيتونيا', 'لاجئ'] },
];

/** Each mention as [entity, text], after checking its offsets point at its text. */
function mentions(text: string, published?: string) {
  const found = findEntityMentions(text, known, published);
  for (const m of found) expect(text.slice(m.offset, m.offset + m.length)).toBe(m.text);
  return found.map((m) => [m.entity, m.text]);
}

describe('government periods from what they govern', () => {
  const governs = (from: string, start: string | null, end: string | null) => ({
    type: 'GOVERNS',
    from,
    span: { start, end },
  });

  it('takes a first day from "since" and a last day from "until"', () => {
    const periods = governmentPeriods([
      governs('new', '2024-12-08', null),
      governs('old', null, '2024-12-08'),
      { type: 'LEADS', from: 'leader', span: { start: null, end: '2024-12-08' } },
    ]);
    expect(Object.fromEntries(periods)).toEqual({
      new: { start: '2024-12-08', end: null },
      old: { start: null, end: '2024-12-08' },
    });
  });

  it('bounds nothing with spans that only say when a source saw it govern, or with none', () => {
    const periods = governmentPeriods([
      governs('seen', '2025-06-01', '2025-06-10'),
      governs('day', '2025-07-23', '2025-07-23'),
      { type: 'GOVERNS', from: 'undated', span: null },
    ]);
    expect(periods.size).toBe(0);
  });

  it('widens a bound with the other spans, and an open side of any span leaves that side open', () => {
    const periods = governmentPeriods([
      governs('a', '2010-01-01', '2012-01-01'),
      governs('a', '2015-05-05', null),
      governs('b', '2015-05-05', null),
      governs('b', null, '2018-01-01'),
    ]);
    expect(periods.get('a')).toEqual({ start: '2010-01-01', end: null });
    expect(periods.has('b')).toBe(false);
  });

  it('tells whether a period had begun by a day and holds it, an unknown side holding', () => {
    const period = { start: '2020-03-01', end: '2021-01-01' };
    expect([begunBy(period, '2020-02-29'), begunBy(period, '2020-03-01')]).toEqual([false, true]);
    expect([holds(period, '2021-01-01'), holds(period, '2021-01-02')]).toEqual([true, false]);
    expect([holds(undefined, '1900-01-01'), holds({ start: null, end: null }, '9999-12-31')]).toEqual([
      true,
      true,
    ]);
  });
});

describe('findEntityMentions with the publication day', () => {
  // The country inside the government's name is a mention of its own, as a leader in "نظام بشار الأسد".
  const country = ['zaytunia', 'زيتونيا'];

  it('gives a name two governments share to the one in power on the day', () => {
    expect(mentions('قالت حكومة زيتونيا', '2015-08-06')).toEqual([['old-regime', 'حكومة زيتونيا'], country]);
    expect(mentions('قالت حكومة زيتونيا', '2025-07-23')).toEqual([
      ['new-government', 'حكومة زيتونيا'],
      country,
    ]);
    expect(mentions('the Zaytunian government said', '2020-03-01')).toEqual([
      ['new-government', 'Zaytunian government'],
      ['old-regime', 'Zaytunian government'],
    ]);
  });

  it('never names an entity before it existed, and still names one that has ended', () => {
    expect(mentions('الحكومة الانتقالية في زيتونيا', '2015-08-06')).toEqual([['zaytunia', 'زيتونيا']]);
    expect(mentions('سقوط نظام الجنرال', '2025-07-23')).toEqual([['old-regime', 'نظام الجنرال']]);
  });

  it('without a day, matches every entity that goes by the name', () => {
    expect(mentions('قالت حكومة زيتونيا')).toEqual([
      ['new-government', 'حكومة زيتونيا'],
      ['old-regime', 'حكومة زيتونيا'],
      country,
    ]);
  });

  it('does not match a name that a following word makes another body', () => {
    expect(
      mentions('حكومة زيتونيا المؤقتة والجيش الزيتوني الحر والجيش الزيتوني السابق', '2025-07-23'),
    ).toEqual([country]);
    expect(mentions('الجيش الزيتوني الجديد', '2025-07-23')).toEqual([['army', 'الجيش الزيتوني']]);
  });

  it('reads a hamza written on the line as the hamza on its seat, and keeps it in the mention', () => {
    expect(mentions('1.7 مليون لاجيء في زيتونيا')).toEqual([['refugees', 'لاجيء في زيتونيا'], country]);
    expect(mentions('كل لاجيء هناك')).toEqual([['refugees', 'لاجيء']]);
  });
});
