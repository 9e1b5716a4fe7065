import type { GraphQLResolveInfo } from 'graphql';
import graphqlFields from 'graphql-fields';
import type { Context } from '../context';
import { badInput } from '../errors';
import { EvidenceMethodEnum } from '../provenance/schema';
import { builder } from '../schema/builder';
import { EventKindEnum, GranularityEnum, MatchEnum, SortOrderEnum } from '../schema/enums';
import { Entity, Event } from '../schema/refs';
import { bucketsBetween, fillBuckets, MAX_FILLED_BUCKETS } from './buckets';
import { planFilter, type TimelineFilter } from './filter';
import { eventPage } from './paging';
import { pageProjection, type Selection } from './projection';
import { countEvents, histogram } from './store';

export const TimelineFilterInput = builder.inputType('TimelineFilter', {
  description: 'Which events a timeline holds. Time filters select events whose span overlaps [from, to].',
  fields: (t) => ({
    entities: t.idList({ description: 'Events involving these entities (as participant or place).' }),
    entityMatch: t.field({
      type: MatchEnum,
      defaultValue: 'ANY',
      description: 'ANY of the entities, or ALL of them.',
    }),
    kinds: t.field({ type: [EventKindEnum], description: 'Only these kinds of event.' }),
    from: t.field({ type: 'Date', description: 'Events whose span ends on or after this day.' }),
    to: t.field({ type: 'Date', description: 'Events whose span starts on or before this day.' }),
    text: t.string({
      description: 'Words that must all occur in the title or summary (any language; folded).',
    }),
    articles: t.idList({ description: 'Only events these articles give evidence for.' }),
    sources: t.field({
      type: [EvidenceMethodEnum],
      description:
        'Only events stated by evidence obtained these ways: CURATED (fact sheets with verified quotes), MACHINE_CODED (GDELT). Both when left out.',
    }),
  }),
});

export const DateRangeInput = builder.inputType('DateRange', {
  description: 'A range of days; either end may be left open.',
  fields: (t) => ({
    from: t.field({ type: 'Date', description: 'First day (inclusive).' }),
    to: t.field({ type: 'Date', description: 'Last day (inclusive).' }),
  }),
});

export function checkRange(
  range: { from?: string | null; to?: string | null } | null | undefined,
  argument: string,
) {
  if (range?.from && range.to && range.from > range.to) {
    throw badInput(`${argument}.from`, `(${range.from}) is after ${argument}.to (${range.to})`);
  }
}

export const toFilter = (
  f: typeof TimelineFilterInput.$inferInput | null | undefined,
): TimelineFilter | null =>
  f ? { ...f, entities: f.entities?.map(String) ?? null, articles: f.articles?.map(String) ?? null } : null;

export const EventConnection = builder.connectionObject(
  {
    type: Event,
    name: 'EventConnection',
    description: 'A page of events in timeline order.',
    fields: (t) => ({
      totalCount: t.int({
        description: 'How many events the filter selects in all (one extra query, only when asked).',
        resolve: (c) => (c as unknown as { totalCount: () => Promise<number> }).totalCount(),
      }),
    }),
  },
  { name: 'EventEdge', description: 'An event and its cursor.' },
);

/** Timelines and histograms one request may ask for (nested under entities, each is its own queries). */
export const MAX_TIMELINES_PER_REQUEST = 10;
const MAX_FILTER_IDS = 50;
const MAX_FILTER_TEXT = 200;

/** Checks a timeline filter's bounds before anything is queried. */
export function checkFilter(f: TimelineFilter | null) {
  checkRange(f, 'filter');
  for (const key of ['entities', 'articles'] as const) {
    const n = f?.[key]?.length ?? 0;
    if (n > MAX_FILTER_IDS)
      throw badInput(`filter.${key}`, `may list at most ${MAX_FILTER_IDS} ids, got ${n}`);
  }
  if ((f?.text?.length ?? 0) > MAX_FILTER_TEXT) {
    throw badInput('filter.text', `may be at most ${MAX_FILTER_TEXT} characters long`);
  }
}

/** Counts a timeline or histogram against the request's budget (the cost limit does not see variables). */
function countTimeline(ctx: Context, field: string) {
  ctx.counters.timelines++;
  if (ctx.counters.timelines > MAX_TIMELINES_PER_REQUEST) {
    throw badInput(
      field,
      `is one of more than ${MAX_TIMELINES_PER_REQUEST} timelines and histograms asked for in one request; page instead`,
    );
  }
}

