import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { type CorroborationReport, corroboratePending } from '../corroboration/store';
import type { Db } from '../neo4j/db';
import { detectLayout, type Layout } from './columns';
import {
  checkWidth,
  columnIndex,
  type GdeltEvent,
  type GdeltMention,
  type Parsed,
  parseEvent,
  parseMention,
  type RowProblem,
} from './parse';
import { DEFAULT_LIMITS, type RawRecord, ReadError, type ReadLimits, readRecords } from './read';
import { eventRows, mentionRow } from './rows';
import { type EventCounts, type MentionCounts, writeEvents, writeMentions } from './write';

/** A problem in one file: the whole file (no line) or one row, with the column by name. */
export interface FileProblem extends RowProblem {
  file: string;
}

/** Problems kept per file; beyond that they are only counted. */
const KEPT_PROBLEMS = 200;

export class GdeltProblems extends Error {
  override name = 'GdeltProblems';
  constructor(
    readonly problems: FileProblem[],
    readonly total: number,
  ) {
    super(
      [
        `${total} problem${total === 1 ? '' : 's'}; nothing was written (--skip-bad loads the good rows):`,
        ...problems.slice(0, 50).map(formatProblem),
        ...(total > 50 ? [`… and ${total - 50} more`] : []),
      ].join('\n'),
    );
  }
}

export const formatProblem = (p: FileProblem) =>
  `${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}${p.column && !p.message.startsWith(p.column) ? ` (${p.column})` : ''}`;

export interface FileReport {
  file: string;
  layout: string | null;
  rows: number;
  bad: number;
  events?: EventCounts;
  mentions?: MentionCounts;
  /** Corroboration of the new and changed events (and any a stopped run left): links, blocks cut. */
  corroboration?: CorroborationReport;
  ms: number;
}

export interface ImportOptions {
  /** Report bad rows (and unreadable files) and load the rest, instead of failing. */
  skipBad?: boolean;
  limits?: ReadLimits;
  /** Rows per transaction (default 1,000). */
  batchRows?: number;
  onProblem?: (p: FileProblem) => void;
  onFile?: (r: FileReport) => void;
}

/** Folders expand to the GDELT files they hold (.csv, .tsv, .txt, .zip; any case), sorted by name. */
export function gdeltFiles(paths: string[]): string[] {
  return paths.flatMap((p) => {
    let isDir = false;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      return [p]; // reported as "no such file"
    }
    if (!isDir) return [p];
    return readdirSync(p)
      .filter((f) => /\.(csv|tsv|txt|zip)$/i.test(f))
      .sort()
      .map((f) => join(p, f));
  });
}

interface Scanned {
  file: string;
  layout: Layout | null;
  rows: number;
  badLines: Set<number>;
  problems: FileProblem[];
  total: number;
}

type Row = Parsed<GdeltEvent> | Parsed<GdeltMention>;

/** Each record of a file with its layout, parsed (the header row, if any, is not a record). */
async function* parsedRecords(
  file: string,
  limits: ReadLimits,
  onLayout: (l: Layout | string, first: RawRecord) => void,
  chunk: number,
): AsyncGenerator<{ record: RawRecord; parsed: Row }[]> {
  let layout: Layout | undefined;
  let index = new Map<string, number>();
  for await (const records of readRecords(file, limits, chunk)) {
    const out: { record: RawRecord; parsed: Row }[] = [];
    for (const record of records) {
      if (!layout) {
        const found = detectLayout(record.fields);
        onLayout(found, record);
        if (typeof found === 'string') return;
        layout = found;
        index = columnIndex(layout);
        if (layout.header) continue;
      }
      const width = layout.header ? undefined : checkWidth(record, layout);
      if (width) out.push({ record, parsed: { problems: [width] } });
      else if (layout.kind === 'events') out.push({ record, parsed: parseEvent(record, index) });
      else out.push({ record, parsed: parseMention(record, index) });
    }
    yield out;
  }
}

