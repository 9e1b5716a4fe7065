import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import pino from 'pino';
import { chromium, type Page } from 'playwright-core';
import { createApp } from '../src/app';
import { loadConfig } from '../src/config';
import { EXPLORER_DIST } from '../src/explorer/serve';
import { ingestFiles } from '../src/facts/ingest';
import { DATA_DIR } from '../src/facts/seed';
import { buildExplorer } from '../web/build';
import { startBenchNeo4j } from './setup';

/**
 * The explorer's speed as the browser itself measures it (Performance API), on loopback with the
 * seed data: first load of a deep link (navigation start to the view on screen, in a fresh browser
 * context each time) and view changes inside the page (the router's "view:<name>" measures).
 * Targets: first load ≤ 1 s, each view change ≤ 300 ms. Results: bench/results/explorer.md.
 */
const RUNS = Number(process.env.EXPLORER_RUNS ?? 10);
const log = (line: string) => console.error(`[explorer ${new Date().toISOString().slice(11, 19)}] ${line}`);

const sizes = await buildExplorer();
const neo = await startBenchNeo4j({ heap: '512m', pageCache: '256m', log });
const config = loadConfig({ LOG_LEVEL: 'silent' });
const app = createApp({ db: neo.db, config, logger: pino({ level: 'silent' }) });
const server = createServer(app);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  await ingestFiles(neo.db, [DATA_DIR]);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const ready = (page: Page, view: string) => page.waitForSelector(`body[data-view="${view}"]`);
  /** Navigation start → the view's "view-ready" mark, as the page measured it. */
  const sinceNavigation = (page: Page) =>
    page.evaluate(() => {
      const marks = performance.getEntriesByName('view-ready');
      return marks[marks.length - 1]?.startTime ?? Number.NaN;
    });
  /** The longest /graphql request of the page, as Resource Timing saw it (the server's share). */
  const apiTime = (page: Page) =>
    page.evaluate(() =>
      Math.max(
        0,
        ...performance
          .getEntriesByType('resource')
          .filter((r) => r.name.endsWith('/graphql'))
          .map((r) => r.duration),
      ),
    );
  const lastMeasure = (page: Page, view: string) =>
    page.evaluate((name) => {
      const m = performance.getEntriesByName(`view:${name}`);
      return m[m.length - 1]?.duration ?? Number.NaN;
    }, view);

  const firstLoads: Record<string, number[]> = {};
  const changes: Record<string, number[]> = {};
  const apiTimes: Record<string, number[]> = {};
  const add = (to: Record<string, number[]>, key: string, v: number) => {
    to[key] ??= [];
    to[key].push(v);
  };
  const deepLinks = [
    ['/', 'home'],
    ['/entity/zeki-akturk', 'entity'],
    ['/entity/turkish-ministry-of-defence', 'entity'],
    ['/event/2025-07-23-mod-weekly-press-briefing', 'event'],
    ['/path?from=yasar-guler&to=syrian-army', 'path'],
  ] as const;
  // One untimed round first: a fresh Neo4j plans each query once.
  for (let run = -1; run < RUNS; run++) {
    for (const [path, view] of deepLinks) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await page.goto(origin + path);
      await ready(page, view);
      if (run >= 0) {
        add(firstLoads, path, await sinceNavigation(page));
        add(apiTimes, path, await apiTime(page));
      }
      await context.close();
    }
    // View changes inside one page, as a user clicks through.
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    await ready(page, 'home');
    const steps: [string, string, () => Promise<void>][] = [
      ['home → search', 'search', () => page.fill('#q', 'اكتورك').then(() => page.press('#q', 'Enter'))],
      ['search → entity', 'entity', () => page.click('.hits a')],
      ['entity → event', 'event', () => page.click('.event-list a')],
      ['event → entity', 'entity', () => page.click('td a >> text=Ministry of National Defence of Turkey')],
      [
        'entity → relationships as of a day',
        'entity',
        () => page.fill('#as-of', '2025-07-23').then(() => page.press('#as-of', 'Enter')),
      ],
      [
        'entity → path',
        'path',
        () => page.goto(`${origin}/path?from=yasar-guler&to=syrian-army`).then(() => undefined),
      ],
      ['back', 'entity', () => page.goBack().then(() => undefined)],
    ];
    for (const [label, view, act] of steps) {
      await page.evaluate(() => document.body.removeAttribute('data-view'));
      await act();
      await ready(page, view);
      // A full navigation (goto) is a first load, not a view change: measure it from navigation start.
      const v = label === 'entity → path' ? await sinceNavigation(page) : await lastMeasure(page, view);
      if (run >= 0) add(changes, label, v);
    }
    await context.close();
  }

  const pct = (xs: number[], p: number) => {
    const s = [...xs].sort((a, b) => a - b);
    return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? Number.NaN;
  };
  const row = (label: string, xs: number[], target: number, extra = '') =>
    `| ${label} | ${pct(xs, 50).toFixed(0)} | ${pct(xs, 90).toFixed(0)} | ${Math.max(...xs).toFixed(0)} | ${target} ${pct(xs, 50) <= target ? '✓' : '✗'} |${extra}`;
  const kib = (n: number) => `${(n / 1024).toFixed(0)} KiB`;
  const files = sizes.filter((s) => !s.file.endsWith('.txt'));
  const gz = (file: string) => gzipSync(readFileSync(join(EXPLORER_DIST, file))).length;
  const lines = [
    '# Explorer speed',
    '',
    `Measured by \`npm run bench:explorer\` on ${new Date().toISOString().slice(0, 10)}: headless Debian Chromium, loopback, the seed data, ${RUNS} runs after one warm-up round, load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' / ')} on 2 cores at the end. Times in ms, from the browser's Performance API.`,
    '',
    'Target marks compare the p50 with the target.',
    '',
    '| first load (navigation start → view on screen) | p50 | p90 | max | target (p50) | of which /graphql, p50 |',
    '|---|---|---|---|---|---|',
    ...Object.entries(firstLoads).map(([k, xs]) =>
      row(k, xs, 1000, ` ${pct(apiTimes[k] ?? [], 50).toFixed(0)} |`),
    ),
    '',
    '| view change (router measure) | p50 | p90 | max | target (p50) |',
    '|---|---|---|---|---|',
    ...Object.entries(changes).map(([k, xs]) => row(k, xs, k === 'entity → path' ? 1000 : 300)),
    '',
    '| bundle file | bytes | gzip |',
    '|---|---|---|',
    ...files.map((f) => `| ${f.file} | ${kib(f.bytes)} | ${kib(gz(f.file))} |`),
    `| total | ${kib(files.reduce((n, f) => n + f.bytes, 0))} | ${kib(files.reduce((n, f) => n + gz(f.file), 0))} |`,
    '',
  ];
  writeFileSync(new URL('./results/explorer.md', import.meta.url), lines.join('\n'));
  console.log(lines.join('\n'));
} finally {
  await browser.close();
  server.closeAllConnections();
  server.close();
  await neo.stop();
}
