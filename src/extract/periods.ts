/**
 * When an entity existed, as far as the graph says: the first and last day, null for a side the graph
 * does not bound. The matcher uses it to leave out an entity an article is too early to name, and to
 * give a name several entities share to the one that existed when the article was published.
 */
export interface Period {
  start: string | null;
  end: string | null;
}

/** A dated relationship as the graph or a prepared sheet holds it (span null when undated). */
export interface DatedRelation {
  type: string;
  from: string;
  span: { start: string | null; end: string | null } | null;
}

/**
 * The periods of governments, from what they govern. A government is a government only while it
 * governs: "الحكومة السورية" in 2015 is Assad's, in 2025 the one in power since 8 December 2024. Only
 * the spans that say when something began or ended bound a period: "since X" (X/..) gives a first
 * day, "until Y" (../Y) a last one; a closed span or a day is when a source saw it govern, not when it
 * began or ended, so alone it bounds nothing (it only widens a bound set by the other). Undated GOVERNS
 * relations say nothing either way.
 */
export function governmentPeriods(relations: readonly DatedRelation[]): Map<string, Period> {
  const spans = new Map<string, { start: string | null; end: string | null }[]>();
  for (const r of relations) {
    if (r.type !== 'GOVERNS' || !r.span) continue;
    const list = spans.get(r.from) ?? [];
    if (!list.length) spans.set(r.from, list);
    list.push(r.span);
  }
  const periods = new Map<string, Period>();
  for (const [id, list] of spans) {
    const since = list.some((s) => s.start !== null && s.end === null);
    const until = list.some((s) => s.start === null && s.end !== null);
    const starts = list.map((s) => s.start);
    const ends = list.map((s) => s.end);
    const period: Period = {
      start: since && !starts.includes(null) ? ([...starts].sort()[0] ?? null) : null,
      end: until && !ends.includes(null) ? ([...ends].sort().at(-1) ?? null) : null,
    };
    if (period.start !== null || period.end !== null) periods.set(id, period);
  }
  return periods;
}

/** Whether the entity had begun by the day (an unknown start has). */
export const begunBy = (period: Period | undefined, day: string) => !period?.start || period.start <= day;

/** Whether the period holds the day (an unknown side holds). */
export const holds = (period: Period | undefined, day: string) =>
  begunBy(period, day) && (!period?.end || day <= period.end);
