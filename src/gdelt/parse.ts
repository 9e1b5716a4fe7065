import { isValidDay } from '../dates/calendar';
import type { Layout } from './columns';
import type { RawRecord } from './read';

/** One thing wrong with one row: its line, the column by name, and what is wrong. */
export interface RowProblem {
  line: number;
  column?: string;
  message: string;
}

export interface GdeltActor {
  code: string;
  name: string;
  country: string | null;
  knownGroup: string | null;
  ethnic: string | null;
  religions: string[];
  types: string[];
}

export interface GdeltPlace {
  type: number;
  fullName: string;
  country: string | null;
  adm1: string | null;
  lat: number | null;
  long: number | null;
  featureId: string | null;
}

export interface GdeltEvent {
  line: number;
  id: string;
  /** SQLDATE as an ISO day. */
  day: string;
  actor1: GdeltActor | null;
  actor2: GdeltActor | null;
  isRoot: boolean;
  code: string;
  root: string;
  quadClass: number;
  goldstein: number;
  numMentions: number;
  numSources: number;
  numArticles: number;
  avgTone: number;
  place: GdeltPlace | null;
  /** DATEADDED as YYYYMMDDHHMMSS (GDELT 1.0's YYYYMMDD gets 000000). Later replaces earlier. */
  added: string;
  sourceUrl: string | null;
}

export interface GdeltMention {
  line: number;
  eventId: string;
  eventAdded: string;
  mentionTime: string;
  type: number;
  sourceName: string;
  identifier: string;
  sentence: number;
  actor1Offset: number | null;
  actor2Offset: number | null;
  actionOffset: number | null;
  inRawText: boolean;
  confidence: number;
  docLength: number;
  docTone: number;
  translation: string | null;
}

const MAX_TEXT = 2_000;
const DIGITS = /^\d+$/;
/** pandas writes integers of a float column as "5.0"; those are still whole numbers. */
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** Reads the fields of one record by column name, noting every problem with its column. */
class Fields {
  readonly problems: RowProblem[] = [];
  constructor(
    private readonly record: RawRecord,
    private readonly index: Map<string, number>,
  ) {}

  text(column: string): string {
    const i = this.index.get(column);
    const v = (i === undefined ? '' : (this.record.fields[i] ?? '')).trim();
    if (v.length > MAX_TEXT) {
      this.problem(column, `longer than ${MAX_TEXT} characters`);
      return '';
    }
    return v;
  }

  optional(column: string): string | null {
    return this.text(column) || null;
  }

  required(column: string): string {
    const v = this.text(column);
    if (!v) this.problem(column, 'is empty');
    return v;
  }

  number(column: string, min: number, max: number, opts: { whole?: boolean; empty?: number } = {}): number {
    const v = this.text(column);
    if (!v && opts.empty !== undefined) return opts.empty;
    const n = NUMBER.test(v) ? Number(v) : Number.NaN;
    if (!Number.isFinite(n) || n < min || n > max || (opts.whole && !Number.isInteger(n))) {
      this.problem(
        column,
        `expected ${opts.whole ? 'a whole number' : 'a number'} from ${min} to ${max}, got ${show(v)}`,
      );
      return 0;
    }
    return n;
  }

  optionalNumber(column: string, min: number, max: number): number | null {
    return this.text(column) ? this.number(column, min, max) : null;
  }

  id(column: string): string {
    const v = this.text(column);
    if (!DIGITS.test(v) || v.length > 19) {
      this.problem(column, `expected a numeric id, got ${show(v)}`);
      return '0';
    }
    return v.replace(/^0+(?=\d)/, '');
  }

  /** YYYYMMDDHHMMSS, or YYYYMMDD when `dayOnly` is allowed (then 000000 is added). */
  timestamp(column: string, dayOnly = false): string {
    const v = this.text(column);
    const full = dayOnly && /^\d{8}$/.test(v) ? `${v}000000` : v;
    if (!/^\d{14}$/.test(full) || !validDay(full)) {
      this.problem(
        column,
        `expected a timestamp YYYYMMDDHHMMSS${dayOnly ? ' or YYYYMMDD' : ''}, got ${show(v)}`,
      );
      return '00000000000000';
    }
    return full;
  }

  problem(column: string, message: string) {
    this.problems.push({ line: this.record.line, column, message: `${column} ${message}` });
  }
}

const show = (v: string) => (v ? `"${v.length > 40 ? `${v.slice(0, 40)}…` : v}"` : 'nothing');
const validDay = (digits: string) =>
  isValidDay({
    year: Number(digits.slice(0, 4)),
    month: Number(digits.slice(4, 6)),
    day: Number(digits.slice(6, 8)),
  });
const isoDay = (digits: string) => `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6, 8)}`;

function actor(f: Fields, n: 1 | 2): GdeltActor | null {
  const p = `Actor${n}`;
  const code = f.text(`${p}Code`);
  const name = f.text(`${p}Name`);
  if (!code && !name) return null;
  return {
    code,
    name: name || code,
    country: f.optional(`${p}CountryCode`),
    knownGroup: f.optional(`${p}KnownGroupCode`),
    ethnic: f.optional(`${p}EthnicCode`),
    religions: [f.text(`${p}Religion1Code`), f.text(`${p}Religion2Code`)].filter(Boolean),
    types: [f.text(`${p}Type1Code`), f.text(`${p}Type2Code`), f.text(`${p}Type3Code`)].filter(Boolean),
  };
}

