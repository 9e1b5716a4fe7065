import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { testApp } from './helpers';

const READ = 'read-token-0123456789abcdef';

/** A Python with networkx (installed with the machine, or Debian's python3-networkx from .ci/run). */
function networkxPython(): string {
  for (const py of ['python3', '/usr/bin/python3']) {
    if (spawnSync(py, ['-c', 'import networkx'], { stdio: 'ignore' }).status === 0) return py;
  }
  throw new Error('No python3 with networkx: apt-get install python3-networkx');
}

/** Reads GraphML with networkx (a reader we did not write) and returns what it understood. */
function readWithNetworkx(graphml: string) {
  const script = `
import json, sys, networkx as nx
g = nx.read_graphml(sys.stdin.buffer)
print(json.dumps({
  "directed": g.is_directed(),
  "graph": g.graph,
  "nodes": {n: d for n, d in g.nodes(data=True)},
  "edges": [[u, v, d] for u, v, d in g.edges(data=True)],
}, ensure_ascii=False))`;
  return JSON.parse(execFileSync(networkxPython(), ['-c', script], { input: graphml, encoding: 'utf8' })) as {
    directed: boolean;
    graph: Record<string, unknown>;
    nodes: Record<string, Record<string, unknown>>;
    edges: [string, string, Record<string, unknown>][];
  };
}

