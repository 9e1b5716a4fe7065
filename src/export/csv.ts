import type { ExportEvent } from './operations';

/** The CSV columns, one row per event. */
export const CSV_COLUMNS = [
  'id',
  'title',
  'title_ar',
  'kind',
  'cameo',
  'edtf',
  'start',
  'end',
  'precision',
  'approximate',
  'uncertain',
  'date_as_written',
  'place',
  'participants',
  'sources',
  'summary',
] as const;

/**
 * One RFC 4180 field: quoted when it holds a comma, quote or line break, quotes doubled. A cell
 * that a spreadsheet would run as a formula (starting with =, +, @, tab or CR) gets a leading
 * apostrophe, as OWASP advises, so opening the file never runs anything.
 */
export function csvField(value: string | number | boolean | null | undefined): string {
  let s = value === null || value === undefined ? '' : String(value);
  if (/^[=+@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const csvRow = (fields: readonly (string | number | boolean | null | undefined)[]) =>
  `${fields.map(csvField).join(',')}\r\n`;

/** An event as a row: participants as "role: name (id)", sources as "publisher, day, article id, url: “quote”". */
export function eventRow(e: ExportEvent): string {
  const participants = e.participants.map((p) => `${p.role}: ${p.entity.name} (${p.entity.id})`).join('; ');
  const sources = e.evidence
    .map((x) => {
      const a = x.article;
      const said = x.attributedTo ? ` according to ${x.attributedTo.name}` : '';
      return `${a.publisher.name}, ${a.published}, ${a.id}${a.url ? `, ${a.url}` : ''}${said}${x.quote ? `: “${x.quote}”` : ''}`;
    })
    .join('; ');
  return csvRow([
    e.id,
    e.title,
    e.titleAr,
    e.kind,
    e.cameo,
    e.when.edtf,
    e.when.start,
    e.when.end,
    e.when.precision,
    e.when.approximate,
    e.when.uncertain,
    e.when.text,
    e.place ? `${e.place.name} (${e.place.id})` : '',
    participants,
    sources,
    e.summary,
  ]);
}

/** UTF-8 with a byte-order mark, so spreadsheets read the Arabic as Arabic. */
export const CSV_BOM = '\uFEFF';