function place(f: Fields): GdeltPlace | null {
  const type = f.number('ActionGeo_Type', 0, 5, { whole: true, empty: 0 });
  const fullName = f.text('ActionGeo_FullName');
  if (!type || !fullName) return null;
  return {
    type,
    fullName,
    country: f.optional('ActionGeo_CountryCode'),
    adm1: f.optional('ActionGeo_ADM1Code'),
    lat: f.optionalNumber('ActionGeo_Lat', -90, 90),
    long: f.optionalNumber('ActionGeo_Long', -180, 180),
    featureId: f.optional('ActionGeo_FeatureID'),
  };
}

/** A CAMEO event code: 2–4 digits under one of the 20 roots (pandas may have dropped the leading 0). */
function cameo(f: Fields): { code: string; root: string } {
  let code = f.text('EventCode');
  if (/^\d{1,3}$/.test(code) && f.text('EventRootCode').length === 1)
    code = code.padStart(code.length + 1, '0');
  const root = code.slice(0, 2);
  const rootNumber = Number(root);
  if (!/^\d{2,4}$/.test(code) || rootNumber < 1 || rootNumber > 20) {
    f.problem('EventCode', `expected a CAMEO code of 2 to 4 digits under a root 01–20, got ${show(code)}`);
    return { code: '', root: '' };
  }
  const given = f.text('EventRootCode');
  if (given && Number(given) !== rootNumber)
    f.problem('EventRootCode', `is ${show(given)} but EventCode ${code} is under the root ${root}`);
  return { code, root };
}

export type Parsed<T> = { row: T; problems?: undefined } | { row?: undefined; problems: RowProblem[] };

/** One event row of any events layout, or what is wrong with it. */
export function parseEvent(record: RawRecord, index: Map<string, number>): Parsed<GdeltEvent> {
  const f = new Fields(record, index);
  const id = f.id('GLOBALEVENTID');
  const sqlDate = f.text('SQLDATE');
  if (!/^\d{8}$/.test(sqlDate) || !validDay(sqlDate))
    f.problem('SQLDATE', `expected a day YYYYMMDD, got ${show(sqlDate)}`);
  const { code, root } = cameo(f);
  const row: GdeltEvent = {
    line: record.line,
    id,
    day: isoDay(sqlDate),
    actor1: actor(f, 1),
    actor2: actor(f, 2),
    isRoot: f.number('IsRootEvent', 0, 1, { whole: true, empty: 0 }) === 1,
    code,
    root,
    quadClass: f.number('QuadClass', 1, 4, { whole: true }),
    goldstein: f.number('GoldsteinScale', -10, 10),
    numMentions: f.number('NumMentions', 0, 1e9, { whole: true }),
    numSources: f.number('NumSources', 0, 1e9, { whole: true }),
    numArticles: f.number('NumArticles', 0, 1e9, { whole: true }),
    avgTone: f.number('AvgTone', -100, 100),
    place: place(f),
    added: f.timestamp('DATEADDED', true),
    sourceUrl: f.optional('SOURCEURL'),
  };
  return f.problems.length ? { problems: f.problems } : { row };
}

/** One mentions row, or what is wrong with it. */
export function parseMention(record: RawRecord, index: Map<string, number>): Parsed<GdeltMention> {
  const f = new Fields(record, index);
  const offset = (c: string) => {
    const n = f.number(c, -1, 1e9, { whole: true, empty: -1 });
    return n < 0 ? null : n;
  };
  const row: GdeltMention = {
    line: record.line,
    eventId: f.id('GLOBALEVENTID'),
    eventAdded: f.timestamp('EventTimeDate'),
    mentionTime: f.timestamp('MentionTimeDate'),
    type: f.number('MentionType', 1, 6, { whole: true }),
    sourceName: f.required('MentionSourceName'),
    identifier: f.required('MentionIdentifier'),
    sentence: f.number('SentenceID', 0, 1e9, { whole: true }),
    actor1Offset: offset('Actor1CharOffset'),
    actor2Offset: offset('Actor2CharOffset'),
    actionOffset: offset('ActionCharOffset'),
    inRawText: f.number('InRawText', 0, 1, { whole: true, empty: 0 }) === 1,
    confidence: f.number('Confidence', 0, 100, { whole: true }),
    docLength: f.number('MentionDocLen', 0, 1e12, { whole: true, empty: 0 }),
    docTone: f.number('MentionDocTone', -100, 100, { empty: 0 }),
    translation: f.optional('MentionDocTranslationInfo'),
  };
  return f.problems.length ? { problems: f.problems } : { row };
}

/** Column name → index for a layout (headerless layouts use the codebook's order). */
export function columnIndex(layout: Layout): Map<string, number> {
  return new Map(layout.columns.map((c, i) => [c, i] as const));
}

/** Checks a record has the layout's number of fields (a header-ful file: at least its named ones). */
export function checkWidth(record: RawRecord, layout: Layout): RowProblem | undefined {
  const n = record.fields.length;
  if (n === layout.columns.length) return undefined;
  return {
    line: record.line,
    message: `expected ${layout.columns.length} columns (${layout.name}), found ${n}`,
  };
}
