import type { Collected } from './collect';
import type { ExportEvent, ExportSpan } from './operations';
import { precisionLabel, spanRange } from './span-words';

/** A TimelineJS 3 date: only the parts the precision knows (a month-precision date has no day). */
interface TlDate {
  year: number;
  month?: number;
  day?: number;
}

const escapeHtml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

const COARSE_TO_MONTH = new Set(['MONTH', 'QUARTER', 'SEASON', 'PART_OF_YEAR']);
const COARSE_TO_YEAR = new Set(['YEAR', 'DECADE']);

function tlDate(iso: string, precision: string): TlDate {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  if (COARSE_TO_YEAR.has(precision)) return { year: y };
  // A month-precision span starting on the 1st is the whole month: TimelineJS shows "June 2025".
  if (precision === 'MONTH') return { year: y, month: m };
  if (COARSE_TO_MONTH.has(precision)) return { year: y, month: m, day: d };
  return { year: y, month: m, day: d };
}

/** Start and end for TimelineJS: a span has both; an open span has its known end only. */
function dates(when: ExportSpan) {
  const start = when.start ?? when.end;
  if (!start) return undefined;
  const out: { start_date: TlDate; end_date?: TlDate } = { start_date: tlDate(start, when.precision) };
  if (when.start && when.end && when.end !== when.start) out.end_date = tlDate(when.end, when.precision);
  return out;
}

function slideText(e: ExportEvent): string {
  const parts: string[] = [];
  if (e.summary) parts.push(`<p>${escapeHtml(e.summary)}</p>`);
  parts.push(`<p lang="ar" dir="rtl">${escapeHtml(e.titleAr)}</p>`);
  const written = e.when.text
    ? ` · as written: <span lang="ar" dir="auto">${escapeHtml(e.when.text)}</span>`
    : '';
  parts.push(
    `<p>When: ${escapeHtml(spanRange(e.when))} (${escapeHtml(precisionLabel(e.when))}; EDTF ${escapeHtml(e.when.edtf)})${written}</p>`,
  );
  if (e.participants.length) {
    const who = e.participants
      .map((p) => `${escapeHtml(p.entity.name)} (${p.role.toLowerCase()})`)
      .join(', ');
    parts.push(`<p>Participants: ${who}</p>`);
  }
  const sources = e.evidence.map((x) => {
    const said = x.attributedTo ? ` — according to ${escapeHtml(x.attributedTo.name)}` : '';
    const quote = x.quote ? ` <q lang="ar" dir="rtl">${escapeHtml(x.quote)}</q>` : '';
    return `<li>${escapeHtml(x.article.publisher.name)}, ${escapeHtml(x.article.published)}: ${escapeHtml(x.article.title)}${said}${quote}</li>`;
  });
  if (sources.length) parts.push(`<p>Sources:</p><ul>${sources.join('')}</ul>`);
  return parts.join('');
}

/**
 * TimelineJS 3 JSON. Precision is in `display_date` ("1 June 2025 – 10 June 2025 · part of month,
 * approximate") and in which date parts are given; spans use `start_date` and `end_date`. Each
 * slide names its sources. `export` (ignored by TimelineJS) records the filter, when it was made,
 * and whether the row cap cut it; so does the title slide.
 */
export function toTimelineJs(c: Collected, meta: { filter: object; generated: string; maxRows: number }) {
  const events = c.events.flatMap((e) => {
    const d = dates(e.when);
    if (!d) return [];
    return [
      {
        unique_id: e.id,
        ...d,
        display_date: `${spanRange(e.when)} · ${precisionLabel(e.when)}`,
        text: { headline: escapeHtml(e.title), text: slideText(e) },
        group: e.kind.toLowerCase().replace(/_/g, ' '),
      },
    ];
  });
  const cut = c.truncated ? ` Capped at ${meta.maxRows}: ${c.events.length} of ${c.total} events.` : '';
  return {
    title: {
      text: {
        headline: 'News timeline graph',
        text: `<p>${c.events.length} events from the news timeline graph, exported ${escapeHtml(meta.generated)}.${escapeHtml(cut)}</p>`,
      },
    },
    events,
    export: {
      source: 'kg-timeline /export/timelinejs.json',
      generated: meta.generated,
      filter: meta.filter,
      events: c.events.length,
      total: c.total,
      truncated: c.truncated,
    },
  };
}
