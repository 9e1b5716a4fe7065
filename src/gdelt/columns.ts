/**
 * The GDELT file layouts (GDELT 2.0 Event and Mentions codebooks, GDELT 1.0 daily files) and how a
 * file's layout is recognised: by its header row when it has one, else by its number of columns.
 */
const ACTOR = (n: 1 | 2) =>
  [
    'Code',
    'Name',
    'CountryCode',
    'KnownGroupCode',
    'EthnicCode',
    'Religion1Code',
    'Religion2Code',
    'Type1Code',
    'Type2Code',
    'Type3Code',
  ].map((c) => `Actor${n}${c}`);
const GEO = (prefix: string, adm2: boolean) =>
  [
    'Type',
    'FullName',
    'CountryCode',
    'ADM1Code',
    ...(adm2 ? ['ADM2Code'] : []),
    'Lat',
    'Long',
    'FeatureID',
  ].map((c) => `${prefix}Geo_${c}`);
const EVENT_HEAD = [
  'GLOBALEVENTID',
  'SQLDATE',
  'MonthYear',
  'Year',
  'FractionDate',
  ...ACTOR(1),
  ...ACTOR(2),
];
const EVENT_CODES = [
  'IsRootEvent',
  'EventCode',
  'EventBaseCode',
  'EventRootCode',
  'QuadClass',
  'GoldsteinScale',
  'NumMentions',
  'NumSources',
  'NumArticles',
  'AvgTone',
];
const eventColumns = (adm2: boolean, sourceUrl: boolean) => [
  ...EVENT_HEAD,
  ...EVENT_CODES,
  ...GEO('Actor1', adm2),
  ...GEO('Actor2', adm2),
  ...GEO('Action', adm2),
  'DATEADDED',
  ...(sourceUrl ? ['SOURCEURL'] : []),
];

export const MENTION_COLUMNS = [
  'GLOBALEVENTID',
  'EventTimeDate',
  'MentionTimeDate',
  'MentionType',
  'MentionSourceName',
  'MentionIdentifier',
  'SentenceID',
  'Actor1CharOffset',
  'Actor2CharOffset',
  'ActionCharOffset',
  'InRawText',
  'Confidence',
  'MentionDocLen',
  'MentionDocTone',
  'MentionDocTranslationInfo',
  'Extras',
];

export type LayoutKind = 'events' | 'mentions';
export interface Layout {
  kind: LayoutKind;
  /** What the file is, for messages: "GDELT 2.0 export (61 columns)". */
  name: string;
  /** Column names in file order; a header-ful file keeps its own (unknown ones are ignored). */
  columns: string[];
  header: boolean;
}

/** Headerless layouts by their number of columns. */
export const LAYOUTS: Layout[] = [
  { kind: 'events', name: 'GDELT 2.0 export', columns: eventColumns(true, true), header: false },
  { kind: 'events', name: 'GDELT 1.0 daily file', columns: eventColumns(false, true), header: false },
  { kind: 'events', name: 'GDELT 1.0 back file', columns: eventColumns(false, false), header: false },
  { kind: 'mentions', name: 'GDELT 2.0 mentions', columns: MENTION_COLUMNS, header: false },
];

const described = LAYOUTS.map((l) => `${l.columns.length} (${l.name})`).join(', ');

/**
 * The layout of a file from its first record: a header row (first field GLOBALEVENTID, any case;
 * comma- or tab-separated) names its columns, else the number of fields picks the layout.
 */
export function detectLayout(first: string[]): Layout | string {
  if (first[0]?.trim().toUpperCase() === 'GLOBALEVENTID') {
    const byName = new Map(
      [...eventColumns(true, true), ...MENTION_COLUMNS].map((c) => [c.toUpperCase(), c] as const),
    );
    const columns = first.map((c) => byName.get(c.trim().toUpperCase()) ?? c.trim());
    if (columns.includes('MentionIdentifier'))
      return { kind: 'mentions', name: 'GDELT mentions with a header', columns, header: true };
    if (columns.includes('EventCode') && columns.includes('SQLDATE'))
      return { kind: 'events', name: 'GDELT events with a header', columns, header: true };
    return 'a header row that names neither EventCode and SQLDATE (events) nor MentionIdentifier (mentions)';
  }
  const layout = LAYOUTS.find((l) => l.columns.length === first.length);
  return layout ?? `${first.length} columns; expected ${described}`;
}
