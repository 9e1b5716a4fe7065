import { describe, expect, it } from 'vitest';
import { testApp } from '../helpers';

const { gql, yoga } = testApp();
const QUERY = `query($t: String!, $p: DateDirection) {
  parseDates(text: $t, reference: "2025-07-23", prefer: $p) { text span { edtf start end } }
}`;
const edtfs = (r: { data?: { parseDates: { span: { edtf: string } }[] } }) =>
  r.data?.parseDates.map((m) => m.span.edtf);

describe('parseDates through the API', () => {
  it('reads a bare weekday, month or day towards the past by default and forward with prefer: FUTURE', async () => {
    const text = 'الخميس، وفي أيلول، و5 آب، and on Monday';
    const past = await gql<{ parseDates: { span: { edtf: string } }[] }>(QUERY, { t: text });
    expect(past.errors).toBeUndefined();
    expect(edtfs(past)).toEqual(['2025-07-17', '2024-09', '2024-08-05', '2025-07-21']);
    const future = await gql<{ parseDates: { span: { edtf: string } }[] }>(QUERY, { t: text, p: 'FUTURE' });
    expect(edtfs(future)).toEqual(['2025-07-24', '2025-09', '2025-08-05', '2025-07-28']);
  });

  it('lets written cues win over prefer', async () => {
    const text = 'الخميس الماضي، 3 days ago, next Friday, سيعقد الاجتماع يوم الأحد';
    for (const p of ['PAST', 'FUTURE']) {
      const r = await gql<{ parseDates: { span: { edtf: string } }[] }>(QUERY, { t: text, p });
      expect(edtfs(r)).toEqual(['2025-07-17', '2025-07-20', '2025-07-25', '2025-07-27']);
    }
  });

  it('gives a relation that names no time no span and a warning saying why, never an error', async () => {
    const r = await gql<{
      parseDates: { text: string; span: null | { edtf: string }; warnings: string[] }[];
    }>(
      `{ parseDates(text: "from 15 to 13 July, then 31 شباط 2025, then 8 August", reference: "2025-07-23") {
        text span { edtf } warnings } }`,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data?.parseDates.map((m) => [m.span?.edtf ?? null, m.warnings])).toEqual([
      [null, ['inverted range: 2025-07-15 is after 2025-07-13, so the range names no time']],
      [null, [expect.stringMatching(/no day 31 in month 2/)]],
      ['2024-08-08', []],
    ]);
  });

  it('refuses a direction it does not know, naming it', async () => {
    const r = await gql(QUERY, { t: 'Monday', p: 'SIDEWAYS' });
    expect(r.errors?.[0]?.message).toMatch(/SIDEWAYS/);
  });

  it('answers /health while it parses the largest hostile text it accepts', { timeout: 60_000 }, async () => {
    const hostile = `الأحد ،${' '.repeat(50)}Monday, 23 July 2025 ، , / - . \u200fـ`;
    const text = hostile.repeat(Math.ceil(200_000 / hostile.length)).slice(0, 200_000);
    const [parsed, health] = await Promise.all([
      gql<{ parseDates: unknown[] }>(QUERY, { t: text }),
      yoga.fetch('http://test/health'),
    ]);
    expect(health.status).toBe(200);
    expect(parsed.errors).toBeUndefined();
    expect(parsed.data?.parseDates.length).toBeGreaterThan(1000);
  });
});
