import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { parseDates } from '../src/dates';

/**
 * Worst-case parse time of parseDates per 100k characters: each input repeats one adversarial unit
 * (whitespace runs, separators, digits, month and weekday words, bidi marks, tatweel, dense dates) up
 * to 100,000 characters. Needs nothing else of the benchmark: `npx tsx bench/date-parse.ts` writes
 * bench/results/date-parse.md; `npm run bench` adds the same table to its results.
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
  /** Wall time, best of three runs. */
  ms: number;
  /** CPU time of this process, best of three runs (less disturbed by other work on the machine). */
  cpuMs: number;
  mentions: number;
}

const CHARS = 100_000;

export function measureDateParse(reference = '2025-07-23'): { rows: DateParseRow[]; worst: DateParseRow } {
  const rows = Object.entries(ADVERSARIAL_UNITS).map(([input, unit]) => {
    const text = unit.repeat(Math.ceil(CHARS / unit.length)).slice(0, CHARS);
    parseDates(text.slice(0, 10_000), reference); // warm-up
    let [ms, cpuMs, mentions] = [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY, 0];
    for (let run = 0; run < 3; run++) {
      const [t0, cpu] = [performance.now(), process.cpuUsage()];
      mentions = parseDates(text, reference).length;
      const used = process.cpuUsage(cpu);
      ms = Math.min(ms, performance.now() - t0);
      cpuMs = Math.min(cpuMs, (used.user + used.system) / 1000);
    }
    return { input, chars: text.length, ms, cpuMs, mentions };
  });
  const worst = rows.reduce((a, b) => (b.ms > a.ms ? b : a));
  return { rows, worst };
}

export function dateParseMarkdown({ rows, worst }: ReturnType<typeof measureDateParse>): string[] {
  return [
    '## Date parsing, worst case per 100k characters',
    '',
    `Worst: **${worst.ms.toFixed(0)} ms** per 100k characters (${worst.input}; ${worst.cpuMs.toFixed(0)} ms of CPU); best of 3 runs each, one process, load average ${loadavg()[0]?.toFixed(1)}.`,
    '',
    '| input (repeated to 100k characters) | ms | CPU ms | mentions |',
    '|---|---|---|---|',
    ...rows.map((r) => `| ${r.input} | ${r.ms.toFixed(0)} | ${r.cpuMs.toFixed(0)} | ${r.mentions} |`),
    '',
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const md = dateParseMarkdown(measureDateParse()).join('\n');
  writeFileSync(new URL('./results/date-parse.md', import.meta.url), `# Benchmark results\n\n${md}`);
  console.log(md);
}
