import { collectTimeline } from './collect';
import { CSV_BOM, CSV_COLUMNS, csvRow, eventRow } from './csv';
import { ExportError } from './errors';
import { toGraphml } from './graphml';
import { EXPORT_NEIGHBORHOOD, type ExportSubgraph } from './operations';
import { filterOf, integer, onlyKnown, TIMELINE_PARAMS } from './params';
import { operationRunner, type RunOperation } from './run';
import { toTimelineJs } from './timelinejs';

/** Each export's own caps: rows (events or nodes) and bytes. A cut export says so. */
export const EXPORT_CAPS = {
  timelinejs: { rows: 1000, bytes: 8_000_000 },
  csv: { rows: 5000, bytes: 16_000_000 },
  graphml: { nodes: 1000, bytes: 16_000_000 },
} as const;

interface Made {
  body: string;
  type: string;
  filename: string;
  rows: number;
  total: number;
  truncated: boolean;
}

const utf8Bytes = (s: string) => Buffer.byteLength(s, 'utf8');

async function timelineJs(run: RunOperation, url: URL, generated: string): Promise<Made> {
  onlyKnown(url, TIMELINE_PARAMS);
  const filter = filterOf(url);
  const cap = EXPORT_CAPS.timelinejs;
  const maxRows = integer(url, 'limit', 1, cap.rows, cap.rows);
  const c = await collectTimeline(run, filter, maxRows);
  let body = JSON.stringify(toTimelineJs(c, { filter, generated, maxRows }));
  // Over the byte cap: drop events from the end until it fits, and say so.
  while (utf8Bytes(body) > cap.bytes && c.events.length) {
    c.events.splice(Math.floor(c.events.length * 0.9));
    c.truncated = true;
    body = JSON.stringify(toTimelineJs(c, { filter, generated, maxRows }));
  }
  return {
    body,
    type: 'application/json; charset=utf-8',
    filename: 'timeline.timelinejs.json',
    rows: c.events.length,
    total: c.total,
    truncated: c.truncated,
  };
}

async function csv(run: RunOperation, url: URL): Promise<Made> {
  onlyKnown(url, TIMELINE_PARAMS);
  const filter = filterOf(url);
  const cap = EXPORT_CAPS.csv;
  const maxRows = integer(url, 'limit', 1, cap.rows, cap.rows);
  const c = await collectTimeline(run, filter, maxRows);
  const parts = [CSV_BOM, csvRow(CSV_COLUMNS)];
  let bytes = utf8Bytes(parts.join(''));
  let rows = 0;
  for (const e of c.events) {
    const row = eventRow(e);
    bytes += utf8Bytes(row);
    if (bytes > cap.bytes) break;
    parts.push(row);
    rows++;
  }
  return {
    body: parts.join(''),
    type: 'text/csv; charset=utf-8; header=present',
    filename: 'events.csv',
    rows,
    total: c.total,
    truncated: rows < c.total,
  };
}

async function graphml(run: RunOperation, url: URL, generated: string): Promise<Made> {
  onlyKnown(url, ['entity', 'depth', 'limit']);
  const id = url.searchParams.get('entity')?.trim();
  if (!id) throw new ExportError(400, 'entity', 'is required: the id of the entity (or event) at the centre');
  const depth = integer(url, 'depth', 1, 3, 1);
  const limit = integer(url, 'limit', 1, EXPORT_CAPS.graphml.nodes, 500);
  const { neighborhood: g } = await run<{ neighborhood: ExportSubgraph }>(EXPORT_NEIGHBORHOOD, {
    id,
    depth,
    limit,
  });
  if (!g.center)
    throw new ExportError(404, 'entity', `names no entity or event: ${JSON.stringify(id)}`, 'NOT_FOUND');
  const body = toGraphml(g, { center: id, depth, generated });
  if (utf8Bytes(body) > EXPORT_CAPS.graphml.bytes) {
    throw new ExportError(
      400,
      'limit',
      `gives a file over ${EXPORT_CAPS.graphml.bytes} bytes; ask for fewer nodes`,
    );
  }
  return {
    body,
    type: 'application/graphml+xml; charset=utf-8',
    filename: `${id.replace(/[^\w.-]/g, '_')}.graphml`,
    rows: g.nodes.length,
    total: g.nodes.length,
    truncated: g.truncated,
  };
}

const EXPORTS: Record<string, (run: RunOperation, url: URL, generated: string) => Promise<Made>> = {
  '/export/timelinejs.json': timelineJs,
  '/export/events.csv': (run, url) => csv(run, url),
  '/export/graph.graphml': graphml,
};

/**
 * GET /export/…: files for other tools, built from the GraphQL API (see run.ts). Headers say how
 * many rows the file has, how many the filter selects, and whether a cap cut it.
 */
export function exportRoutes(fetchApp: () => (req: Request) => Promise<Response>) {
  return async (request: Request, url: URL): Promise<Response | undefined> => {
    const make = EXPORTS[url.pathname];
    if (!make) return undefined;
    if (request.method !== 'GET') {
      return new ExportError(405, undefined, 'Exports answer GET only.', 'METHOD_NOT_ALLOWED').toResponse();
    }
    try {
      const made = await make(operationRunner(fetchApp(), request), url, new Date().toISOString());
      return new Response(made.body, {
        headers: {
          'content-type': made.type,
          'content-disposition': `attachment; filename="${made.filename}"`,
          'cache-control': 'no-store',
          'x-export-rows': String(made.rows),
          'x-export-total': String(made.total),
          'x-export-truncated': String(made.truncated),
        },
      });
    } catch (err) {
      if (err instanceof ExportError) return err.toResponse();
      throw err;
    }
  };
}
