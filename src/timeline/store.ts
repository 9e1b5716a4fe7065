import { type EventNode, eventRow } from '../event/store';
import type { Db } from '../neo4j/db';
import { luceneTerms } from '../search/lucene';

export interface TimelineFilter {
  entities?: string[] | null;
  entityMatch?: 'ANY' | 'ALL' | null;
  kinds?: string[] | null;
  from?: string | null;
  to?: string | null;
  text?: string | null;
  articles?: string[] | null;
}

/** How many events a free-text filter may select before paging. */
const TEXT_CAP = 10_000;

/**
 * The filter as query parameters: every optional filter is a parameter (null = not applied);
 * the free-text filter becomes the ids the full-text index matches (one bounded round trip).
 */
export async function filterParams(
  db: Db,
  f: TimelineFilter | null | undefined,
  anchor: string | null = null,
) {
  let textIds: string[] | null = null;
  const terms = f?.text ? luceneTerms(f.text) : [];
  if (f?.text) {
    const query = terms.map((t) => `+${t}`).join(' ');
    textIds = query
      ? (await db.read<{ id: string }>('timeline/text-matches', { query, cap: TEXT_CAP })).map((r) => r.id)
      : [];
  }
  return {
    entities: f?.entities?.length ? f.entities : null,
    match: f?.entityMatch ?? 'ANY',
    kinds: f?.kinds?.length ? f.kinds : null,
    from: f?.from ?? null,
    to: f?.to ?? null,
    textIds,
    articles: f?.articles?.length ? f.articles : null,
    anchor,
  };
}

export type FilterParams = Awaited<ReturnType<typeof filterParams>>;

/** One page of events in keyset order, with their rows; `descending` walks the timeline backwards. */
export async function pageOfEvents(
  db: Db,
  params: FilterParams,
  bound: string | null,
  descending: boolean,
  limit: number,
) {
  const byEntity = params.entities !== null || params.anchor !== null;
  const query = `timeline/${byEntity ? 'entity-page' : 'page'}-${descending ? 'desc' : 'asc'}`;
  const entities = params.entities ?? (params.anchor ? [params.anchor] : null);
  const rows = await db.read<{ id: string; key: string } & EventNode>(query, {
    ...params,
    entities,
    bound: bound ?? (descending ? '\uffff' : ''),
    limit,
  });
  return rows.map((r) => ({ id: r.id, key: r.key, event: eventRow(r.event, r.place) }));
}

export async function countEvents(db: Db, params: FilterParams): Promise<number> {
  const [row] = await db.read<{ n: number }>('timeline/count', params);
  return row?.n ?? 0;
}

export interface BucketRow {
  start: string;
  end: string;
  count: number;
  coarse: number;
}

export function histogram(db: Db, params: FilterParams, granularity: 'DAY' | 'WEEK' | 'MONTH' | 'YEAR') {
  return db.read<BucketRow>('timeline/histogram', { ...params, granularity });
}
