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

/**
 * Measures each shape on each server: first one checked request (an error or a missing shape is
 * recorded as text instead of a number), then a warm-up and the measurement.
 */
export async function measureShapes(
  plan: Plan,
  ports: Ports,
  p: ShapeParams,
  shapes: Shape[],
  who: ('ours' | 'raw' | 'best' | 'neo')[],
) {
  const out: Record<string, Record<string, Cell>> = {};
  for (const s of shapes) {
    const row: Record<string, Cell> = {};
    out[s.key] = row;
    const missing = await unavailable(s);
    for (const w of who) {
      const gql = w === 'neo' ? s.neo(p) : s.ours(p);
      if (missing) row[w] = missing;
      else if ('na' in gql) row[w] = gql.na;
      else if (w === 'best' && !BEST[s.key]) row[w] = 'no best statement written for this shape yet';
      else {
        const req =
          w === 'raw' || w === 'best'
            ? {
                url: `http://127.0.0.1:${ports.raw}/${w === 'best' ? 'best/' : ''}${s.key}`,
                body: JSON.stringify(p),
              }
            : { url: `http://127.0.0.1:${ports[w]}/graphql`, body: JSON.stringify(gql) };
        // A few sequential requests first: plans compiled, JIT warm, pages cached.
        let problem = await check(req);
        for (let i = 0; i < 4 && !problem; i++) problem = await check(req);
        if (problem) row[w] = `error: ${problem.slice(0, 300)}`;
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
      }
      if (typeof row[w] === 'string') plan.log(`${s.key} ${w}: ${row[w]}`);
    }
  }
  return out;
}
