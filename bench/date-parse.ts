import { pathToFileURL } from 'node:url';
import { parseDates } from '../src/dates';

/**
 * Worst-case parse time of parseDates per 100k characters: each input repeats one adversarial unit
 * (whitespace runs, separators, digits, month and weekday words, bidi marks, tatweel, dense dates) up
 * to 100,000 characters. Needs nothing else of the benchmark: `npx tsx bench/date-parse.ts`.
 */
export const ADVERSARIAL_UNITS: Record<string, string> = {
  'weekday + 1000 spaces': `الأحد${' '.repeat(1000)}`,
  'weekday, comma': 'الأحد ، ',
  'English weekday, comma': 'Monday, ',
  'month word': 'July ',
  'Arabic month, comma': 'تموز ، ',
  'dense full dates': '23 July 2025 ',
  'dense Arabic dates': 'في 6 من شباط الماضي، ',
  'digits and spaces': '1 ',
  'digit, dash': '3 - ',
  slashes: '12/',
  'ISO prefix': '2025-',
  separators: '، , / - . ',
  'RTL/LTR marks': '\u200f\u200e ',
  tatweel: 'ـ',
  'weekday, comma, day': 'يوم الاثنين ، ، 23 ',
  ranges: 'من 13 حتى ',
  'ordinal words': 'الثالث عشر من ',
  'relative units': 'in 3 days ago ',
  Hijri: '5 رمضان 1446 هـ ',
  letters: 'a',
};

export interface DateParseRow {
  input: string;
  chars: number;
  ms: number;
  mentions: number;
}

const CHARS = 100_000;

export function measureDateParse(reference = '2025-07-23'): { rows: DateParseRow[]; worst: DateParseRow } {
  const rows = Object.entries(ADVERSARIAL_UNITS).map(([input, unit]) => {
    const text = unit.repeat(Math.ceil(CHARS / unit.length)).slice(0, CHARS);
    parseDates(text.slice(0, 10_000), reference); // warm-up
    let best = Number.POSITIVE_INFINITY;
    let mentions = 0;
    for (let run = 0; run < 3; run++) {
      const t0 = performance.now();
      mentions = parseDates(text, reference).length;
      best = Math.min(best, performance.now() - t0);
    }
    return { input, chars: text.length, ms: best, mentions };
  });
  const worst = rows.reduce((a, b) => (b.ms > a.ms ? b : a));
  return { rows, worst };
}

export function dateParseMarkdown({ rows, worst }: ReturnType<typeof measureDateParse>): string[] {
  return [
    '## Date parsing, worst case per 100k characters',
    '',
    `Worst: **${worst.ms.toFixed(0)} ms** per 100k characters (${worst.input}); best of 3 runs each, one process.`,
    '',
    '| input (repeated to 100k characters) | ms | mentions |',
    '|---|---|---|',
    ...rows.map((r) => `| ${r.input} | ${r.ms.toFixed(0)} | ${r.mentions} |`),
    '',
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(dateParseMarkdown(measureDateParse()).join('\n'));
}
