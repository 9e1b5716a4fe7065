/**
 * How a time span reads to a person ("1 June 2025 – 10 June 2025", "on or before 23 July 2025").
 * Shared by the exports and the explorer (web/src/format.ts), so both say the same.
 */
export interface SpanWords {
  start: string | null;
  end: string | null;
  precision: string;
  approximate: boolean;
  uncertain: boolean;
}

/** A TimeSpan as a client selects it: `edtf start end precision approximate uncertain text`. */
export interface SpanFields extends SpanWords {
  edtf: string;
  text: string | null;
}

const dayFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

export const day = (iso: string) => dayFormat.format(new Date(`${iso}T00:00:00Z`));

export function spanRange(s: Pick<SpanWords, 'start' | 'end'>): string {
  if (s.start && s.end) return s.start === s.end ? day(s.start) : `${day(s.start)} – ${day(s.end)}`;
  if (s.end) return `on or before ${day(s.end)}`;
  if (s.start) return `from ${day(s.start)}, ongoing`;
  return 'undated';
}

/** "part of month, approximate". */
export function precisionLabel(s: SpanWords): string {
  const p = s.precision.toLowerCase().replace(/_/g, ' ');
  return [p, s.approximate ? 'approximate' : '', s.uncertain ? 'uncertain' : ''].filter(Boolean).join(', ');
}
