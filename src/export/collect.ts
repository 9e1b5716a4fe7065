import { EXPORT_TIMELINE_PAGE, type ExportEvent } from './operations';
import type { FilterVariables } from './params';
import type { RunOperation } from './run';

/** What an export holds, and whether a cap cut it. */
export interface Collected {
  events: ExportEvent[];
  /** How many events the filter selects in all. */
  total: number;
  truncated: boolean;
}

const PAGE = 100; // the API's page cap

/** Pages through the timeline (100 a page, in timeline order) until `maxRows` events or the end. */
export async function collectTimeline(
  run: RunOperation,
  filter: FilterVariables,
  maxRows: number,
): Promise<Collected> {
  const events: ExportEvent[] = [];
  let total = 0;
  let after: string | null = null;
  while (events.length < maxRows) {
    type Page = {
      timeline: {
        totalCount: number;
        edges: { node: ExportEvent }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    };
    const first = Math.min(PAGE, maxRows - events.length);
    const page: Page = await run<Page>(EXPORT_TIMELINE_PAGE, { filter, first, after });
    total = page.timeline.totalCount;
    events.push(...page.timeline.edges.map((e) => e.node));
    if (!page.timeline.pageInfo.hasNextPage) break;
    after = page.timeline.pageInfo.endCursor;
  }
  return { events, total, truncated: total > events.length };
}