/**
 * What the request selects under `edges.node` (fragments and @skip/@include taken into account):
 * the page statement reads those properties and lists along with the events, so a page of any size
 * is one round trip. Only field names choose among vetted fragments and property names from fixed
 * tables (projection.ts); nothing of the request becomes Cypher text.
 */
function selectedProjection(info: GraphQLResolveInfo) {
  const node = (graphqlFields(info) as { edges?: { node?: Selection } }).edges?.node ?? {};
  return pageProjection(node);
}

/** Resolves a timeline page (the Query field and Entity.timeline share it). */
export async function timelineConnection(
  ctx: Context,
  filter: TimelineFilter | null,
  anchor: string | null,
  args: Parameters<typeof eventPage>[2],
  info: GraphQLResolveInfo,
) {
  checkFilter(filter);
  countTimeline(ctx, 'timeline');
  const plan = planFilter(filter, anchor);
  const projection = selectedProjection(info);
  const page = await eventPage(ctx.db, plan, args, projection);
  // Whole rows are shared with the request's loaders (another field asking for the same event or
  // entity needs no round trip); partial ones answer only the selection they were read for.
  const events = Event.getDataloader(ctx);
  const entities = Entity.getDataloader(ctx);
  for (const event of page.events) {
    if (projection.eventsWhole) events.prime(event.id, event);
    if (projection.entitiesWhole)
      for (const p of event.participants ?? []) if (p.row) entities.prime(p.entity, p.row);
  }
  return { ...page, totalCount: () => countEvents(ctx.db, plan) };
}

builder.queryFields((t) => ({
  timeline: t.connection(
    {
      type: Event,
      description: 'Events in timeline order, filtered and paged (Relay cursors; at most 100 a page).',
      args: {
        filter: t.arg({ type: TimelineFilterInput }),
        order: t.arg({ type: SortOrderEnum, defaultValue: 'ASC' }),
      },
      resolve: (_root, args, ctx, info) =>
        timelineConnection(ctx, toFilter(args.filter), null, args, info) as never,
    },
    EventConnection,
  ),
  timelineHistogram: t.field({
    type: [TimeBucket],
    description: 'How many events fall in each day, week, month or year, over the same filter as timeline.',
    args: {
      filter: t.arg({ type: TimelineFilterInput }),
      granularity: t.arg({ type: GranularityEnum, required: true }),
      sparse: t.arg.boolean({
        defaultValue: false,
        description: `Only the non-empty buckets. Otherwise the empty buckets between the first and the last are filled in, at most ${MAX_FILLED_BUCKETS} buckets in all.`,
      }),
    },
    resolve: async (_root, { filter, granularity, sparse }, ctx) => {
      const f = toFilter(filter);
      checkFilter(f);
      countTimeline(ctx, 'timelineHistogram');
      const rows = await histogram(ctx.db, planFilter(f), granularity);
      const first = rows[0];
      const last = rows.at(-1);
      if (sparse || !first || !last) return rows;
      const needed = bucketsBetween(first.start, last.start, granularity);
      if (needed > MAX_FILLED_BUCKETS)
        throw badInput(
          'granularity',
          `${granularity} would need ${needed} buckets from ${first.start} to ${last.end}, more than the ${MAX_FILLED_BUCKETS} filled in at most; ask for sparse buckets, a coarser granularity or a narrower filter.from/filter.to`,
          { buckets: needed },
        );
      return fillBuckets(rows, granularity);
    },
  }),
}));

export const TimeBucket = builder
  .objectRef<{ start: string; end: string; count: number; coarse: number }>('TimeBucket')
  .implement({
    description: 'One bucket of a histogram. An event is counted once, in the bucket of its start.',
    fields: (t) => ({
      start: t.field({ type: 'Date', description: 'First day of the bucket.', resolve: (b) => b.start }),
      end: t.field({ type: 'Date', description: 'Last day of the bucket.', resolve: (b) => b.end }),
      count: t.exposeInt('count', { description: 'Events counted in this bucket.' }),
      coarse: t.exposeInt('coarse', {
        description: 'Of those, events dated less precisely than the bucket (their span is wider than it).',
      }),
    }),
  });
