import { readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { neo4jVersion } from '../src/neo4j/local-install';
import { type DateParseRow, dateParseMarkdown } from './date-parse';
import type { Measurement } from './measure';
import { SHAPES } from './shapes/shapes';

export type Cell = Measurement | string;
export interface Results {
  settings: Record<string, string | number>;
  sizes: { small: Record<string, number>; large: Record<string, number> };
  ingest: { ours: Rate; raw: Rate; rawIndexed?: Rate; oursToLarge: Rate; oursCold?: Rate };
  gdelt?: { rows: number; oursMs: number; rawMs: number };
  large: Record<string, Cells>;
  small: Record<string, Cells>;
  dateParse: { rows: DateParseRow[]; worst: DateParseRow };
  startedAt: string;
  minutes: number;
}
/** One shape at one size: ours, the replay of our statements, the best single statement, the peer. */
export interface Cells {
  ours?: Cell;
  raw?: Cell;
  best?: Cell;
  neo?: Cell;
}
export interface Rate {
  events: number;
  ms: number;
}

const pkg = (name: string) =>
  (
    JSON.parse(readFileSync(new URL(`../node_modules/${name}/package.json`, import.meta.url), 'utf8')) as {
      version: string;
    }
  ).version;
const m = (c: Cell | undefined): Measurement | undefined => (typeof c === 'object' ? c : undefined);
const ms = (v?: number) => (v === undefined ? '–' : v < 10 ? v.toFixed(1) : v.toFixed(0));
const num = (v?: number) => (v === undefined ? '–' : v.toFixed(0));
const ratio = (a?: number, b?: number) => (a === undefined || !b ? undefined : a / b);
const x = (r?: number) => (r === undefined ? '–' : `${r.toFixed(2)}×`);
const mark = (ok?: boolean) => (ok === undefined ? '–' : ok ? '✓' : '✗');
const perSec = (r: Rate) => (r.ms ? (r.events * 1000) / r.ms : 0);
const why = (c: Cell | undefined) => (typeof c === 'string' ? c : '');

export function machine(): string[] {
  const cpu = cpus();
  return [
    `- Machine: ${cpu.length} cores, ${cpu[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, load average at the end ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' / ')}`,
    `- Versions: Node ${process.version}, Neo4j Community ${neo4jVersion()}, neo4j-driver ${pkg('neo4j-driver')}, graphql ${pkg('graphql')}, graphql-yoga ${pkg('graphql-yoga')}, @pothos/core ${pkg('@pothos/core')}, @neo4j/graphql ${pkg('@neo4j/graphql')}, autocannon ${pkg('autocannon')}`,
  ];
}

/** Absolute p50 targets (ms) at 1M events, for the shapes whose cost could grow with the graph. */
const P50_AT_LARGE: Record<string, number> = {
  histogram: 100,
  histogramEntity: 200,
  histogramKind: 200,
  connection4: 150,
  connection4Hubs: 150,
  connection4HubEnd: 150,
  neighbourhood2: 150,
  neighbourhood2Hub: 150,
};

/** Our p50 at the large size against the absolute targets set for 1M events. */
function absoluteTable(cells: Record<string, Cells>, events: number | undefined): string[] {
  const out = [
    `## Absolute targets at the large size (${events} events; the targets are set for 1,000,000)`,
    '',
    '| shape | ours p50 ms | target p50 ms | |',
    '|---|---|---|---|',
  ];
  for (const s of SHAPES) {
    const target = P50_AT_LARGE[s.key];
    if (target === undefined || !cells[s.key]) continue;
    const p50 = m(cells[s.key]?.ours)?.p50;
    out.push(
      `| ${s.label} | ${ms(p50)} | ≤ ${target} | ${mark(p50 === undefined ? undefined : p50 <= target)} |`,
    );
  }
  return out;
}

/** Shapes whose throughput must be at least twice @neo4j/graphql's, at every size measured. */
const PEER_TARGET = new Set(['timeline20', 'timeline100', 'timelineFiltered']);

/**
 * One size's reads: ours against the replay of our own statements (raw), against the best single
 * statement for the shape (best: target ours/best p50 ≤ 1.3×), and against @neo4j/graphql.
 */
function readsTable(cells: Record<string, Cells>, title: string): string[] {
  const out = [title, ''];
  out.push(
    '| shape | ours req/s | ours p50 ms | ours p99 ms | raw p50 | best req/s | best p50 | best p99 | @neo4j/graphql req/s | p50 | p99 | ours/raw p50 | ours/best p50 (≤1.3) | ours/@neo4j/graphql req/s |',
  );
  out.push('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
  const notes: string[] = [];
  for (const s of SHAPES) {
    const c = cells[s.key];
    if (!c) continue;
    const [o, w, b, n] = [m(c.ours), m(c.raw), m(c.best), m(c.neo)];
    const toBest = ratio(o?.p50, b?.p50);
    const thr = ratio(o?.rps, n?.rps);
    const thrTarget = PEER_TARGET.has(s.key) ? ` ${mark(thr === undefined ? undefined : thr >= 2)} (≥2)` : '';
    out.push(
      `| ${s.label} | ${num(o?.rps)} | ${ms(o?.p50)} | ${ms(o?.p99)} | ${ms(w?.p50)} | ${num(b?.rps)} | ${ms(b?.p50)} | ${ms(b?.p99)} | ${num(n?.rps)} | ${ms(n?.p50)} | ${ms(n?.p99)} | ${x(ratio(o?.p50, w?.p50))} | ${x(toBest)} ${mark(toBest === undefined ? undefined : toBest <= 1.3)} | ${x(thr)}${thrTarget} |`,
    );
    const who = [
      ['ours', c.ours],
      ['raw', c.raw],
      ['best', c.best],
      ['@neo4j/graphql', c.neo],
    ] as const;
    for (const [name, cell] of who) {
      if (why(cell)) notes.push(`- ${s.label}, ${name}: ${why(cell)}`);
      if (m(cell)?.failures) notes.push(`- ${s.label}, ${name}: ${m(cell)?.failures} failed requests`);
    }
  }
  if (notes.length) out.push('', ...notes);
  return out;
}

export function markdown(r: Results): string {
  const out: string[] = [
    `# Benchmark results (${r.settings.mode})`,
    '',
    `Run ${r.startedAt}, ${r.minutes.toFixed(1)} min.`,
    '',
  ];
  out.push(
    ...machine(),
    `- Settings: ${Object.entries(r.settings)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
  );
  const size = (s: Record<string, number>) =>
    Object.entries(s)
      .map(([k, v]) => `${v} ${k}`)
      .join(', ');
  out.push(`- Graph sizes: small = ${size(r.sizes.small)}; large = ${size(r.sizes.large)}`, '');

  out.push(...readsTable(r.large, `## Reads at the large size (${r.sizes.large.events} events)`));
  out.push('', ...absoluteTable(r.large, r.sizes.large.events));
  out.push('', ...readsTable(r.small, `## Reads at the small size (${r.sizes.small.events} events)`));

  out.push('', `## Growth: ${r.sizes.small.events} → ${r.sizes.large.events} events (p50 ms)`, '');
  out.push(
    '| shape | ours small | ours large | large/small (≤1.5) | raw small | raw large | raw large/small |',
  );
  out.push('|---|---|---|---|---|---|---|');
  for (const s of SHAPES.filter((s) => m(r.small[s.key]?.ours) && m(r.large[s.key]?.ours))) {
    const [os, ol] = [m(r.small[s.key]?.ours), m(r.large[s.key]?.ours)];
    const [ws, wl] = [m(r.small[s.key]?.raw), m(r.large[s.key]?.raw)];
    const g = ratio(ol?.p50, os?.p50);
    out.push(
      `| ${s.label} | ${ms(os?.p50)} | ${ms(ol?.p50)} | ${x(g)} ${mark(g === undefined ? undefined : g <= 1.5)} | ${ms(ws?.p50)} | ${ms(wl?.p50)} | ${x(ratio(wl?.p50, ws?.p50))} |`,
    );
  }

  const [ours, raw] = [perSec(r.ingest.ours), perSec(r.ingest.raw)];
  out.push('', '## Ingest', '', '| load | events | seconds | events/s |', '|---|---|---|---|');
  const cold = r.ingest.oursCold;
  if (cold)
    out.push(
      `| our ingest, first load on the freshly started server (cold: informational), empty graph → small | ${cold.events} | ${(cold.ms / 1000).toFixed(1)} | ${num(perSec(cold))} |`,
    );
  out.push(
    `| our ingest (validate + batched transactions of whole articles), warm, empty graph → small | ${r.ingest.ours.events} | ${(r.ingest.ours.ms / 1000).toFixed(1)} | ${num(ours)} |`,
  );
  out.push(
    `| raw UNWIND … CREATE, same data, distinct labels, id indexes only | ${r.ingest.raw.events} | ${(r.ingest.raw.ms / 1000).toFixed(1)} | ${num(raw)} |`,
  );
  const indexed = r.ingest.rawIndexed;
  if (indexed)
    out.push(
      `| raw UNWIND … CREATE, same data, distinct labels, with the graph's constraints and indexes | ${indexed.events} | ${(indexed.ms / 1000).toFixed(1)} | ${num(perSec(indexed))} |`,
    );
  out.push(
    `| direct load small → large: same validation and statements, one transaction per 100 articles (informational) | ${r.ingest.oursToLarge.events} | ${(r.ingest.oursToLarge.ms / 1000).toFixed(1)} | ${num(perSec(r.ingest.oursToLarge))} |`,
  );
  out.push(
    '',
    ...(indexed
      ? [
          `ours / raw with the graph's indexes: ${x(ratio(ours, perSec(indexed)))} ${mark(ours / perSec(indexed) >= 0.8)} (target ≥ 0.8×)`,
          '',
        ]
      : []),
    `ours / raw with id indexes only: ${x(ratio(ours, raw))} (for information: the raw load then keeps no search or time index)`,
    '',
  );
  out.push(...dateParseMarkdown(r.dateParse));
  return out.join('\n');
}