/** RFC 4180 records (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ',') {
      row.push(field);
      field = '';
    } else if (!quoted && c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else {
      field += c;
    }
  }
  return rows;
}

describe('exports', () => {
  // A generous read time limit: a fresh test Neo4j plans each query once, slowly on a busy machine.
  const slow = { NEO4J_READ_TIMEOUT_MS: '30000' };
  const { yoga } = testApp(slow);
  const closed = testApp({ ...slow, READ_TOKEN: READ }).yoga;
  const get = (path: string, headers: Record<string, string> = {}) =>
    yoga.fetch(`http://test${path}`, { headers });

  it('events.csv: UTF-8 with BOM, RFC 4180, one row per event with dates, precision, participants and sources', async () => {
    const res = await get('/export/events.csv?entities=turkish-ministry-of-defence');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1);
    expect(text.endsWith('\r\n')).toBe(true);
    const [header, ...rows] = parseCsv(text);
    expect(header).toEqual(
      expect.arrayContaining(['id', 'edtf', 'start', 'end', 'precision', 'participants', 'sources']),
    );
    expect(rows.length).toBe(Number(res.headers.get('x-export-total')));
    expect(res.headers.get('x-export-truncated')).toBe('false');
    const col = (name: string) => header?.indexOf(name) ?? -1;
    const briefing = rows.find((r) => r[col('id')] === '2025-07-23-mod-weekly-press-briefing');
    expect(briefing?.[col('title_ar')]).toBe(
      'الإحاطة الصحفية الأسبوعية لوزارة الدفاع التركية يقدمها زكي أكتورك',
    );
    expect(briefing?.[col('precision')]).toBe('DAY');
    expect(briefing?.[col('participants')]).toContain('SPEAKER: Zeki Aktürk (zeki-akturk)');
    expect(briefing?.[col('sources')]).toContain('Enab Baladi, 2025-07-23');
    expect(rows.every((r) => r.length === header?.length)).toBe(true);
    // "early June" keeps its precision: a span over 1–10 June; "on or before" has no start.
    const all = parseCsv(await (await get('/export/events.csv')).text()).slice(1);
    const early = all.find((r) => r[col('precision')] === 'PART_OF_MONTH');
    expect(early?.slice(col('edtf'), col('end') + 1)).toEqual([
      '2025-06-01~/2025-06-10~',
      '2025-06-01',
      '2025-06-10',
    ]);
    const open = all.find((r) => r[col('edtf')]?.startsWith('../'));
    expect(open?.[col('start')]).toBe('');
  });

  it('timelinejs.json: spans as start_date/end_date, precision in display_date, sources on each slide', async () => {
    const res = await get('/export/timelinejs.json?from=2025-06-01');
    expect(res.status).toBe(200);
    const tl = (await res.json()) as {
      title: { text: { headline: string } };
      events: {
        unique_id: string;
        start_date: object;
        end_date?: object;
        display_date: string;
        text: { text: string };
      }[];
      export: { truncated: boolean; total: number; filter: object };
    };
    const early = tl.events.find((e) => e.display_date.includes('part of month'));
    expect(early?.start_date).toEqual({ year: 2025, month: 6, day: 1 });
    expect(early?.end_date).toEqual({ year: 2025, month: 6, day: 10 });
    expect(early?.display_date).toBe('1 June 2025 – 10 June 2025 · part of month, approximate');
    const day = tl.events.find((e) => e.unique_id === '2025-07-23-mod-weekly-press-briefing');
    expect(day?.end_date).toBeUndefined();
    expect(day?.text.text).toContain('Enab Baladi, 2025-07-23');
    expect(tl.export).toMatchObject({
      truncated: false,
      total: tl.events.length,
      filter: { from: '2025-06-01' },
    });
  });

  it('says when a row cap cut the export', async () => {
    const res = await get('/export/timelinejs.json?limit=2');
    const tl = (await res.json()) as { events: unknown[]; export: { truncated: boolean; total: number } };
    expect(res.headers.get('x-export-truncated')).toBe('true');
    expect(tl.events).toHaveLength(2);
    expect(tl.export.truncated).toBe(true);
    expect(tl.export.total).toBeGreaterThan(2);
    const csv = await get('/export/events.csv?limit=1');
    expect(csv.headers.get('x-export-rows')).toBe('1');
    expect(csv.headers.get('x-export-truncated')).toBe('true');
  });

  it('graph.graphml: networkx reads typed node and edge attributes', async () => {
    const res = await get('/export/graph.graphml?entity=zeki-akturk&depth=2');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/graphml\+xml/);
    const g = readWithNetworkx(await res.text());
    expect(g.directed).toBe(true);
    expect(g.graph).toMatchObject({ center: 'zeki-akturk', depth: 2, truncated: false });
    expect(g.nodes['zeki-akturk']).toMatchObject({
      kind: 'ENTITY',
      subkind: 'PERSON',
      name_ar: 'زكي أكتورك',
      hops: 0,
    });
    const briefing = g.nodes['2025-07-23-mod-weekly-press-briefing'];
    expect(briefing).toMatchObject({
      kind: 'EVENT',
      edtf: '2025-07-23',
      precision: 'DAY',
      evidence_count: 6,
    });
    const holds = g.edges.find(([u, v]) => u === 'zeki-akturk' && v === 'turkish-ministry-of-defence');
    expect(holds?.[2]).toMatchObject({
      kind: 'RELATIONSHIP',
      type: 'HOLDS_POSITION_IN',
      start: '2025-07-23',
    });
    expect(typeof holds?.[2].evidence_count).toBe('number');
  });

  it('answers bad parameters with 400 naming the parameter and why', async () => {
    const cases: [string, string, RegExp][] = [
      ['/export/events.csv?from=2025-02-30', 'from', /calendar day/],
      ['/export/events.csv?kinds=PARTY', 'kinds', /unknown kind "PARTY"/],
      ['/export/events.csv?limit=0', 'limit', /from 1 to 5000/],
      ['/export/events.csv?colour=red', 'colour', /not a parameter/],
      ['/export/events.csv?from=2025-07-01&to=2025-01-01', 'from', /after/],
      [
        `/export/events.csv?entities=${Array.from({ length: 51 }, (_, i) => `e${i}`).join(',')}`,
        'entities',
        /50/,
      ],
      ['/export/timelinejs.json?limit=abc', 'limit', /whole number/],
      ['/export/graph.graphml', 'entity', /required/],
      ['/export/graph.graphml?entity=zeki-akturk&depth=4', 'depth', /from 1 to 3/],
    ];
    for (const [path, parameter, why] of cases) {
      const res = await get(path);
      const body = (await res.json()) as { errors: { message: string; extensions: { parameter: string } }[] };
      expect([path, res.status, body.errors[0]?.extensions.parameter]).toEqual([path, 400, parameter]);
      expect(body.errors[0]?.message).toMatch(why);
    }
    expect((await get('/export/graph.graphml?entity=no-such-entity')).status).toBe(404);
  });

  it('obeys READ_TOKEN', async () => {
    for (const path of [
      '/export/events.csv',
      '/export/timelinejs.json',
      '/export/graph.graphml?entity=zeki-akturk',
    ]) {
      expect((await closed.fetch(`http://test${path}`)).status).toBe(401);
      const wrong = await closed.fetch(`http://test${path}`, {
        headers: { authorization: 'Bearer not-the-read-token-at-all' },
      });
      expect(wrong.status).toBe(403);
      const ok = await closed.fetch(`http://test${path}`, { headers: { authorization: `Bearer ${READ}` } });
      expect(ok.status).toBe(200);
    }
  });
});
