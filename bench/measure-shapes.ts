import { check, measure } from './measure';
import type { Cell } from './report';
import type { Ports } from './servers/fork';
import { unavailable } from './shapes/available';
import { BEST } from './shapes/best-statements';
import type { ShapeParams } from './shapes/params';
import type { Shape } from './shapes/shapes';

export interface Plan {
  seconds: number;
  connections: number;
  log: (line: string) => void;
}

type Who = 'ours' | 'raw' | 'best' | 'neo';
type Request = { url: string; body: string };

/** The request a server is sent for a measurable shape, or why the cell has no number. */
function requestFor(ports: Ports, p: ShapeParams, s: Shape, w: Who): Request | string {
  const gql = w === 'neo' ? s.neo(p) : s.ours(p);
  if ('na' in gql) return gql.na;
  if (w === 'best' && !BEST[s.key]) return 'no best statement written for this shape yet';
  return w === 'raw' || w === 'best'
    ? { url: `http://127.0.0.1:${ports.raw}/${w === 'best' ? 'best/' : ''}${s.key}`, body: JSON.stringify(p) }
    : { url: `http://127.0.0.1:${ports[w]}/graphql`, body: JSON.stringify(gql) };
}

/** A few sequential requests (plans compiled, pages cached); the first problem met, if any. */
async function checked(req: Request): Promise<string | undefined> {
  let problem = await check(req);
  for (let i = 0; i < 4 && !problem; i++) problem = await check(req);
  return problem;
}

/**
 * Measures each shape on each server. First a warm-up round over every cell: five checked
 * sequential requests (an error or a missing shape is recorded as text instead of a number), then
 * a quarter of the measurement time under load, so that no server is measured while the code paths
 * it shares with the others are still cold (the JVM's, the page cache): the first cells measured
 * used to pay for that alone. Then the measured round: a warm-up and the measurement of each cell
 * that answered.
 */
export async function measureShapes(plan: Plan, ports: Ports, p: ShapeParams, shapes: Shape[], who: Who[]) {
  const cells: { s: Shape; w: Who; req: Request | string; problem?: string }[] = [];
  for (const s of shapes) {
    const missing = await unavailable(s);
    for (const w of who) cells.push({ s, w, req: missing ?? requestFor(ports, p, s, w) });
  }
  for (const cell of cells) {
    if (typeof cell.req === 'string') continue;
    cell.problem = await checked(cell.req);
    if (!cell.problem) await measure(cell.req, Math.max(1, plan.seconds / 4), plan.connections);
  }
  const out: Record<string, Record<string, Cell>> = {};
  for (const { s, w, req, problem } of cells) {
    out[s.key] ??= {};
    const row = out[s.key] as Record<string, Cell>;
    if (typeof req === 'string') row[w] = req;
    else if (problem) row[w] = `error: ${problem.slice(0, 300)}`;
    else {
      const r = await measure(req, plan.seconds, plan.connections);
      row[w] = r;
      plan.log(
        `${s.key} ${w}: ${r.rps.toFixed(0)} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms, ${r.failures} failed`,
      );
      if (r.failures * 2 >= r.requests) {
        const why = (await check(req)) ?? 'a single request succeeds';
        row[w] = r.requests
          ? `error under load: ${r.failures} of ${r.requests} requests failed (${why.slice(0, 300)})`
          : `error under load: no request completed within ${plan.seconds} s with ${plan.connections} connections (${why.slice(0, 300)})`;
      }
    }
    if (typeof row[w] === 'string') plan.log(`${s.key} ${w}: ${row[w]}`);
  }
  return out;
}