/** Pass 1: the layout and every bad row of a file, keeping nothing else in memory. */
async function scan(file: string, limits: ReadLimits): Promise<Scanned> {
  const s: Scanned = { file, layout: null, rows: 0, badLines: new Set(), problems: [], total: 0 };
  const add = (p: RowProblem) => {
    s.total++;
    if (s.problems.length < KEPT_PROBLEMS) s.problems.push({ file, ...p });
  };
  try {
    for await (const chunk of parsedRecords(
      file,
      limits,
      (l, first) => {
        if (typeof l === 'string') add({ line: first.line, message: `unknown layout: ${l}` });
        else s.layout = l;
      },
      1_000,
    )) {
      for (const { record, parsed } of chunk) {
        s.rows++;
        if (!parsed.problems) continue;
        s.badLines.add(record.line);
        for (const p of parsed.problems) add(p);
      }
    }
  } catch (err) {
    if (!(err instanceof ReadError)) throw err;
    add({ line: err.line ?? 0, message: err.message });
    s.layout = null;
  }
  if (!s.layout && !s.total) add({ line: 0, message: 'no rows' });
  return s;
}

/** Pass 1 over every file: layouts and every problem (the first 200 per file kept), no database. */
export async function checkFiles(paths: string[], limits: ReadLimits = DEFAULT_LIMITS) {
  const scanned: Scanned[] = [];
  for (const file of gdeltFiles(paths)) scanned.push(await scan(file, limits));
  const problems = scanned.flatMap((s) => s.problems);
  const total = scanned.reduce((n, s) => n + s.total, 0);
  return { scanned, problems, total };
}

/**
 * Imports GDELT files: every file is read once to find its layout and every bad row; if any is bad
 * (and not --skip-bad) all problems are reported and nothing is written. Then events files are
 * written before mentions files (mentions point at events), in batches of rows, one transaction
 * each; a re-import writes nothing, and a newer DATEADDED of an event replaces the older.
 */
export async function importGdelt(db: Db, paths: string[], opts: ImportOptions = {}): Promise<FileReport[]> {
  const limits = opts.limits ?? DEFAULT_LIMITS;
  const { scanned, problems, total } = await checkFiles(paths, limits);
  if (total && !opts.skipBad) throw new GdeltProblems(problems, total);
  for (const p of problems) opts.onProblem?.(p);

  const loadable = scanned.filter((s) => s.layout);
  const ordered = [
    ...loadable.filter((s) => s.layout?.kind === 'events'),
    ...loadable.filter((s) => s.layout?.kind === 'mentions'),
  ];
  const reports: FileReport[] = scanned
    .filter((s) => !s.layout)
    .map((s) => ({ file: s.file, layout: null, rows: s.rows, bad: s.rows, ms: 0 }));
  for (const s of ordered) {
    const report = await load(db, s, limits, opts.batchRows ?? 1_000);
    reports.push(report);
    opts.onFile?.(report);
  }
  return reports;
}

/** Pass 2: the good rows of one file, written in batches. */
async function load(db: Db, s: Scanned, limits: ReadLimits, batchRows: number): Promise<FileReport> {
  const t0 = performance.now();
  const layout = s.layout as Layout;
  const report: FileReport = { file: s.file, layout: layout.name, rows: s.rows, bad: s.badLines.size, ms: 0 };
  const events: EventCounts = { created: 0, updated: 0, unchanged: 0, older: 0 };
  const mentions: MentionCounts = { written: 0, orphans: 0 };
  for await (const chunk of parsedRecords(s.file, limits, () => {}, batchRows)) {
    const good = chunk.flatMap(({ parsed }) => (parsed.row ? [parsed.row] : []));
    if (!good.length) continue;
    if (layout.kind === 'events') {
      const c = await writeEvents(db, (good as GdeltEvent[]).map(eventRows));
      for (const k of Object.keys(events) as (keyof EventCounts)[]) events[k] += c[k];
    } else {
      const c = await writeMentions(db, (good as GdeltMention[]).map(mentionRow));
      mentions.written += c.written;
      mentions.orphans += c.orphans;
    }
  }
  // New and changed events, and any a stopped run left uncompared (so even when this file changed
  // nothing), are compared with the events around them (curated or other outlets).
  report.corroboration = await corroboratePending(db);
  if (layout.kind === 'events') report.events = events;
  else report.mentions = mentions;
  report.ms = performance.now() - t0;
  return report;
}
